#!/usr/bin/env node
/**
 * The demo's server (`npm start`): see serveDemo in scripts/static-server.js
 * for what it publishes and the headers (a strict Content-Security-Policy, so
 * the demo proves the widgets work under one).
 *
 *   node scripts/serve.js [--port 8000] [--root .] [--also test/e2e/pages]
 *
 * `--also <folder>` publishes one more folder at /e2e/ (served with the same headers).
 */
import { resolve } from 'node:path';
import { serveDemo } from './static-server.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT ?? 8000));
const also = option('--also', '');
if (args.includes('--also') && !also) throw new Error('--also needs a folder, like --also test/e2e/pages');

await serveDemo({ root: resolve(option('--root', '.')), also: also || undefined, port, host: null });
console.log(`kyr-widgets demo: http://localhost:${port}/`);
