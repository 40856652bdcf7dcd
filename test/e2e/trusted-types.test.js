/**
 * Trusted Types, as a host that enforces them would: the library creates one
 * policy, lit's `lit-html`. With `require-trusted-types-for 'script'` and that
 * policy allowed, the kit works in full (its parts and languages load on
 * demand) with no violation. With `trusted-types 'none'` lit cannot start, so
 * the kit cannot either; the quick exit, which needs no lit, still leaves the
 * page, by a click and by its keyboard shortcut.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_URL, deepClick, deepSelect, exitByKeys, expectQuickExit, inEachBrowser, pageReport, waitFor, waitForText, watchedPage } from './harness.js';

const kit = 'kyr-rights-kit';

inEachBrowser('Trusted Types', (name, env) => {
  it(`${name}: with the lit-html policy allowed, the kit shows Kenya, loads a part and a language, and reports no violation`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await watchedPage(context, env.server.origin);
      const { page } = watched;
      await page.goto(`${env.server.origin}/e2e/trusted-types-lit.html`);
      await waitForText(page, [kit, 'kyr-rights-card'], 'Your rights in Kenya');
      await deepClick(page, [kit, '#tab-arrest']);
      await waitForText(page, [kit, 'kyr-arrest-guide'], 'If police stop or arrest you');
      // A language other than English: its interface strings come from locales/ by import().
      await deepSelect(page, [kit, 'select[part="language"]'], 'sw');
      await waitForText(page, [kit, '#tab-rights'], 'Haki zako');
      assert.ok(watched.requests.some((r) => r.url.includes('/dist/locales/kyr-sw-')), 'the Swahili strings were loaded');
      const report = await pageReport(page);
      assert.deepEqual(report.violations, [], 'CSP or Trusted Types violations');
      assert.deepEqual(report.errors, []);
      assert.deepEqual(watched.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  const triggers = {
    'by a click': (watched) => expectQuickExit(watched, () => deepClick(watched.page, ['kyr-quick-exit', 'a[part="link"]'])),
    'by pressing Shift three times': (watched) => exitByKeys(watched, 'Shift', 3),
  };
  for (const [how, leave] of Object.entries(triggers)) {
    it(`${name}: with no policy allowed, the kit cannot start but the quick exit leaves, ${how}`, async () => {
      const context = await env.browser.createBrowserContext();
      try {
        const watched = await watchedPage(context, env.server.origin);
        const { page } = watched;
        await page.goto(`${env.server.origin}/e2e/trusted-types-none.html`);
        await waitFor(page, () => Boolean(customElements.get('kyr-quick-exit') && document.querySelector('kyr-quick-exit').shadowRoot), undefined, { what: 'the quick exit' });
        // The browser enforced the policy: lit was refused, so the kit has no content (the case this test is about).
        await waitFor(page, () => (window.__kyrE2E?.violations.length ?? 0) + (window.__kyrE2E?.errors.length ?? 0) > 0, undefined, { what: 'the Trusted Types refusal' });
        assert.equal(await page.evaluate(() => document.querySelector('kyr-rights-kit').shadowRoot?.childElementCount ?? 0), 0, 'the kit started although lit was refused');
        const result = await leave(watched);
        assert.equal(result.url, EXIT_URL);
      } finally {
        await context.close();
      }
    });
  }
});
