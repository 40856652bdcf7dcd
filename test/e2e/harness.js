/**
 * What every end-to-end test shares: the project's own static server (with its
 * strict Content-Security-Policy, scripts/static-server.js), real Chromium and
 * Firefox ESR driven by puppeteer-core, and a page wrapper that watches
 * everything the page does: every request (and can stand in for the data host:
 * delay, fail or rewrite a request), console messages, uncaught errors, and the
 * CSP violations that the page's own watch.js records.
 *
 * Pages load only the built `/dist/kyr-widgets.js` and `/dist/data/`; the test
 * pages themselves are served from test/e2e/pages/ at `/e2e/`.
 */
import { after, before, describe } from 'node:test';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { chromiumArgs as quietChromium, findBrowser, unthrottledArgs } from '../../scripts/browsers.js';
import { serveDemo } from '../../scripts/static-server.js';

/** The policy the demo's server sends. */
export { strictCsp } from '../../scripts/static-server.js';

/** Where the quick exit goes in these tests; the one request allowed to leave the origin, answered here. */
export const EXIT_URL = 'https://quick-exit.invalid/weather';

/** The same flags the element tests use. */
const chromiumArgs = [...quietChromium, ...unthrottledArgs];

export const browserNames = /** @type {const} */ (['chromium', 'firefox']);

/** The demo's server (scripts/serve.js's) with the e2e pages published at /e2e/. */
export async function startServer() {
  // 127.0.0.1 is a secure context, so crypto.subtle (and the hash check) is there, as on https.
  const server = await serveDemo({ also: 'test/e2e/pages' });
  return { origin: server.url, stop: () => server.close() };
}

export async function launch(name) {
  const executablePath = findBrowser(name);
  if (!executablePath) throw new Error(`${name} is not installed: run node scripts/ensure-browsers.js`);
  if (name === 'firefox') {
    return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  }
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
}

/** The page served by the e2e server for a request, or undefined to let it through. */
export function dataPath(url, origin) {
  return url.startsWith(`${origin}/dist/data/`) ? url.slice(`${origin}/dist/data/`.length).split('?')[0] : undefined;
}

/** The real built data, read from disk, for tests that rewrite it. */
export function builtData(path) {
  return readFileSync(new URL(`../../dist/data/${path}`, import.meta.url), 'utf8');
}

/**
 * A page whose every request, console message, error and CSP violation is
 * recorded. `route` may answer a request itself (the data host misbehaving):
 * return 'continue' (or nothing), 'abort', { delay, then }, or a response
 * { status, contentType, body }.
 */
export async function watchedPage(browser, origin) {
  const page = await browser.newPage();
  const watched = {
    page,
    /** Every request the page made: { url, method, isNavigation, headers }. */
    requests: [],
    /** Console messages, { type, text }. */
    console: [],
    /** Uncaught errors reported by the browser. */
    pageErrors: [],
    /** Requests the stand-in data host could not answer (for debugging a failing test). */
    interceptErrors: [],
    /** How the tests stand in for the data host; replaced per test. */
    route: (_request) => 'continue',
  };
  page.on('console', (message) => watched.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => watched.pageErrors.push(String(error?.message ?? error)));
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = request.url();
    watched.requests.push({ url, method: request.method(), isNavigation: request.isNavigationRequest(), headers: request.headers() });
    try {
      if (url === EXIT_URL || url.startsWith(`${EXIT_URL}?`)) {
        // The exit's destination is answered here so the test never reaches the internet.
        await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
        return;
      }
      if (/^(data|blob|about):/.test(url)) {
        // Not the network: Firefox itself asks for a data: font, for one. Nothing leaves the device.
        await request.continue();
        return;
      }
      if (!url.startsWith(`${origin}/`)) {
        // Nothing else may leave the origin: refused here, and reported by the test from `requests`.
        await request.abort('blockedbyclient');
        return;
      }
      let answer = await watched.route(request);
      while (answer && typeof answer === 'object' && 'delay' in answer) {
        await sleep(answer.delay);
        answer = await answer.after?.();
      }
      if (answer === 'abort') await request.abort('connectionrefused');
      else if (answer && typeof answer === 'object') await request.respond(answer);
      else await request.continue();
    } catch (error) {
      // Most often the page has gone (a quick exit, the test closing it) while a request waited;
      // kept for a test to look at, never thrown into puppeteer's event loop.
      if (!page.isClosed()) watched.interceptErrors.push(`${url}: ${String(error)}`);
    }
  });
  return watched;
}

/** What watch.js (loaded first by every e2e page) saw: CSP violations and uncaught errors. */
export async function pageReport(page) {
  return page.evaluate(() => {
    const seen = /** @type {any} */ (window).__kyrE2E;
    return seen ? { loaded: true, violations: seen.violations, errors: seen.errors } : { loaded: false, violations: [], errors: [] };
  });
}

/** Everything a visit could leave behind in this origin's storage. */
export async function storageReport(page) {
  return page.evaluate(async () => {
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : ['(indexedDB.databases unsupported)'];
    return {
      cookie: document.cookie,
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: databases,
      caches: 'caches' in window ? await caches.keys() : ['(no Cache Storage in this context)'],
      serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope) : [],
    };
  });
}

export const noStorage = { cookie: '', localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: [] };

/** Requests that went anywhere but the page's own origin (the quick exit's navigation aside). */
export function foreignRequests(watched, origin, { allowExit = false } = {}) {
  return watched.requests
    .map((r) => r.url)
    .filter((url) => !/^(data|blob|about):/.test(url))
    // Once the reader has left, the destination's own requests (Firefox asks it for a
    // favicon) belong to the destination, not to this page.
    .filter((url) => !url.startsWith(`${origin}/`) && !(allowExit && new URL(url).origin === new URL(EXIT_URL).origin));
}

