#!/usr/bin/env node
/**
 * Pictures of every element in its main states, as readers see them: at 320,
 * 360 and 1280 CSS px, in English, Arabic and Thai, on a partner's page, in
 * headless Chromium, into docs/screenshots/ (WebP). Full-page pictures draw
 * every contact of a long help directory (its far contacts are drawn only
 * when near the screen, so the viewport is grown to the whole page first).
 *
 *   npm run screenshots             (after npm run build)
 *   npm run screenshots -- --only kit   (names containing "kit")
 *   npm run screenshots -- --type png --out /tmp/shots/   (lossless, elsewhere)
 *   npm run screenshots -- --first-screen   (only what a 640 px tall phone shows first)
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser } from './browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const only = option('--only', '');
const type = option('--type', 'webp');
const firstScreen = args.includes('--first-screen');
const out = new URL(option('--out', '../docs/screenshots/').replace(/\/?$/, '/'), import.meta.url);
const PORT = 8791;

/** Languages shown, with a script the picture needs and the Debian package that has its font. */
const LOCALES = [
  { code: 'en', fontFor: 'en', package: 'fonts-noto-core' },
  { code: 'ar', fontFor: 'ar', package: 'fonts-noto-core' },
  { code: 'th', fontFor: 'th', package: 'fonts-thai-tlwg (or fonts-noto-core)' },
];
const WIDTHS = [320, 360, 1280];

/** Each element in its main states: a name for the file and the page's parameters. */
const SHOTS = [
  { name: 'kit', params: { tag: 'kyr-rights-kit', jurisdiction: 'ke' } },
  { name: 'kit-help-tab', params: { tag: 'kyr-rights-kit', jurisdiction: 'za', tab: 'help' } },
  { name: 'rights-card', params: { tag: 'kyr-rights-card', jurisdiction: 'ug' } },
  { name: 'rights-card-wallet', params: { tag: 'kyr-rights-card', jurisdiction: 'ke', variant: 'wallet' } },
  { name: 'rights-card-error', params: { tag: 'kyr-rights-card', jurisdiction: 'ke', 'data-src': '/no-such-data/' } },
  { name: 'arrest-guide', params: { tag: 'kyr-arrest-guide', jurisdiction: 'za' } },
  { name: 'firewall-notice', params: { tag: 'kyr-firewall-notice', jurisdiction: 'mx' } },
  { name: 'help-directory', params: { tag: 'kyr-help-directory', jurisdiction: 'za' } },
  { name: 'jurisdiction-picker', params: { tag: 'kyr-jurisdiction-picker', jurisdiction: 'mx' } },
  { name: 'quick-exit', params: { tag: 'kyr-quick-exit' } },
];

function missingFonts() {
  try {
    return LOCALES.filter(({ fontFor }) => !execFileSync('fc-list', [`:lang=${fontFor}`, 'family'], { encoding: 'utf8' }).trim());
  } catch {
    return LOCALES; // No fontconfig: say what to install.
  }
}

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/dist/kyr-widgets.js`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the demo server did not start');
}

/**
 * Until every kyr element on the page has drawn (an element waits for its language's words
 * before its first render) and left its loading state (parts of the kit load when shown).
 */
async function settled(page) {
  await page.waitForFunction(
    () => {
      const all = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('kyr-')) all.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      const drawn = (element) => element.shadowRoot?.children.length && !element.shadowRoot.querySelector('[part="loading"], .general-loading');
      return all.length && all.every(drawn);
    },
    { timeout: 15000, polling: 100 },
  );
  await page.evaluate(() => document.fonts.ready);
}

async function main() {
  if (!existsSync(new URL('../dist/kyr-widgets.js', import.meta.url)) || !existsSync(new URL('../dist/data/catalog.json', import.meta.url))) {
    throw new Error('Build first: npm run build');
  }
  const missing = missingFonts();
  if (missing.length) {
    const packages = [...new Set(missing.map((l) => l.package))].join(' ');
    throw new Error(`No font for ${missing.map((l) => l.code).join(', ')}: the pictures would show empty boxes. Install them with: apt-get install ${packages}`);
  }
  const chromium = findBrowser('chromium');
  if (!chromium) throw new Error('Chromium is needed: run `node scripts/ensure-browsers.js`.');
  mkdirSync(out, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(PORT), '--also', 'scripts/screenshots'], { cwd: root, stdio: 'ignore' });
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumArgs });
  try {
    await waitForServer();
    const page = await browser.newPage();
    let count = 0;
    for (const shot of SHOTS) {
      for (const { code } of LOCALES) {
        for (const width of WIDTHS) {
          const file = `${shot.name}-${code}-${width}${firstScreen ? '-first-screen' : ''}.${type}`;
          if (only && !file.includes(only)) continue;
          await page.setViewport({ width, height: 640 });
          const query = new URLSearchParams({ ...shot.params, lang: code });
          await page.goto(`http://127.0.0.1:${PORT}/e2e/page.html?${query}`, { waitUntil: 'load' });
          await settled(page);
          // Grow the viewport to the whole page, so everything drawn only near the screen is drawn.
          for (let height = 0, next = 640; !firstScreen && next !== height; ) {
            height = next;
            await page.setViewport({ width, height });
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            next = await page.evaluate(() => document.documentElement.scrollHeight);
          }
          await page.screenshot({ path: fileURLToPath(new URL(file, out)), type, ...(type === 'png' ? {} : { quality: 70 }) });
          count++;
        }
      }
    }
    console.log(`${count} pictures in ${fileURLToPath(out)}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(`screenshots: ${error.message}`);
  process.exitCode = 1;
});
