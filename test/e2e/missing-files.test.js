/**
 * A site that serves only part of the package (safety rule 5): without parts/,
 * a locale file or the data, the kit says plainly that the information is
 * not available (it does not blame the reader's connection), the console names
 * the file that is missing, and the quick exit still leaves.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_URL, consoleWarnings, deepClick, deepSelect, expectQuickExit, inEachBrowser, waitForText, watchedPage } from './harness.js';

const kit = 'kyr-rights-kit';
const NEUTRAL = 'This information is not available right now.';
const missing = (pattern) => (request) => (pattern.test(request.url()) ? { status: 404, contentType: 'text/plain', body: 'Not found' } : 'continue');

/** The kit page with the files matching `pattern` answered 404. */
async function kitWithout(env, context, pattern) {
  const watched = await watchedPage(context, env.server.origin);
  watched.route = missing(pattern);
  await watched.page.goto(`${env.server.origin}/e2e/kit.html`);
  return watched;
}

async function expectWarning(watched, text) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (consoleWarnings(watched).some((warning) => warning.includes(text))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no console warning names ${text}; warnings: ${consoleWarnings(watched).join(' | ')}`);
}

inEachBrowser('files missing on the site', (name, env) => {
  it(`${name}: without parts/, the card and a part's tab say the information is not available, the console names the files, and the quick exit leaves`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await kitWithout(env, context, /\/dist\/parts\//);
      const card = await waitForText(watched.page, [kit, 'kyr-rights-card'], NEUTRAL);
      assert.doesNotMatch(card, /connection/);
      await expectWarning(watched, '/dist/parts/kyr-check-');
      await deepClick(watched.page, [kit, '#tab-arrest']);
      await waitForText(watched.page, [kit, '[part="error"]'], NEUTRAL);
      await expectWarning(watched, '/dist/parts/kyr-arrest-guide-');
      const result = await expectQuickExit(watched, () => deepClick(watched.page, [kit, 'kyr-quick-exit', 'a[part="link"]']));
      assert.equal(result.url, EXIT_URL);
    } finally {
      await context.close();
    }
  });

  it(`${name}: without a locale file, the kit keeps working in English, the console names the file, and the quick exit leaves`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await kitWithout(env, context, /\/dist\/locales\//);
      await waitForText(watched.page, [kit, 'kyr-rights-card'], 'Your rights in Kenya');
      await deepSelect(watched.page, [kit, 'select[part="language"]'], 'sw');
      await expectWarning(watched, '/dist/locales/kyr-sw-');
      await waitForText(watched.page, [kit, '#tab-rights'], 'Your rights');
      const result = await expectQuickExit(watched, () => deepClick(watched.page, [kit, 'kyr-quick-exit', 'a[part="link"]']));
      assert.equal(result.url, EXIT_URL);
    } finally {
      await context.close();
    }
  });

  it(`${name}: without the data folder, the reader sees a neutral message and the console names the catalog's URL and status`, async () => {
    const context = await env.browser.createBrowserContext();
    try {
      const watched = await kitWithout(env, context, /\/dist\/data\//);
      const card = await waitForText(watched.page, [kit, 'kyr-rights-card'], NEUTRAL);
      assert.doesNotMatch(card, /connection/);
      await expectWarning(watched, `${env.server.origin}/dist/data/catalog.json: HTTP 404`);
    } finally {
      await context.close();
    }
  });
});
