/**
 * The standalone quick exit, `dist/kyr-quick-exit.js`, as a host that wants
 * only the exit would load it, in real Chromium and Firefox under the strict
 * CSP: no lit inside, its own small localization runtime (see
 * scripts/rollup-quick-exit.js) speaking the page's language from a locale
 * file that holds only the quick exit's messages, and a real exit.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  EXIT_URL,
  consoleErrors,
  deepClick,
  deepText,
  expectQuickExit,
  foreignRequests,
  inEachBrowser,
  noStorage,
  pageReport,
  storageReport,
  waitForText,
  watchedPage,
} from './harness.js';

const dist = new URL('../../dist/', import.meta.url);
const script = readFileSync(new URL('kyr-quick-exit.js', dist), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const { targetLocales } = await import(new URL('lib/generated/locale-codes.js', dist).href);
/** The script computes its locale files' names (see scripts/rollup-quick-exit.js): one per interface language. */
const localeFiles = targetLocales.map((locale) => `locales/kyr-exit-${locale}-${version}.js`);
const PAGE = 'quick-exit-alone.html';

/** What only lit or @lit/localize's own runtime would put in a bundle. */
const litMarkers = ['lit-html', 'LitElement', 'litElementVersions', 'reactiveElementVersions', 'litHtmlVersions', '_$lit', 'lit.dev', '@lit/localize', 'fnv1a64'];

describe('the standalone build', () => {
  it('holds no lit and no @lit/localize runtime', () => {
    for (const marker of litMarkers) assert.ok(!script.includes(marker), `dist/kyr-quick-exit.js contains ${marker}`);
    assert.doesNotMatch(script, /from\s*["']lit/, 'dist/kyr-quick-exit.js imports lit');
  });

  it('loads its interface languages from files that hold only the quick exit’s few messages', () => {
    assert.ok(script.includes(`import(new URL(\`./locales/kyr-exit-\${`), 'the script computes the name of a locale file beside it');
    assert.ok(script.includes(`-${version}.js\`,import.meta.url)`), 'named by this version');
    assert.equal(localeFiles.length, 11);
    for (const path of localeFiles) {
      const locale = readFileSync(new URL(path, dist), 'utf8');
      const ids = [...locale.matchAll(/"([^"]+)":/g)].map(([, id]) => id);
      assert.deepEqual(ids.filter((id) => !id.startsWith('quick-exit.')), [], `${path} holds other messages`);
      assert.equal(ids.length, 8, `${path} holds ${ids}`);
      assert.deepEqual([...locale.matchAll(/from\s*"([^"]+)"/g)].map(([, from]) => from), ['../kyr-quick-exit.js'], `${path} imports`);
      assert.ok(locale.length < 1024, `${path} is ${locale.length} bytes`);
    }
  });
});

inEachBrowser('a page with only the quick exit', (name, env) => {
  /** A fresh page on `PAGE`, served as written or with its `lang` changed. */
  async function open(lang) {
    const context = await env.browser.createBrowserContext();
    const watched = await watchedPage(context, env.server.origin);
    if (lang) {
      const body = readFileSync(new URL(`./pages/${PAGE}`, import.meta.url), 'utf8').replace('lang="fr"', `lang="${lang}"`);
      watched.route = (request) => (request.url() === `${env.server.origin}/e2e/${PAGE}` ? { status: 200, contentType: 'text/html; charset=utf-8', body } : 'continue');
    }
    await watched.page.goto(`${env.server.origin}/e2e/${PAGE}`);
    return { context, watched, page: watched.page };
  }

  /** The scripts the page loaded from dist/, by path. */
  const scripts = (watched) =>
    watched.requests.map((r) => r.url).filter((url) => url.startsWith(`${env.server.origin}/dist/`)).map((url) => url.slice(`${env.server.origin}/dist/`.length));

  it(`${name}: lang="fr": French words from the French file alone, "Shortcut 1 of 3" in French, a French neutral title on leaving`, async () => {
    const { context, watched, page } = await open();
    try {
      await waitForText(page, ['kyr-quick-exit', 'a[part="link"]'], 'Quitter cette page');
      assert.equal(await deepText(page, ['kyr-quick-exit', '#keys']), 'Raccourci : appuyez 3 fois sur Maj.');
      assert.equal(await deepText(page, ['kyr-quick-exit', 'slot[name="hint"]']), 'Quitter cette page n’efface pas votre historique de navigation.');
      const loaded = scripts(watched);
      assert.deepEqual(loaded.filter((path) => !path.startsWith('locales/')), ['kyr-quick-exit.js'], 'only the quick exit’s own script');
      assert.equal(loaded.filter((path) => path.startsWith('locales/')).length, 1, `one locale file: ${loaded}`);
      assert.match(loaded.find((path) => path.startsWith('locales/')), /^locales\/kyr-exit-fr-/);

      // A value in a translated message (a `str` template), through the small runtime.
      await page.evaluate(() => document.activeElement?.blur?.());
      await page.keyboard.press('Shift');
      await waitForText(page, ['kyr-quick-exit', '[role="status"]'], 'Raccourci 1 sur 3');
      // The count runs out, and says so in French.
      await waitForText(page, ['kyr-quick-exit', '[role="status"]'], 'Raccourci annulé.');

      // The exit itself, watched without leaving (as the element tests do): hidden, retitled in French.
      await page.evaluate(() => {
        document.querySelector('kyr-quick-exit').leave = (url) => {
          window.__kyrLeft = { url, title: document.title, body: getComputedStyle(document.body).display };
        };
      });
      await deepClick(page, ['kyr-quick-exit', 'a[part="link"]']);
      assert.deepEqual(await page.evaluate(() => window.__kyrLeft), { url: EXIT_URL, title: 'Nouvel onglet', body: 'none' });

      const report = await pageReport(page);
      assert.ok(report.loaded, 'watch.js ran');
      assert.deepEqual(report.violations, [], 'CSP violations');
      assert.deepEqual(report.errors, [], 'uncaught errors');
      assert.deepEqual(watched.pageErrors, [], 'uncaught errors reported by the browser');
      assert.deepEqual(consoleErrors(watched), [], 'console errors');
      assert.deepEqual(await storageReport(page), noStorage, 'something was stored');
    } finally {
      await context.close();
    }
  });

  it(`${name}: leaves for real, telling the destination nothing`, async () => {
    const { context, watched, page } = await open();
    try {
      await waitForText(page, ['kyr-quick-exit', 'a[part="link"]'], 'Quitter cette page');
      const result = await expectQuickExit(watched, () => deepClick(page, ['kyr-quick-exit', 'a[part="link"]']));
      assert.equal(result.url, EXIT_URL);
      assert.ok(result.exitRequest, 'the exit destination was requested');
      assert.ok(!result.exitRequest.headers.referer, 'no Referer sent to the exit destination');
      assert.deepEqual(foreignRequests(watched, env.server.origin, { allowExit: true }), [], 'nothing but the exit left the origin');
    } finally {
      await context.close();
    }
  });

  it(`${name}: a language without interface translations: English, and no locale file loaded`, async () => {
    const { context, watched, page } = await open('de');
    try {
      await waitForText(page, ['kyr-quick-exit', 'a[part="link"]'], 'Leave this page');
      assert.deepEqual(scripts(watched), ['kyr-quick-exit.js']);
      assert.deepEqual((await pageReport(page)).errors, [], 'uncaught errors');
    } finally {
      await context.close();
    }
  });
});
