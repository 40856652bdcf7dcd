/**
 * Finding the system's Chromium and Firefox ESR for the tests: the test tools
 * drive installed browsers through puppeteer-core and never download one.
 */
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [process.env.CHROME_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: [process.env.FIREFOX_BIN, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** The first executable found for `browser`, or undefined. */
export function findBrowser(browser) {
  return candidates[browser].find((path) => path && existsSync(path));
}
