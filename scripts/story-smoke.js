#!/usr/bin/env node
/**
 * The Storybook smoke test: every story (and every docs page) of a built
 * Storybook renders without Storybook's error display, without an uncaught
 * error in the page, and without a request to any other origin (safety rule 1).
 * It also checks that every jurisdiction in the built catalog has its rights
 * card story, so a new record cannot ship without one.
 *
 * It builds nothing: run `npm run build-storybook` first. It serves
 * storybook-static/ on a free local port, reads index.json, and opens each
 * entry's iframe in the system's headless Chromium through puppeteer-core.
 *
 *   node scripts/story-smoke.js [--dir storybook-static] [--only text] [--json file] [--concurrency 4] [--timeout 20000] [--a11y]
 *
 * `--a11y` also runs axe-core on each story's canvas and fails on any violation
 * (Storybook's a11y addon only reports in its panel; it is off in this run for speed).
 * Ends with `N stories rendered, N failed` and exits non-zero on any failure.
 * `--json file` also writes `{ "passed": N, "failed": N }` for scripts/test.js.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './static-server.js';
import { chromiumArgs as quietChromium, findBrowser, unthrottledArgs } from './browsers.js';

/** The per-jurisdiction rights card stories: one story id `jurisdictions-rights-card--<catalog id>` each. */
const JURISDICTION_TITLE = 'Jurisdictions/Rights card';
const JURISDICTION_STORY = (id) => `jurisdictions-rights-card--${id}`;

const chromiumArgs = [
  ...quietChromium,
  // No host but the local server resolves: a stray request fails at once, offline or not.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ...unthrottledArgs,
];

/** The built Storybook on a free port of 127.0.0.1; no CSP (Storybook's own pages use inline script). */
export function serveStatic(root) {
  return startStaticServer({ mounts: { '/': root }, csp: null, cacheControl: 'max-age=600' });
}

/** Every story and docs page of the built Storybook, in sidebar order. */
export function readIndex(dir) {
  const file = join(dir, 'index.json');
  const index = JSON.parse(readFileSync(file, 'utf8'));
  return Object.values(index.entries).filter((entry) => entry.type === 'story' || entry.type === 'docs');
}

/** Catalog entries without their rights card story under Jurisdictions/Rights card. */
export function jurisdictionsWithoutStory(dir, entries) {
  const catalogFile = join(dir, 'data', 'catalog.json');
  if (!existsSync(catalogFile)) return ['(the built Storybook has no data/catalog.json: run `npm run build` before `npm run build-storybook`)'];
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
  const ids = new Set(entries.filter((e) => e.type === 'story').map((e) => e.id));
  return catalog.jurisdictions.map((j) => j.id).filter((id) => !ids.has(JURISDICTION_STORY(id)));
}

/** What Storybook's preview shows now: the story, its error display, or still preparing. */
function previewState() {
  const body = document.body;
  if (!body) return 'preparing';
  if (body.classList.contains('sb-show-errordisplay')) return 'error';
  if (body.classList.contains('sb-show-nopreview')) return 'nopreview';
  if (body.classList.contains('sb-show-preparing-story') || body.classList.contains('sb-show-preparing-docs')) return 'preparing';
  if (body.classList.contains('sb-show-main')) return 'main';
  return 'preparing';
}

/**
 * The kyr elements on the page (in any shadow root): how many, how many have
 * not drawn yet (each draws first in a task of its own), and how many show
 * their loading state.
 */
function elementsInProgress() {
  let elements = 0;
  let undrawn = 0;
  let loading = 0;
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('kyr-')) elements++;
      if (!element.shadowRoot) continue;
      if (!element.shadowRoot.childNodes.length) undrawn++;
      else if (element.shadowRoot.querySelector('[part="loading"]')) loading++;
      visit(element.shadowRoot);
    }
  };
  visit(document);
  return { elements, undrawn, loading };
}

const require = createRequire(import.meta.url);

/** axe-core's violations in the story's canvas, one line each. */
async function accessibilityProblems(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run('#storybook-root', { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
  });
  return violations.map((v) => `accessibility: ${v}`);
}

/**
 * Every kyr element on the page (in any shadow root) is defined and shows
 * something: an undefined tag or an empty box is a failure (safety rule 5).
 */
