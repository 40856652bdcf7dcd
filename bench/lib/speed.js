/**
 * Speed in headless Chromium, driven through the DevTools protocol: every run
 * gets a fresh browser context and page, 4× CPU throttling, a slow-3G
 * network profile and the cache disabled, set before the page is opened.
 * All timing is taken inside the page (bench/pages/probe-*.js), from
 * performance.now(), so the protocol's own round trips are not counted.
 */
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../../scripts/browsers.js';

export const CONDITIONS = {
  cpuSlowdown: 4,
  /** "Slow 3G" as DevTools defines it: 400 ms of latency, 400 kbit/s each way. */
  network: { name: 'slow 3G', latency: 400, downloadThroughput: 50000, uploadThroughput: 50000 },
};

/** The destination the quick exits are given; requests to it are failed, so the page stays. */
export const EXIT_DESTINATION = 'https://exit.bench.invalid/';

export function launch(executablePath) {
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs, protocolTimeout: 180_000 });
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Median and spread of a list of milliseconds. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (value) => Math.round(value * 10) / 10;
  return {
    runs: sorted.length,
    median: round(median),
    min: round(sorted[0]),
    p10: round(percentile(sorted, 10)),
    p90: round(percentile(sorted, 90)),
    max: round(sorted[sorted.length - 1]),
    samples: samples.map(round),
  };
}

/**
 * One run: a new context and page, `url` opened, then `act(page)`. The
 * conditions (CPU, network, no cache) apply from navigation start when
 * `fromStart`; otherwise the page loads at full speed and they are switched
 * on before `act` (for measurements that start after the page has loaded, so
 * the timed part runs under the same conditions and the run takes less time).
 * Requests to EXIT_DESTINATION are failed through the protocol's Fetch domain
 * (as "aborted", which leaves the current page in place), and counted.
 */
