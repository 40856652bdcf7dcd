/**
 * Lighthouse on each demo page, served by serveDemo exactly as `npm start`
 * serves it, in the system Chromium (chrome-launcher with chromePath).
 * Lighthouse's own defaults: mobile form factor, simulated throttling (4×
 * CPU, its "slow 4G" profile). Each page is run RUNS times, the pages
 * alternating, and the run reported is the one Lighthouse's computeMedianRun
 * picks (nearest the median first contentful paint and time to interactive),
 * as Lighthouse's docs on variability advise: one run's score moved from 80
 * to 99 between runs here with nothing changed.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromiumArgs } from '../../scripts/browsers.js';
import { serveDemo } from '../../scripts/static-server.js';

const require = createRequire(import.meta.url);

/** The two demo pages: the one-tag kit, and every element alone. */
export const DEMO_PAGES = { kit: '/demo/', elements: '/demo/elements.html' };

/** Runs per page: "the median of 5 runs is twice as stable as 1 run" (Lighthouse, docs/variability.md). */
export const RUNS = 5;

/** The installed version, or undefined when the package is missing. */
async function installedVersion(name) {
  try {
    return JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Scores (0–100) for performance, accessibility and best practices, or why it was not run. */
export async function runLighthouse({ root, chromePath }) {
  const version = await installedVersion('lighthouse');
  if (!version) return { ran: false, reason: 'lighthouse is not installed' };
  const needs = JSON.parse(await readFile(require.resolve('lighthouse/package.json'), 'utf8')).engines?.node;
  const [major, minor] = process.versions.node.split('.').map(Number);
  const wanted = /^>=\s*(\d+)(?:\.(\d+))?/.exec(needs ?? '');
  if (wanted && (major < Number(wanted[1]) || (major === Number(wanted[1]) && minor < Number(wanted[2] ?? 0)))) {
    return { ran: false, version, reason: `not run: needs node ${needs}` };
  }
  const { default: lighthouse } = await import('lighthouse');
  const { computeMedianRun, filterToValidRuns } = await import('lighthouse/core/lib/median-run.js');
  // The chrome-launcher that Lighthouse itself depends on (another, older copy may sit at the top level).
  const fromLighthouse = createRequire(require.resolve('lighthouse/package.json'));
  const chromeLauncher = await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
  const demo = await serveDemo({ root });
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
    const runs = Object.fromEntries(Object.keys(DEMO_PAGES).map((name) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, path] of Object.entries(DEMO_PAGES)) {
        const result = await lighthouse(`${demo.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        runs[name].push(result.lhr);
      }
    }
    const pages = {};
    let settings;
    for (const [name, path] of Object.entries(DEMO_PAGES)) {
      const valid = filterToValidRuns(runs[name]);
      const { categories, audits, configSettings } = computeMedianRun(valid);
      const score = (id, c = categories) => (c[id]?.score == null ? null : Math.round(c[id].score * 100));
      settings ??= {
        formFactor: configSettings.formFactor,
        throttlingMethod: configSettings.throttlingMethod,
        cpuSlowdownMultiplier: configSettings.throttling?.cpuSlowdownMultiplier,
        rttMs: configSettings.throttling?.rttMs,
        throughputKbps: configSettings.throttling?.throughputKbps,
      };
      pages[name] = {
        url: path,
        runs: valid.length,
        performance: score('performance'),
        // Every run's score, in the order run, so the spread is on record.
        performanceEachRun: runs[name].map((lhr) => score('performance', lhr.categories)),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        largestContentfulPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        totalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        cumulativeLayoutShift: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
        // Layout shift is budgeted as a ceiling, so the worst run's is kept too.
        cumulativeLayoutShiftMax: Math.max(...runs[name].map((lhr) => Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000)),
        consoleErrors: [
          ...new Set(runs[name].flatMap((lhr) => (lhr.audits['errors-in-console']?.details?.items ?? []).map((item) => `${item.source}: ${item.description}${item.url ? ` (${item.url})` : ''}`))),
        ],
        // What kept accessibility and best practices below 100, to act on.
        notPassed: Object.fromEntries(
          ['accessibility', 'best-practices'].map((id) => [
            id,
            (categories[id]?.auditRefs ?? [])
              .map((ref) => audits[ref.id])
              .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
              .map((audit) => audit.id),
          ]),
        ),
      };
    }
    return { ran: true, version, server: 'serveDemo (as npm start)', settings, pages };
  } finally {
    await chrome?.kill();
    await demo.close();
  }
}
