#!/usr/bin/env node
/**
 * A small static server for the demo and the end-to-end tests. It serves the
 * page the way a careful NGO host would: a strict Content-Security-Policy with
 * no inline script or style, so the demo proves the widgets work under one.
 *
 *   node scripts/serve.js [--port 8000] [--root .] [--also test/e2e/pages]
 *
 * `--also <folder>` publishes one more folder at /e2e/, for the end-to-end
 * tests' own pages (served with the same headers).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT ?? 8000));
const root = resolve(option('--root', '.'));
const alsoFolder = option('--also', '');
if (args.includes('--also') && !alsoFolder) throw new Error('--also needs a folder, like --also test/e2e/pages');
const also = alsoFolder ? resolve(root, alsoFolder) : undefined;

export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Only what a real embed would publish; never the repository itself. */
const published = ['/demo/', '/dist/'];

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === "/") {
    response.writeHead(302, { location: "/demo/" });
    response.end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const extra = also !== undefined && path.startsWith('/e2e/');
  const file = extra ? normalize(join(also, path.slice('/e2e/'.length))) : normalize(join(root, path));
  const allowed = extra ? file.startsWith(also + sep) : file.startsWith(root) && published.some((prefix) => path.startsWith(prefix));
  try {
    if (!allowed || !(await stat(file)).isFile()) throw new Error('not found');
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': strictCsp,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
});

server.listen(port, () => {
  console.log(`kyr-widgets demo: http://localhost:${port}/`);
});