async function withPage(browser, url, act, { fromStart = true } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    const exits = [];
    const throttle = async () => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONDITIONS.cpuSlowdown });
      const { latency, downloadThroughput, uploadThroughput } = CONDITIONS.network;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
    };
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (fromStart) await throttle();
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${EXIT_DESTINATION}*`, requestStage: 'Request' }] });
    cdp.on('Fetch.requestPaused', (event) => {
      exits.push(event.request.url);
      cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'Aborted' }).catch(() => undefined);
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      // Errors, and the library's own warnings (they start with "kyr:").
      if (message.type() === 'error' || (message.type() === 'warn' && message.text().startsWith('kyr:'))) errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (!fromStart) await throttle();
    const result = await act(page, exits);
    const origin = new URL(url).origin;
    return { ...result, exits, errors: errors.map((text) => text.split(origin).join('')) };
  } finally {
    await context.close();
  }
}

async function repeat(runs, label, once, log) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    results.push(await once(run));
    log?.(`${label} ${run + 1}/${runs}`);
  }
  return results;
}

/**
 * (a) first full render of the kit from navigation start, and (b) re-render on
 * a change of place; beside each kit run, in the same conditions, the floor: the
 * same page with no element, timed until kyr-widgets.js has arrived and run.
 */
export async function kitRender(browser, origin, { runs, jurisdiction = 'ke', next = 'ug', log }) {
  const results = [];
  const floors = [];
  for (let run = 0; run < runs; run++) {
    // Alternating, so a slower moment of the machine hits both alike.
    const kit = () =>
      withPage(browser, `${origin}/bench/pages/kit.html`, async (page) => {
        const first = await page.evaluate(() => window.__bench.firstRender);
        const again = await page.evaluate((id) => window.__bench.rerender(id), next);
        return { first, again };
      }).then((result) => results.push(result));
    const floor = () => withPage(browser, `${origin}/bench/pages/floor.html`, (page) => page.evaluate(() => window.__bench.ready)).then((result) => floors.push(result));
    for (const step of run % 2 ? [floor, kit] : [kit, floor]) await step();
    log?.(`kit and floor ${run + 1}/${runs}`);
  }
  return {
    jurisdiction,
    next,
    firstRender: summarise(results.map((result) => result.first.ms)),
    floor: summarise(floors.map((result) => result.ms)),
    longestTask: summarise(results.map((result) => result.first.longestTask)),
    rerender: summarise(results.map((result) => result.again.ms)),
    shown: [results[0].first.title, results[0].again.title],
    // Median arrival of each file of the first render (responseEnd, ms from navigation start).
    arrived: Object.fromEntries(
      Object.keys(results[0].first.arrived)
        .filter((name) => results.every((result) => typeof result.first.arrived[name] === 'number'))
        .map((name) => [name, summarise(results.map((result) => result.first.arrived[name])).median])
        .sort((a, b) => a[1] - b[1]),
    ),
    errors: [...new Set([...results, ...floors].flatMap((result) => result.errors))],
  };
}

/** (c) the help directory given `count` contacts through its `data` property. */
export async function helpDirectory(browser, origin, { runs, dataUrl, count, log }) {
  const results = await repeat(runs, 'help', () =>
    withPage(browser, `${origin}/bench/pages/help.html`, (page) => page.evaluate((url) => window.__bench.render(url), dataUrl), { fromStart: false }), log);
  const shown = Math.min(...results.map((result) => result.contacts));
  if (shown < count) throw new Error(`bench: the help directory showed ${shown} of ${count} contacts`);
  return { contacts: count, render: summarise(results.map((result) => result.ms)), errors: [...new Set(results.flatMap((r) => r.errors))] };
}

/**
 * (d) quick exit, trigger to hidden, on identical pages: ours and GOV.UK's
 * runs alternate, so a slower moment of the machine hits both alike.
 */
export async function quickExit(browser, origin, { runs, triggers = ['click', 'shift'], log }) {
  const pages = { kyr: 'exit-kyr.html', govuk: 'exit-govuk.html' };
  const raw = { kyr: {}, govuk: {} };
  for (const trigger of triggers) {
    for (const who of Object.keys(pages)) raw[who][trigger] = [];
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? ['govuk', 'kyr'] : ['kyr', 'govuk'];
      for (const who of order) {
        const result = await withPage(
          browser,
          `${origin}/bench/pages/${pages[who]}`,
          async (page, exits) => {
            const ready = await page.evaluate(() => window.__bench.ready());
            if (ready !== who) throw new Error(`bench: ${pages[who]} started ${ready}`);
            const outcome = await page.evaluate((kind) => window.__bench.trigger(kind), trigger);
            // Wait (a little) for the navigation to be requested, to confirm the exit tried to leave.
            for (let waited = 0; !exits.length && waited < 2000; waited += 25) await new Promise((resolve) => setTimeout(resolve, 25));
            return outcome;
          },
          { fromStart: false },
        );
        raw[who][trigger].push(result);
      }
      log?.(`quick exit (${trigger}) ${run + 1}/${runs}`);
    }
  }
  const report = {};
  for (const who of Object.keys(raw)) {
    report[who] = {};
    for (const [trigger, results] of Object.entries(raw[who])) {
      report[who][trigger] = {
        hidden: summarise(results.map((result) => result.ms)),
        hiddenInTriggerTask: results.every((result) => result.sameTask),
        hiddenInTriggerTaskRuns: results.filter((result) => result.sameTask).length,
        leftForDestination: results.filter((result) => result.exits.length > 0).length,
        errors: [...new Set(results.flatMap((result) => result.errors))],
      };
    }
  }
  return report;
}

/**
 * Scale: a picker over a catalog of `count` places; its first render, then
 * opening its list. When the picker refuses the catalog (its error state),
 * that is reported with the time it took to say so.
 */
export async function pickerAtScale(browser, origin, { runs, dataSrc, firstId, log }) {
  const results = await repeat(runs, `picker ${dataSrc}`, () =>
    withPage(browser, `${origin}/bench/pages/picker.html`, async (page) => {
      const render = await page.evaluate((src, id) => window.__bench.render(src, id), dataSrc, firstId);
      const open = render.error ? undefined : await page.evaluate(() => window.__bench.openList());
      return { render, open };
    }, { fromStart: false }), log);
  const errors = [...new Set(results.flatMap((result) => result.errors))];
  const refused = results.filter((result) => result.render.error);
  if (refused.length) {
    return {
      render: summarise(results.map((result) => result.render.ms)),
      refused: { runs: refused.length, message: refused[0].render.error, console: errors.find((text) => text.startsWith('kyr:')) },
      errors,
    };
  }
  return {
    render: summarise(results.map((result) => result.render.ms)),
    openList: summarise(results.map((result) => result.open.ms)),
    optionsShown: results[0].open.options,
    errors,
  };
}
