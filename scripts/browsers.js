/**
 * Finding the system's Chromium and Firefox ESR for the tests: the test tools
 * drive installed browsers through puppeteer-core and never download one.
 */
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [process.env.CHROME_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: [process.env.FIREFOX_BIN, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/**
 * Chromium's flags for every headless run here: no sandbox (the tools may run
 * as root), and nothing that calls home on a closed network.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** For runs that open many pages: a page that is not in front must not have its timers or frames throttled. */
export const unthrottledArgs = [
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** The first executable found for `browser`, or undefined. */
export function findBrowser(browser) {
  return candidates[browser].find((path) => path && existsSync(path));
}
