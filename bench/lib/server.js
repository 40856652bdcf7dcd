/**
 * The benchmark's own static server. It sends the same headers as
 * scripts/serve.js (the strict Content-Security-Policy is read from that file,
 * so the two cannot drift apart) and, like any real host, compresses text with
 * gzip when the browser accepts it, so the slow-3G figures count the bytes a
 * reader would really download.
 *
 * Each URL prefix maps to one folder; nothing outside them is served.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The policy scripts/serve.js sends, taken from its source. */
export function strictCspFrom(serveJsPath) {
  const source = readFileSync(serveJsPath, 'utf8');
  const match = /strictCsp\s*=\s*(["'`])((?:(?!\1)[^\n])+)\1/.exec(source);
  if (!match) throw new Error(`bench: could not find strictCsp in ${serveJsPath}`);
  return match[2];
}

/**
 * Start serving. `mounts` maps a URL prefix ("/dist/") to a folder.
 * `rewrite(path)` may change a path before it is looked up.
 * Resolves to { url, close() }.
 */
export function startServer({ mounts, csp, rewrite = (path) => path, compress = true }) {
  const roots = Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = rewrite(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    try {
      if (!mount) throw new Error('not found');
      const [prefix, root] = mount;
      const file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        vary: 'accept-encoding',
      };
      const textual = /^(text\/|application\/json|image\/svg)/.test(headers['content-type']);
      if (compress && textual && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const key = `${file}:${info.mtimeMs}:${info.size}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
      response.end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
