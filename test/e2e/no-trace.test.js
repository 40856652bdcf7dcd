/**
 * Safety rules 1–3 and 6 against the built bundle, in real Chromium and Firefox:
 * while a reader uses every element (kit tabs, picker, language switcher,
 * arrest guide stages, directory filters, wallet card) and then the quick exit,
 * the page served with the strict CSP sees no CSP violation, no console error,
 * no uncaught error, no request to any origin but its own, and nothing is left
 * in cookies, localStorage, sessionStorage, IndexedDB, Cache Storage or a
 * service worker. A control page that does each of those things on purpose
 * proves the watchers would have seen them.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  EXIT_URL,
  consoleErrors,
  deepClick,
  deepHandle,
  deepSelect,
  deepText,
  exitByKeys,
  expectQuickExit,
  foreignRequests,
  inEachBrowser,
  noStorage,
  pageReport,
  storageReport,
  strictCsp,
  waitFor,
  waitForNoText,
  waitForText,
  watchedPage,
} from './harness.js';

/** The values of the options of the select at `path`. */
async function optionValues(page, path) {
  const select = await deepHandle(page, path);
  if (!select) return [];
  const values = await select.evaluate((node) => [...node.querySelectorAll('option')].map((o) => o.value));
  await select.dispose();
  return values;
}

/** Whether the element at `path` is hidden (by the hidden attribute); undefined when absent. */
async function isHidden(page, path) {
  const element = await deepHandle(page, path);
  if (!element) return undefined;
  const hidden = await element.evaluate((node) => node.hidden);
  await element.dispose();
  return hidden;
}

/** Everything the watchers saw, checked at once so one failure says it all. */
async function expectClean(watched, origin, label) {
  const report = await pageReport(watched.page);
  assert.ok(report.loaded, `${label}: watch.js did not run, so CSP violations were not watched`);
  assert.deepEqual(report.violations, [], `${label}: CSP violations`);
  assert.deepEqual(report.errors, [], `${label}: uncaught errors in the page`);
  assert.deepEqual(watched.pageErrors, [], `${label}: uncaught errors reported by the browser`);
  assert.deepEqual(consoleErrors(watched), [], `${label}: console errors`);
  assert.deepEqual(foreignRequests(watched, origin), [], `${label}: requests to another origin`);
  assert.deepEqual(await storageReport(watched.page), noStorage, `${label}: something was stored`);
  // The data host learns no more than it must: no Referer (which page, which place) and no cookie with a data request.
  const dataRequests = watched.requests.filter((r) => r.url.startsWith(`${origin}/dist/data/`));
  assert.ok(dataRequests.length > 0, `${label}: data was requested`);
  for (const request of dataRequests) {
    // (Chromium reports an empty Referer header where none is sent.)
    assert.ok(!request.headers.referer, `${label}: Referer ${request.headers.referer} sent with ${request.url}`);
    assert.ok(!request.headers.cookie, `${label}: cookie sent with ${request.url}`);
  }
}

