/**
 * Two copies of the library on one page (a theme and a plugin each bundle it),
 * in real Chromium and Firefox under the strict CSP: no crash, the first
 * definition of every tag kept, a console warning when the second copy is a
 * different version (src/define/define.ts), and the kit and its quick exit
 * still work.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  EXIT_URL,
  consoleErrors,
  consoleWarnings,
  deepClick,
  exitByKeys,
  foreignRequests,
  inEachBrowser,
  pageReport,
  waitForText,
  watchedPage,
} from './harness.js';

/** The tags each copy defines as it loads (the kit's first view), with the class each copy exports. */
const TAGS = [
  ['kyr-rights-kit', 'KyrRightsKit'],
  ['kyr-rights-card', 'KyrRightsCard'],
  ['kyr-jurisdiction-picker', 'KyrJurisdictionPicker'],
  ['kyr-quick-exit', 'KyrQuickExit'],
];

/** The parts fetched when first shown (src/define/on-demand.ts), with their kit tab and a line each shows. */
const ON_DEMAND = [
  ['kyr-arrest-guide', 'arrest', 'If police stop or arrest you'],
  ['kyr-firewall-notice', 'services', 'immigration'],
  ['kyr-help-directory', 'help', 'KESWA'],
];

const bundle = readFileSync(new URL('../../dist/kyr-widgets.js', import.meta.url), 'utf8');
const ourVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
const OTHER_VERSION = '0.0.9-e2e';

/** The same bundle claiming another version: the one constant define() compares. */
function otherVersionBundle() {
  const marker = `="${ourVersion}"`;
  assert.equal(bundle.split(marker).length, 2, `the bundle holds its version string ${marker} exactly once`);
  return bundle.replace(marker, `="${OTHER_VERSION}"`);
}

inEachBrowser('two copies of the library on one page', (name, env) => {
  /** Load `pageName`, check the kit works and the first copy's classes hold every tag. */
  async function loadTwice(pageName, secondUrl, route) {
    const context = await env.browser.createBrowserContext();
    const watched = await watchedPage(context, env.server.origin);
    if (route) watched.route = route;
    const { page } = watched;
    await page.goto(`${env.server.origin}/e2e/${pageName}`);
    await waitForText(page, ['kyr-rights-kit', 'kyr-rights-card'], 'Your rights in Kenya');
    const definitions = await page.evaluate(
      async (tags, second) => {
        // Both URLs are already in the module map: these imports return the two running instances.
        const first = await import('/dist/kyr-widgets.js');
        const other = await import(second);
        return {
          distinct: first !== other,
          tags: tags.map(([tag, className]) => ({
            tag,
            keptFirst: customElements.get(tag) === first[className],
            notSecond: customElements.get(tag) !== other[className],
          })),
          versions: globalThis[Symbol.for('kyr-widgets.versions')],
        };
      },
      TAGS,
      secondUrl,
    );
    return { context, watched, page, definitions };
  }

  function expectFirstKept(definitions) {
    assert.ok(definitions.distinct, 'the two URLs gave two module instances');
    for (const { tag, keptFirst, notSecond } of definitions.tags) {
      assert.ok(keptFirst && notSecond, `<${tag}> keeps the first copy's class`);
    }
    for (const [tag] of TAGS) assert.equal(definitions.versions[tag], ourVersion, `<${tag}> is registered as version ${ourVersion}`);
  }

  /** Each on-demand part, opened in the kit, is defined once, at our version, and shows its content. */
  async function expectPartsWork(page) {
    for (const [tag, tab, text] of ON_DEMAND) {
      await deepClick(page, ['kyr-rights-kit', `#tab-${tab}`]);
      await waitForText(page, ['kyr-rights-kit', tag], text);
      const version = await page.evaluate((t) => globalThis[Symbol.for('kyr-widgets.versions')][t], tag);
      assert.equal(version, ourVersion, `<${tag}> is registered once, as version ${ourVersion}`);
    }
  }

  async function expectNoCrash(watched) {
    const report = await pageReport(watched.page);
    assert.deepEqual(report.violations, [], 'CSP violations');
    assert.deepEqual(report.errors, [], 'uncaught errors (no "already been defined")');
    assert.deepEqual(watched.pageErrors, [], 'uncaught errors reported by the browser');
    assert.deepEqual(consoleErrors(watched), [], 'console errors');
    assert.deepEqual(foreignRequests(watched, env.server.origin), [], 'requests to another origin');
  }

  it(`${name}: a different version loaded second: a console warning, the first definition kept, the kit and quick exit work`, async () => {
    const second = '/dist/kyr-widgets.js?copy=other-version';
    const renumbered = otherVersionBundle();
    const { context, watched, definitions } = await loadTwice('two-versions.html', second, (request) =>
      request.url() === `${env.server.origin}${second}` ? { status: 200, contentType: 'text/javascript; charset=utf-8', body: renumbered } : 'continue',
    );
    try {
      expectFirstKept(definitions);
      await expectPartsWork(watched.page);
      const warnings = consoleWarnings(watched);
      for (const [tag] of TAGS) {
        assert.ok(
          warnings.some((w) => w.includes(`kyr-widgets ${OTHER_VERSION}: <${tag}> is already defined by version ${ourVersion}; keeping that one.`)),
          `a warning for <${tag}>; saw: ${warnings.join(' | ')}`,
        );
      }
      await expectNoCrash(watched);
      const result = await exitByKeys(watched, 'Shift', 3);
      assert.equal(result.url, EXIT_URL);
    } finally {
      await context.close();
    }
  });

  it(`${name}: the same version loaded twice: no crash, the first definition kept, and no warning (nothing differs)`, async () => {
    const { context, watched, definitions } = await loadTwice('two-copies.html', '/dist/kyr-widgets.js?copy=plugin');
    try {
      expectFirstKept(definitions);
      await expectPartsWork(watched.page);
      assert.deepEqual(
        consoleWarnings(watched).filter((w) => w.includes('already defined')),
        [],
        'the same version defined twice is not worth a warning (DESIGN.md: warn when a different version defined it)',
      );
      await expectNoCrash(watched);
    } finally {
      await context.close();
    }
  });
});
