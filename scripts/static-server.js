/**
 * The project's one static file server: the demo (scripts/serve.js), the
 * benchmark, the Storybook smoke test and the end-to-end tests all serve
 * through it, so the headers a page is tested under are the headers the demo
 * sends. It serves the way a careful NGO host would: a strict
 * Content-Security-Policy with no inline script or style, no referrer, no
 * caching, and (when asked) gzip like any real host.
 *
 * Each URL prefix maps to one folder; nothing outside them is served.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The policy every kyr page is served under (SECURITY.md quotes it). */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Start serving. Resolves to `{ url, port, close() }` once it listens.
 *
 * - `mounts` maps a URL prefix (`/dist/`) to a folder.
 * - `csp`: the policy sent with every answer; `null` sends none (Storybook's own pages need inline script).
 * - `redirects` maps an exact path to where it sends the browser (`{ '/': '/demo/' }`).
 * - `compress`: gzip text when the browser accepts it, so slow-network figures count real bytes.
 * - `cacheControl`: `no-store` unless said otherwise.
 * - `port` (0: a free one) and `host` (`127.0.0.1`; `null` for every interface).
 */
export function startStaticServer({ mounts, csp = strictCsp, redirects = {}, compress = false, cacheControl = 'no-store', port = 0, host = '127.0.0.1' }) {
  const roots = Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const gzipped = new Map();
  const policy = csp === null ? {} : { 'content-security-policy': csp };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (Object.hasOwn(redirects, path)) {
      response.writeHead(302, { location: redirects[path] });
      response.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    try {
      if (!mount) throw new Error('not published');
      const [prefix, root] = mount;
      const file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        ...policy,
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'cache-control': cacheControl,
      };
      const textual = /^(text\/|application\/json|image\/svg)/.test(headers['content-type']);
      if (compress && textual) {
        headers.vary = 'accept-encoding';
        if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
          const key = `${file}:${info.mtimeMs}:${info.size}`;
          if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
          body = gzipped.get(key);
          headers['content-encoding'] = 'gzip';
        }
      }
      headers['content-length'] = String(body.length);
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...policy });
      response.end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    const listening = () => {
      const { port: bound } = server.address();
      resolvePromise({
        url: `http://${host ?? 'localhost'}:${bound}`,
        port: bound,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    };
    if (host === null) server.listen(port, listening);
    else server.listen(port, host, listening);
  });
}

const repository = fileURLToPath(new URL('..', import.meta.url));

/**
 * What `npm start` serves: only what a real embed would publish (`/demo/` and
 * `/dist/`, never the repository itself), `/` sending the browser to the demo.
 * `also` publishes one more folder at `/e2e/` (the end-to-end tests' pages),
 * under the same headers.
 */
export function serveDemo({ root = repository, also, port = 0, host = '127.0.0.1' } = {}) {
  const mounts = { '/demo/': join(root, 'demo'), '/dist/': join(root, 'dist') };
  if (also) mounts['/e2e/'] = resolve(root, also);
  return startStaticServer({ mounts, redirects: { '/': '/demo/' }, port, host });
}