function elementProblems() {
  const problems = new Set();
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const tag = element.localName;
      if (tag.startsWith('kyr-')) {
        if (!customElements.get(tag)) problems.add(`<${tag}> is not defined`);
        else if (!element.shadowRoot?.textContent?.trim()) problems.add(`<${tag}> shows nothing`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return [...problems];
}

/** How long a story may stay loading (some do on purpose) before its state is checked as it is. */
const loadingPatience = 4000;
/** How long a story may take to draw at all. */
const drawTime = 10000;
/**
 * How long the page must stay the same to count as settled. A docs page draws
 * its stories one after another, so a quiet moment can come before the next
 * story's elements.
 */
const quietTime = 750;

/**
 * What the page shows, as a string that changes while it is still drawing,
 * or '' while it is surely not done: an element or docs story not drawn yet,
 * a docs page still empty, or (until `patient` is false) an element loading.
 */
function settleSignature(inProgress, patient) {
  const { elements, undrawn, loading } = inProgress();
  if (undrawn || (loading && patient)) return '';
  const docs = document.querySelector('#storybook-docs');
  if (docs && !document.querySelector('#storybook-root')?.childElementCount && !docs.textContent.trim()) return '';
  const stories = [...document.querySelectorAll('.sb-story')];
  if (stories.some((story) => !story.firstElementChild?.childElementCount)) return '';
  return `${elements} elements (${loading} loading), ${stories.length} docs stories`;
}

/**
 * Waits until the page has stayed the same for `quietTime`: elements load
 * their data and settle, so late errors show up. A loading element counts as
 * settled after `loadingPatience`; anything else gives up at `drawTime`, and
 * the check then reports what is missing.
 */
async function settle(page) {
  const start = Date.now();
  let last;
  let since = start;
  while (Date.now() - start < drawTime) {
    const patient = Date.now() - start < loadingPatience;
    const signature = await page.evaluate(`(${settleSignature})(${elementsInProgress}, ${patient})`);
    if (signature !== last) {
      last = signature;
      since = Date.now();
    } else if (signature && Date.now() - since >= quietTime) {
      return;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The text of Storybook's error display, when it is shown. */
function errorDisplayText() {
  const title = document.querySelector('#error-message')?.textContent?.trim() ?? '';
  const stack = document.querySelector('#error-stack')?.textContent?.trim().split('\n').slice(0, 4).join('\n') ?? '';
  return [title, stack].filter(Boolean).join('\n');
}

/**
 * A browser tab that opens entries one after another. Each entry is a fresh
 * navigation (nothing carries over between stories), and the tab keeps its
 * cache, so the preview's scripts load once.
 */
async function openTab(browser, origin, timeout, a11y) {
  const page = await browser.newPage();
  let problems = [];
  page.on('request', (request) => {
    const url = request.url();
    // Nothing may leave the machine (the browser cannot resolve any other host either).
    if (!(url.startsWith(origin + '/') || /^(data|blob):/.test(url))) problems.push(`request to another origin: ${url}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${String(error?.message ?? error).split('\n').slice(0, 3).join('\n')}`));

  /** Open one entry; resolve with the problems found (an empty list when it rendered cleanly). */
  async function check(entry) {
    problems = [];
    try {
      const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load', timeout });
      try {
        await page.waitForFunction(`(${previewState})() !== 'preparing'`, { timeout, polling: 50 });
      } catch {
        problems.push(`did not finish rendering within ${timeout} ms`);
      }
      await settle(page);
      const state = await page.evaluate(previewState);
      if (state === 'error') problems.push(`Storybook's error display: ${await page.evaluate(errorDisplayText)}`);
      else if (state === 'nopreview') problems.push('Storybook found no preview for this id');
      else problems.push(...(await page.evaluate(elementProblems)));
      if (a11y && state === 'main' && entry.type === 'story') problems.push(...(await accessibilityProblems(page)));
    } catch (error) {
      problems.push(`could not open the story: ${error?.message ?? String(error)}`);
    }
    const found = problems;
    problems = [];
    return found;
  }
  return { check, close: () => page.close().catch(() => undefined) };
}

/**
 * Check every entry of a built Storybook. Returns `{ passed, failed, failures }`;
 * `failures` holds `{ id, problems }` for each entry that failed.
 */
export async function smokeTest({ dir = 'storybook-static', only = '', concurrency = 4, timeout = 20000, a11y = false, log = console.log } = {}) {
  if (!existsSync(join(dir, 'index.json'))) {
    throw new Error(`${dir}/index.json is missing: build Storybook first (npm run build-storybook).`);
  }
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error('Chromium is needed: run `node scripts/ensure-browsers.js` (npm test does).');

  const all = readIndex(dir);
  const entries = all.filter((entry) => !only || entry.id.includes(only) || entry.title.includes(only));
  const failures = [];
  const missing = only ? [] : jurisdictionsWithoutStory(dir, all);
  for (const id of missing) failures.push({ id: `${JURISDICTION_TITLE}: ${id}`, problems: ['no rights card story for this catalog entry'] });

  const server = await serveStatic(dir);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
  let passed = 0;
  try {
    const queue = [...entries];
    const worker = async () => {
      const tab = await openTab(browser, server.url, timeout, a11y);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const problems = await tab.check(entry);
        if (problems.length) {
          failures.push({ id: entry.id, problems });
          log(`✗ ${entry.title} › ${entry.name}  (${entry.id})\n    ${problems.map((p) => p.replaceAll('\n', '\n      ')).join('\n    ')}`);
        } else {
          passed++;
        }
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  for (const failure of failures.filter((f) => f.id.startsWith(JURISDICTION_TITLE))) {
    log(`✗ ${failure.id}: ${failure.problems.join('; ')}`);
  }
  const stories = entries.filter((e) => e.type === 'story').length;
  log(`\nChecked ${stories} stories and ${entries.length - stories} docs pages from ${dir}/index.json.`);
  return { passed, failed: failures.length, failures };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const json = option('--json', '');
  let result;
  try {
    result = await smokeTest({
      dir: option('--dir', 'storybook-static'),
      only: option('--only', ''),
      concurrency: Number(option('--concurrency', 4)),
      timeout: Number(option('--timeout', 20000)),
      a11y: args.includes('--a11y'),
    });
  } catch (error) {
    console.error(error?.message ?? String(error));
    result = { passed: 0, failed: 1 };
  }
  if (json) {
    mkdirSync(dirname(resolve(json)), { recursive: true });
    writeFileSync(json, JSON.stringify({ passed: result.passed, failed: result.failed }));
  }
  console.log(`${result.passed} stories rendered, ${result.failed} failed`);
  process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
