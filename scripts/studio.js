#!/usr/bin/env node
/**
 * The content studio: a browser editor for content/jurisdictions/ on this
 * machine only.  npm run studio  then open http://localhost:8081/ (PORT=… to
 * change it).
 *
 * It serves Decap CMS from node_modules (no hosted service), Decap's local
 * file-system backend (files are written straight into content/jurisdictions;
 * commit them as usual), the studio's configuration generated from the schema,
 * and /studio/check, which runs the same checks as `kyr-content validate` on
 * the record being edited. It answers only on the loopback interface and only
 * to pages that call it localhost; the page's Content-Security-Policy lets it
 * talk to nothing but this server.
 *
 * CONTENT_ROOT=<folder> edits <folder>/content/jurisdictions instead of this
 * project's (the end-to-end test edits a copy).
 */
import express from 'express';
import decapServer from 'decap-server/dist/middlewares.js';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { fieldInWords, studioConfig } from '../dist/lib/studio/config.js';
import { checkContent } from '../dist/lib/cli/validate.js';
import { committedVersions } from '../dist/lib/cli/history.js';
import { inLocale } from '../dist/lib/data/texts.js';
import { readerStatus } from '../dist/lib/data/rules.js';

const project = resolve(fileURLToPath(new URL('..', import.meta.url)));
const contentRoot = resolve(process.env.CONTENT_ROOT ?? project);
const port = Number(process.env.PORT ?? 8081);
const loopback = /^(localhost|127\.0\.0\.1)(:\d+)?$/;

/** Everything the page may load comes from here; Decap needs eval for its config check. */
const studioCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self' blob: about:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const app = express();
app.disable('x-powered-by');
// Only a page opened as localhost may use the studio (no other machine, no DNS rebinding).
app.use((request, response, next) => {
  if (!loopback.test(request.headers.host ?? '')) return response.status(403).send('The studio answers only on localhost.');
  response.set({ 'content-security-policy': studioCsp, 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
  next();
});

process.env.GIT_REPO_DIRECTORY = contentRoot;
await decapServer.registerLocalFs(app, { logger: quietLogger() });

app.get('/studio/config.json', (request, response) => {
  response.json(studioConfig(`http://${request.headers.host}`));
});

/** The record being edited, checked as `kyr-content validate` checks it, and as each language's readers get it. */
app.post('/studio/check', async (request, response) => {
  const { slug, data } = request.body ?? {};
  const id = typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug) ? slug : undefined;
  const file = join(contentRoot, 'content', 'jurisdictions', `${id ?? 'new'}.yaml`);
  const published = id ? await committedVersions(file) : [];
  const today = new Date().toISOString().slice(0, 10);
  const checked = checkContent(`${id ?? 'new'}.yaml`, stringify(data ?? {}), { today, published, expectedId: id });
  const records = {};
  if (checked.record) {
    for (const { code } of checked.record.locales) {
      records[code] = { ...inLocale(checked.record, code), status: readerStatus(checked.record), locale: code };
    }
  }
  response.json({ problems: checked.problems.map(({ field, message }) => ({ field, where: fieldInWords(field), message })), records });
});

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
app.use('/decap', express.static(join(project, 'node_modules', 'decap-cms', 'dist'), { index: false }));
app.use('/dist', express.static(join(project, 'dist'), { index: false }));
app.use('/', express.static(here('./studio/'), { index: 'index.html' }));

const server = app.listen(port, '127.0.0.1', () => {
  console.log(`Content studio: http://localhost:${server.address().port}/  (editing ${join(contentRoot, 'content', 'jurisdictions')})`);
  console.log('Stop it with Ctrl+C. Saved records are written straight to disk: run "npm run validate", then commit.');
});

/** Decap's server logs every request; the maintainer needs only problems. */
function quietLogger() {
  const say = (...words) => console.error(...words);
  return { info() {}, debug() {}, warn: say, error: say };
}
