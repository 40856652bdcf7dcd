/**
 * Element tests in real browsers: the system's Chromium and Firefox ESR, both
 * driven by puppeteer-core (Firefox through WebDriver BiDi). TypeScript is
 * compiled on the fly by esbuild with the project's tsconfig (for decorators).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { chromiumArgs as quietChromium, findBrowser, unthrottledArgs } from './scripts/browsers.js';

const chromiumPath = findBrowser('chromium');
const firefoxPath = findBrowser('firefox');
if (!chromiumPath || !firefoxPath) {
  throw new Error('Chromium and Firefox ESR are needed: run `node scripts/ensure-browsers.js` (npm test does).');
}

const chromiumArgs = [...quietChromium, ...unthrottledArgs];

/** Counts every test in every browser, for the one summary line `npm test` prints. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const visit = (suite) => {
        for (const test of suite.tests) test.passed ? passed++ : test.skipped ? null : failed++;
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * Switch to print media through puppeteer's own API. Firefox's WebDriver BiDi has no
 * media emulation yet, so the command answers false there and print tests skip.
 */
const emulateMediaTypePlugin = {
  name: 'kyr-emulate-media-type',
  async executeCommand({ command, payload, session }) {
    if (command !== 'kyr-emulate-media-type') return undefined;
    try {
      await session.browser.getPage(session.id).emulateMediaType(payload.media);
      return true;
    } catch {
      return false;
    }
  },
};

export default {
  rootDir: '.',
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), emulateMediaTypePlugin],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    // One page at a time: Chromium pauses animation frames in a background tab, and axe waits on them.
    chromeLauncher({ concurrency: 1, launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
    // Firefox too: keys sent to a tab in the background do not land.
    chromeLauncher({
      concurrency: 1,
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
};