inEachBrowser('a reader uses every element under the strict CSP', (name, env) => {
  it(`${name}: kit: tabs, picker, language, stages, filters, then the quick exit: no violation, no foreign request, no trace`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await watchedPage(context, env.server.origin);
      const { page } = watched;
      await page.goto(`${env.server.origin}/e2e/kit.html`);
      const kit = 'kyr-rights-kit';

      // Rights tab (the first): the record with its review footer.
      await waitForText(page, [kit, 'kyr-rights-card'], 'Your rights in Kenya');
      const card = await deepText(page, [kit, 'kyr-rights-card']);
      assert.match(card, /Last reviewed/);
      assert.match(card, /information, not legal advice/);

      // Arrest tab: open every stage by its heading, then walk with "Next stage".
      await deepClick(page, [kit, '#tab-arrest']);
      await waitForText(page, [kit, 'kyr-arrest-guide'], 'If police stop or arrest you');
      // The general advice arrives after the place's own and lengthens the open stage.
      await waitForNoText(page, [kit, 'kyr-arrest-guide'], 'Loading general advice');
      for (const stage of ['arrested', 'detained', 'afterRelease']) {
        await deepClick(page, [kit, 'kyr-arrest-guide', `#stage-button-${stage}`]);
        assert.equal(await isHidden(page, [kit, 'kyr-arrest-guide', `#stage-panel-${stage}`]), false, `stage ${stage} opened`);
      }
      await deepClick(page, [kit, 'kyr-arrest-guide', '#stage-panel-stopped .next-stage']);
      assert.equal(await isHidden(page, [kit, 'kyr-arrest-guide', '#stage-panel-stopped']), true, '"Next stage" closed the first stage');

      // Services tab.
      await deepClick(page, [kit, '#tab-services']);
      await waitForText(page, [kit, 'kyr-firewall-notice'], 'not legal advice');

      // Help tab: every filter choice.
      await deepClick(page, [kit, '#tab-help']);
      await waitForText(page, [kit, 'kyr-help-directory'], 'not legal advice');
      const filterPath = [kit, 'kyr-help-directory', '.filters select'];
      for (const value of await optionValues(page, filterPath)) {
        await deepSelect(page, filterPath, value);
        await waitForText(page, [kit, 'kyr-help-directory'], 'shown');
      }

      // Picker: type a place, choose it with the keyboard; every part follows.
      // What is typed is not kept in the browser's form history either.
      const input = await deepHandle(page, [kit, 'kyr-jurisdiction-picker', 'input']);
      assert.equal(await input.evaluate((node) => node.getAttribute('autocomplete')), 'off', 'the place field keeps no form history');
      await input.dispose();
      await deepClick(page, [kit, 'kyr-jurisdiction-picker', 'input']);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type('Mexi');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await waitForText(page, [kit, 'kyr-help-directory'], 'Mexico');
      await deepClick(page, [kit, '#tab-rights']);
      await waitForText(page, [kit, 'kyr-rights-card'], 'Your rights in Mexico');

      // Language switcher: Spanish interface and content (a locale chunk loads under the CSP).
      await deepSelect(page, [kit, 'select[part="language"]'], 'es');
      await waitForText(page, [kit, 'kyr-rights-card'], 'México');
      await waitForText(page, [kit, '#tab-rights'], 'Tus derechos');

      await expectClean(watched, env.server.origin, 'kit after use');

      // The quick exit, by the keyboard: Shift three times.
      await page.evaluate(() => document.activeElement?.blur?.());
      const result = await exitByKeys(watched, 'Shift', 3);
      assert.equal(result.url, EXIT_URL, 'the quick exit went to its destination');
      assert.ok(result.exitRequest, 'the exit destination was requested');
      assert.ok(!result.exitRequest.headers.referer, 'no Referer sent to the exit destination');
      assert.deepEqual(foreignRequests(watched, env.server.origin, { allowExit: true }), [], 'nothing but the exit left the origin');
      assert.deepEqual(consoleErrors(watched), [], 'console errors during the exit');
      // Someone with the phone afterwards: Back does not return to the kit, because the exit replaced it.
      await page.goBack({ timeout: 5000 }).catch(() => null);
      assert.ok(!page.url().startsWith(`${env.server.origin}/e2e/kit.html`), `Back led to ${page.url()}`);
    } finally {
      await context.close();
    }
  });

  it(`${name}: each element alone: picker steering a group, stages, filters, wallet card, Escape twice: no violation, no trace`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await watchedPage(context, env.server.origin);
      const { page } = watched;
      await page.goto(`${env.server.origin}/e2e/elements.html`);

      await waitForText(page, ['#full'], 'Your rights in Uganda');
      await waitForText(page, ['#grouped'], 'Mexico');
      await waitForText(page, ['kyr-arrest-guide'], 'South Africa');
      await waitForText(page, ['kyr-firewall-notice'], 'Mexico');
      await waitForText(page, ['kyr-help-directory'], 'South Africa');
      await waitForText(page, ['#wallet'], 'Kenya');

      // The picker steers the card of its group.
      await deepClick(page, ['kyr-jurisdiction-picker', 'input']);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type('Keny');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await waitForText(page, ['#grouped'], 'Kenya');

      // Arrest guide: each stage by its heading button, once the general advice is in.
      await waitForNoText(page, ['kyr-arrest-guide'], 'Loading general advice');
      for (const stage of ['arrested', 'detained', 'afterRelease', 'stopped']) {
        await deepClick(page, ['kyr-arrest-guide', `#stage-button-${stage}`]);
      }
      assert.equal(await isHidden(page, ['kyr-arrest-guide', '#stage-panel-afterRelease']), false, 'the last stage opened');
      assert.equal(await isHidden(page, ['kyr-arrest-guide', '#stage-panel-stopped']), true, 'the first stage closed again');
      // Help directory: every filter choice.
      const filterPath = ['kyr-help-directory', '.filters select'];
      for (const value of await optionValues(page, filterPath)) {
        await deepSelect(page, filterPath, value);
      }
      // Sources opened in the firewall notice's footer.
      await deepClick(page, ['kyr-firewall-notice', 'details[part="sources"] summary']);

      // The wallet card: both sides, its print button, and the print view where the browser can emulate it.
      const wallet = await deepText(page, ['#wallet']);
      assert.match(wallet, /To the officer/);
      if (name === 'firefox') {
        // Headless Firefox opens a print dialog that holds the click; count the call instead (from the test, not the page).
        await page.evaluate(() => {
          window.print = () => {
            window.__printed = (window.__printed ?? 0) + 1;
          };
        });
      }
      await deepClick(page, ['#wallet', '.print-action button']);
      if (name === 'firefox') assert.equal(await page.evaluate(() => window.__printed), 1, 'the print button asked to print');
      if (name === 'chromium') {
        await page.emulateMediaType('print');
        const side = await deepHandle(page, ['#wallet', '[part="wallet-front"]']);
        const printed = await side.evaluate((node) => ({
          width: node.getBoundingClientRect().width,
          button: getComputedStyle(node.getRootNode().querySelector('.print-action')).display,
        }));
        await side.dispose();
        // 85.6 mm at 96 px per inch.
        assert.ok(Math.abs(printed.width - (85.6 / 25.4) * 96) < 2, `a credit-card-wide side in print (${printed.width}px)`);
        assert.equal(printed.button, 'none', 'no print button on paper');
        await page.emulateMediaType('screen');
      }

      await expectClean(watched, env.server.origin, 'elements after use');

      // Escape twice (the page opted in with the escape attribute).
      await page.evaluate(() => document.activeElement?.blur?.());
      const result = await exitByKeys(watched, 'Escape', 2);
      assert.equal(result.url, EXIT_URL);
      assert.ok(!result.exitRequest?.headers.referer, 'no Referer sent to the exit destination');
      assert.deepEqual(foreignRequests(watched, env.server.origin, { allowExit: true }), []);
    } finally {
      await context.close();
    }
  });

  it(
    `${name}: the quick exit tells its destination nothing, even on a host page without a Referrer-Policy`,
    {},
    async () => {
      const context = await env.browser.createBrowserContext();
      try {
        const watched = await watchedPage(context, env.server.origin);
        const { page } = watched;
        // The same page, served as most hosts do: the strict CSP, but no Referrer-Policy header.
        const body = readFileSync(new URL('./pages/elements.html', import.meta.url), 'utf8');
        watched.route = (request) =>
          request.url() === `${env.server.origin}/e2e/elements.html`
            ? { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': strictCsp }, body }
            : 'continue';
        await page.goto(`${env.server.origin}/e2e/elements.html`);
        await waitForText(page, ['#full'], 'Uganda');
        const result = await expectQuickExit(watched, () => deepClick(page, ['kyr-quick-exit', 'a[part="link"]']));
        assert.equal(result.url, EXIT_URL);
        assert.ok(!result.exitRequest?.headers.referer, `the exit destination was told ${result.exitRequest?.headers.referer}`);
      } finally {
        await context.close();
      }
    },
  );

  it(`${name}: the watchers are not blind: a page that breaks every rule on purpose is caught`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await watchedPage(context, env.server.origin);
      const { page } = watched;
      await page.goto(`${env.server.origin}/e2e/control.html`);
      await waitFor(page, () => document.documentElement.dataset.done === 'yes', undefined, { what: 'control.js to finish' });
      const report = await pageReport(page);
      assert.ok(report.violations.some((v) => v.includes('script-src')), `eval caught as a violation: ${report.violations}`);
      assert.ok(report.violations.some((v) => v.includes('style-src')), `an inline style caught as a violation: ${report.violations}`);
      assert.ok(consoleErrors(watched).some((t) => t.includes('control: console error')), 'a console error is seen');
      assert.ok(report.violations.some((v) => v.includes('connect-src') && v.includes('tracker.invalid')), `a foreign fetch caught as a violation: ${report.violations}`);
      const stored = await storageReport(page);
      assert.notDeepEqual(stored.cookie, '', 'a cookie is seen');
      assert.notDeepEqual(stored.localStorage, [], 'localStorage is seen');
      assert.notDeepEqual(stored.sessionStorage, [], 'sessionStorage is seen');
      assert.notDeepEqual(stored.indexedDB, [], 'IndexedDB is seen');
      assert.notDeepEqual(stored.caches, [], 'Cache Storage is seen');
      assert.notDeepEqual(stored.serviceWorkers, [], 'a service worker is seen');
      // Last, what the CSP lets through: a navigation to another origin.
      await page.evaluate(() => window.leak());
      const deadline = Date.now() + 5000;
      while (!foreignRequests(watched, env.server.origin).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.ok(foreignRequests(watched, env.server.origin).some((u) => u.includes('tracker.invalid/leak')), 'a request to another origin is seen');
    } finally {
      await context.close();
    }
  });
});
