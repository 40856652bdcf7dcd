/**
 * The one-file script fetches what a first view does not need (src/define/on-demand.ts)
 * only when it is needed, in real Chromium and Firefox under the strict CSP: a part
 * that is not on the page is never fetched, and one that a page script adds later
 * is fetched then and shown.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { consoleErrors, inEachBrowser, pageReport, waitForText, watchedPage } from './harness.js';

inEachBrowser('parts fetched when first used', (name, env) => {
  it(`${name}: an arrest guide added by a page script after load is fetched then, and shows its place`, async () => {
    const context = await env.browser.createBrowserContext();
    const watched = await watchedPage(context, env.server.origin);
    const { page } = watched;
    const partRequests = () => watched.requests.filter((r) => new URL(r.url).pathname.startsWith('/dist/parts/kyr-arrest-guide')).length;
    try {
      // A picker and a card: the first view, with no arrest guide on the page.
      await page.goto(`${env.server.origin}/e2e/failure.html`);
      await waitForText(page, ['kyr-rights-card'], 'Your rights in Kenya');
      assert.equal(partRequests(), 0, 'the arrest guide was fetched though no page shows it');
      assert.equal(await page.evaluate(() => customElements.get('kyr-arrest-guide') === undefined), true);

      await page.evaluate(() => {
        const guide = document.createElement('kyr-arrest-guide');
        guide.setAttribute('jurisdiction', 'ke');
        document.querySelector('main').append(guide);
      });
      await waitForText(page, ['kyr-arrest-guide'], 'If police stop or arrest you in Kenya');
      assert.equal(partRequests(), 1, 'the arrest guide is fetched once');

      const report = await pageReport(page);
      assert.deepEqual(report.violations, [], 'CSP violations');
      assert.deepEqual(report.errors, [], 'uncaught errors in the page');
      assert.deepEqual(consoleErrors(watched), [], 'console errors');
    } finally {
      await context.close();
    }
  });
});