export const consoleErrors = (watched) => watched.console.filter((m) => m.type === 'error').map((m) => m.text);
export const consoleWarnings = (watched) => watched.console.filter((m) => m.type === 'warn' || m.type === 'warning').map((m) => m.text);

/** Wait for a condition in the page (polling: works the same in both browsers, through shadow roots). */
/**
 * How long a page may take to show something or to leave. Generous: two browsers
 * share a machine of two cores here, and a shared CI machine may be slower still;
 * a page that works shows it in well under a second when the machine is quiet.
 */
export const PATIENCE_MS = 20_000;

export async function waitFor(page, fn, arg, { timeout = PATIENCE_MS, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
}

/** Text of an element found by a path of selectors, each inside the previous one's shadow root ('' when absent). */
export async function deepText(page, path) {
  return (await page.evaluate(findDeep, path, 'text')) ?? '';
}

/** The element at `path` (selectors through shadow roots), or null. Dispose of it when done. */
export async function deepHandle(page, path) {
  const handle = await page.evaluateHandle(findDeep, path, 'element');
  const element = handle.asElement();
  if (!element) await handle.dispose();
  return element;
}

/** Wait until the text at `path` includes `wanted`; the error says what was shown instead. */
export async function waitForText(page, path, wanted, timeout = PATIENCE_MS) {
  const deadline = Date.now() + timeout;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await deepText(page, path).catch(() => '');
    if (shown.includes(wanted)) return shown;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for "${wanted}" in ${path.join(' >> ')}; shown: ${shown.slice(0, 300)}`);
}

/**
 * Wait until the text at `path` no longer includes `unwanted` (a part still
 * loading): a click aimed while content above its target is still arriving
 * lands where the target was, as a reader's tap would.
 */
export async function waitForNoText(page, path, unwanted, timeout = PATIENCE_MS) {
  const deadline = Date.now() + timeout;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await deepText(page, path).catch(() => '');
    if (shown && !shown.includes(unwanted)) return shown;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for "${unwanted}" to go from ${path.join(' >> ')}; shown: ${shown.slice(0, 300)}`);
}

/** Click an element found by a path of selectors through shadow roots (a real click in the page's coordinates). */
export async function deepClick(page, path) {
  const element = await deepHandle(page, path);
  if (!element) throw new Error(`nothing at ${path.join(' >> ')}`);
  await element.scrollIntoView();
  await element.click();
  await element.dispose();
}

/** Choose `value` in the select at `path` as a reader would (input and change events fire). */
export async function deepSelect(page, path, value) {
  const element = await deepHandle(page, path);
  if (!element) throw new Error(`no select at ${path.join(' >> ')}`);
  // As a reader does: reach the menu first (the kit fills its language menu in then), then choose.
  await element.focus();
  await page.waitForFunction((select, wanted) => [...select.options].some((option) => option.value === wanted), { timeout: 5000 }, element, value);
  await element.select(value);
  await element.dispose();
}

/** Runs in the page: walk `path` through shadow roots. Self-contained, as page functions must be. */
function findDeep(path, want) {
  let node = null;
  let scope = document;
  for (const selector of path) {
    node = scope.querySelector(selector);
    if (!node) return null;
    scope = node.shadowRoot ?? node;
  }
  if (want === 'text') return (node.shadowRoot ?? node).textContent.replace(/\s+/g, ' ').trim();
  return node;
}

/** The quick exit really leaves: the page is replaced by the exit's destination, with nothing sent about where from. */
export async function expectQuickExit(watched, trigger) {
  const { page } = watched;
  const navigation = page.waitForNavigation({ timeout: PATIENCE_MS });
  await trigger();
  await navigation;
  const url = page.url();
  const exitRequest = watched.requests.find((r) => r.url === EXIT_URL);
  return { url, exitRequest };
}

/**
 * The quick exit by its keyboard shortcut: `key` pressed `times` within `windowMs`.
 * On a machine too loaded to press that fast (the presses took longer than the
 * window), it waits and tries again, up to three times; presses made in time
 * that do not leave are a failure at once.
 */
export async function exitByKeys(watched, key, times, windowMs = 1000) {
  const { page } = watched;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const navigated = page.waitForNavigation({ timeout: 5000 }).then(
      () => true,
      () => false,
    );
    const started = Date.now();
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    const elapsed = Date.now() - started;
    if (await navigated) return { url: page.url(), exitRequest: watched.requests.find((r) => r.url === EXIT_URL) };
    if (elapsed < windowMs * 0.8) throw new Error(`${key} pressed ${times} times in ${elapsed} ms, and the page did not leave`);
    await sleep(windowMs);
  }
  throw new Error(`${key} could not be pressed ${times} times within ${windowMs} ms on this machine, in three tries`);
}

/**
 * The frame every end-to-end file shares: one server for the file, and the
 * same tests in Chromium and Firefox side by side (each browser runs its own
 * tests in order: half the wall time). `tests(name, env)` defines one
 * browser's tests; `env.server` and `env.browser` are there once they run.
 */
export function inEachBrowser(title, tests) {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });
  describe('in Chromium and Firefox at once', { concurrency: true }, () => {
    for (const name of browserNames) {
      describe(`${name}: ${title}`, () => {
        const env = {
          browser: undefined,
          get server() {
            return server;
          },
        };
        before(async () => {
          env.browser = await launch(name);
        });
        after(async () => {
          await env.browser?.close();
        });
        tests(name, env);
      });
    }
  });
}
