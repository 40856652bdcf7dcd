// The kit embedded three ways an NGO web team would: a plain HTML page with the one-file
// bundle, a React 19 page and a Vue 3 page, each rendering Kenya's card in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../scripts/browsers.js';
import { startStaticServer } from '../../scripts/static-server.js';

const site = mkdtempSync(join(tmpdir(), 'kyr-frameworks-'));
let server;
let browser;
let origin;

const page = (title, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script type="module" src="${script}"></script></head><body><div id="root"></div></body></html>`;

before(async () => {
  cpSync('dist/data', join(site, 'data'), { recursive: true });
  cpSync('dist/kyr-widgets.js', join(site, 'kyr-widgets.js'));
  cpSync('dist/locales', join(site, 'locales'), { recursive: true });
  cpSync('dist/parts', join(site, 'parts'), { recursive: true });
  writeFileSync(join(site, 'plain.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title><script type="module" src="/kyr-widgets.js"></script></head><body><kyr-rights-kit jurisdiction="ke" locale="en"></kyr-rights-kit></body></html>`);
  // The package is resolved as a user's bundler would: by its exports map, from this repository.
  const alias = { 'kyr-widgets/rights-kit.js': resolve('dist/lib/define/rights-kit.js') };
  for (const [name, entry] of [['react', 'test/frameworks/react-page.jsx'], ['vue', 'test/frameworks/vue-page.js']]) {
    await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: join(site, `${name}.js`), alias, jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' }, logLevel: 'silent' });
    writeFileSync(join(site, `${name}.html`), page(name, `/${name}.js`));
  }
  // The demo's own server and strict policy.
  server = await startStaticServer({ mounts: { '/': site } });
  origin = server.url;
  browser = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function cardText(path) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}${path}`);
  const text = await tab
    .waitForFunction(
      () => {
        const card = document.querySelector('kyr-rights-kit')?.shadowRoot?.querySelector('kyr-rights-card');
        const text = card?.shadowRoot?.querySelector('[part="card"]')?.textContent ?? '';
        return text.includes('Kenya') && text;
      },
      { timeout: 20000 },
    )
    .then((handle) => handle.jsonValue())
    .catch((error) => `${error.message}; page errors: ${errors.join('; ')}`);
  await tab.close();
  return { text, errors };
}

for (const [name, path] of [['a plain HTML page with the one-file bundle', '/plain.html'], ['a React 19 page', '/react.html'], ['a Vue 3 page', '/vue.html']]) {
  test(`the kit renders Kenya's rights in ${name}`, { timeout: 60000 }, async () => {
    const { text, errors } = await cardText(path);
    assert.match(text, /Your rights in Kenya/);
    assert.match(text, /This is information, not legal advice\./);
    assert.deepEqual(errors, []);
  });
}
