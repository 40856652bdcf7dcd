#!/usr/bin/env node
/**
 * kyr-widgets benchmark (issue 10): sizes, speed on a slow phone, scale, a
 * side-by-side with GOV.UK Frontend's Exit this page and Lit's floor, a
 * Lighthouse run, and the budgets. It measures what `npm run build` made; run
 * it through `npm run bench`, which builds first.
 *
 *   node bench/run.js [--runs 15] [--write-readme] [--no-lighthouse]
 *   node bench/run.js --from-results [--write-readme]   (the last run's table again, nothing measured)
 *
 * Prints one table, writes the same figures to bench/results.json, and exits
 * with 1 when a budget in bench/budgets.json is exceeded (2 when the run
 * itself failed). `--write-readme` also puts the table in README.md, between
 * the `<!-- bench:start -->` and `<!-- bench:end -->` markers.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../scripts/browsers.js';
import { startStaticServer } from '../scripts/static-server.js';
import { bundle, dataSizes, govukExitThisPage, litFloor, sizeOfFile, sizesOf, splitScriptAndCss, writeGovukExitCss, writeGovukPageScript } from './lib/size.js';
import { writeSyntheticCatalog, writeSyntheticContacts } from './lib/synthetic.js';
import { CONDITIONS, helpDirectory, kitRender, launch, pickerAtScale, quickExit } from './lib/speed.js';
import { runLighthouse } from './lib/lighthouse.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const MIN_RUNS = 15;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', MIN_RUNS));
const writeReadme = args.includes('--write-readme');
const withLighthouse = !args.includes('--no-lighthouse');
const SCALES = [20, 200, 2000];
const CONTACTS = 500;

const started = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

// ---------------------------------------------------------------- formatting

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** Exact bytes, where a tenth of a kB would hide the difference. */
const B = (bytes) => `${bytes.toLocaleString('en')} B`;
const ms = (value) => (value >= 100 ? `${Math.round(value).toLocaleString('en')} ms` : `${value.toFixed(1)} ms`);
const spread = (s) => `min–max ${ms(s.min)}–${ms(s.max)}, p10–p90 ${ms(s.p10)}–${ms(s.p90)}, ${s.runs} runs`;
const sizeText = (s) => `${kB(s.gzip)} gz · ${kB(s.brotli)} br`;

/** One plain-text table with aligned columns. Rows are arrays of cells; `null` draws a rule. */
function table(header, rows) {
  const all = [header, ...rows.filter(Boolean)];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...String(row[column] ?? '')].length)));
  const line = (row) =>
    row
      .map((cell, column) => String(cell ?? '') + ' '.repeat(widths[column] - [...String(cell ?? '')].length))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map((row) => (row === null ? rule : line(row)))].join('\n');
}

// ---------------------------------------------------------------- checks

async function requireBuild() {
  const needed = ['dist/kyr-widgets.js', 'dist/kyr-quick-exit.js', 'dist/lib/define', 'dist/data/catalog.json'];
  const missing = needed.filter((path) => !existsSync(join(root, path)));
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run \`npm run build\` first (or \`npm run bench\`)`);
}

/** The two quick-exit pages must differ only in the exit itself and its files. */
async function checkIdenticalExitPages() {
  const main = async (file) => {
    const text = await readFile(join(here, 'pages', file), 'utf8');
    return /<main id="content">[\s\S]*<\/main>/.exec(text)?.[0];
  };
  const [ours, theirs] = await Promise.all([main('exit-kyr.html'), main('exit-govuk.html')]);
  if (!ours || ours !== theirs) throw new Error('bench/pages/exit-kyr.html and exit-govuk.html must have the same <main id="content">');
}

// ---------------------------------------------------------------- the run

async function measureSizes(buildDir) {
  log('sizes: whole bundles, Lit floor, GOV.UK');
  const standalone = await readFile(join(root, 'dist/kyr-quick-exit.js'), 'utf8');
  const sizes = {
    bundle: { file: 'dist/kyr-widgets.js', ...(await sizeOfFile(join(root, 'dist/kyr-widgets.js'))) },
    quickExitStandalone: {
      file: 'dist/kyr-quick-exit.js',
      // Lit's own marker string: if it is absent, the whole file is the quick exit's own code.
      holdsLit: standalone.includes('lit-html'),
      ...(await sizeOfFile(join(root, 'dist/kyr-quick-exit.js'))),
    },
  };
  // The parts the one-file script fetches when first shown (src/define/on-demand.ts).
  sizes.parts = {};
  for (const name of (await readdir(join(root, 'dist/parts'))).filter((n) => n.endsWith('.js')).sort()) {
    sizes.parts[name.replace(/^kyr-|-[^-]+\.js$/g, '')] = { file: `dist/parts/${name}`, ...(await sizeOfFile(join(root, 'dist/parts', name))) };
  }
  const floor = await litFloor(root);
  sizes.litFloor = { what: "LitElement, html, css from lit, minified", raw: floor.raw, gzip: floor.gzip, brotli: floor.brotli };
  const govuk = await govukExitThisPage(root);
  sizes.govukExitThisPage = {
    what: 'govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs and its imports, minified',
    version: JSON.parse(await readFile(join(root, 'node_modules/govuk-frontend/package.json'), 'utf8')).version,
    raw: govuk.raw,
    gzip: govuk.gzip,
    brotli: govuk.brotli,
  };
  sizes.govukExitCss = await writeGovukExitCss(root, join(buildDir, 'govuk-exit-this-page.css'));
  // Like for like: GOV.UK ships a script and a stylesheet; ours carries its CSS inside the script.
  const { script, css } = splitScriptAndCss(standalone);
  sizes.quickExitVsGovuk = {
    ours: { script: script.gzip, css: css.gzip, together: sizes.quickExitStandalone.gzip },
    govuk: { script: govuk.gzip, css: sizes.govukExitCss.gzip, together: govuk.gzip + sizes.govukExitCss.gzip },
  };
  await writeGovukPageScript(root, join(buildDir, 'govuk-exit-this-page.js'));

  const defines = (await readdir(join(root, 'dist/lib/define')))
    .filter((name) => name.endsWith('.js') && !['define.js', 'on-demand.js'].includes(name))
    .map((name) => name.replace(/\.js$/, ''))
    .sort();
  sizes.elements = {};
  for (const element of defines) {
    log(`sizes: <kyr-${element}> with and without lit`);
    const input = join(root, 'dist/lib/define', `${element}.js`);
    const withLit = await bundle(input, { root });
    const own = await bundle(input, { root, litExternal: true });
    sizes.elements[element] = {
      entry: `dist/lib/define/${element}.js`,
      withLit: { raw: withLit.raw, gzip: withLit.gzip, brotli: withLit.brotli },
      litExternal: { raw: own.raw, gzip: own.gzip, brotli: own.brotli },
      litShare: { raw: withLit.raw - own.raw, gzip: withLit.gzip - own.gzip, brotli: withLit.brotli - own.brotli },
      /** The own code's sources before minification, in bytes: where to look to make it smaller. */
      ownCodeBySource: Object.fromEntries(Object.entries(own.origins).sort((a, b) => b[1] - a[1])),
    };
  }

  log('sizes: data files');
  const data = await dataSizes(join(root, 'dist/data'));
  const gz = data.files.map((file) => file.gzip).sort((a, b) => a - b);
  const largest = data.files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  sizes.data = {
    count: data.files.length,
    medianGzip: gz.length % 2 ? gz[(gz.length - 1) / 2] : Math.round((gz[gz.length / 2 - 1] + gz[gz.length / 2]) / 2),
    maxGzip: largest.gzip,
    largest: largest.file,
    largestBrotli: largest.brotli,
    files: data.files,
    olderCount: data.older.length,
    olderLargest: data.older.reduce((a, b) => (b.gzip > a.gzip ? b : a), data.older[0]),
  };
  sizes.catalog = data.catalog;
  return sizes;
}

async function measureSpeed(origin, scaleInfo) {
  const chromePath = findBrowser('chromium');
  if (!chromePath) throw new Error('no Chromium found (set CHROME_BIN)');
  const browser = await launch(chromePath);
  try {
    const speed = { browser: await browser.version(), chromePath };
    log('speed: the kit, first render and change of place');
    speed.kit = await kitRender(browser, origin, { runs, log });
    log(`speed: help directory with ${CONTACTS} contacts`);
    speed.helpDirectory = await helpDirectory(browser, origin, { runs, dataUrl: `/synthetic/help-${CONTACTS}.json`, count: CONTACTS, log });
    log('speed: quick exit, ours and GOV.UK, alternating');
    speed.quickExit = await quickExit(browser, origin, { runs, log });
    speed.scale = {};
    for (const info of scaleInfo) {
      log(`scale: picker over ${info.count} places`);
      speed.scale[info.count] = {
        catalog: info.size,
        places: info.places,
        ...(await pickerAtScale(browser, origin, { runs, dataSrc: `/synthetic/catalog-${info.count}/`, firstId: info.firstId, log })),
      };
    }
    return speed;
  } finally {
    await browser.close();
  }
}

function checkBudgets(budgets, results) {
  const { sizes, speed, lighthouse } = results;
  const ours = speed?.quickExit?.kyr;
  const theirs = speed?.quickExit?.govuk;
  const ratio = (a, b) => (a === undefined || b === undefined ? undefined : Math.round((a / b) * 100) / 100);
  const times = (value) => `${value.toFixed(2)}×`;
  const yesNo = (value) => (value ? 'yes' : 'no');
  const lighthousePages = lighthouse?.ran ? Object.values(lighthouse.pages) : undefined;
  const checks = [
    ['bundleGzipBytes', sizes.bundle.gzip, kB],
    ['quickExitNoLargerThanGovuk', noLargerThanGovuk(sizes), yesNo],
    ['dataFileGzipBytes', sizes.data.maxGzip, kB],
    ['kitFirstRenderMs', speed?.kit.firstRender.median, ms],
    ['kitFirstRenderVsFloor', ratio(speed?.kit.firstRender.median, speed?.kit.floor?.median), times],
    ['kitLongestTaskMs', speed?.kit.longestTask?.median, ms],
    ['quickExitClickVsGovuk', ratio(ours?.click?.hidden.median, theirs?.click?.hidden.median), times],
    ['quickExitShiftVsGovuk', ratio(ours?.shift?.hidden.median, theirs?.shift?.hidden.median), times],
    ['quickExitHiddenInTriggerTask', ours ? Object.values(ours).every((trigger) => trigger.hiddenInTriggerTask) : undefined, yesNo],
    ['pickerReadyAtScale', ratio(speed?.scale?.[2000]?.render.median, speed?.scale?.[20]?.render.median), times],
    ['lighthousePerformance', lighthousePages && Math.min(...lighthousePages.map((page) => page.performance)), String],
    ['lighthouseLayoutShift', lighthousePages && Math.max(...lighthousePages.map((page) => page.cumulativeLayoutShiftMax ?? page.cumulativeLayoutShift)), String],
  ];
  const unchecked = Object.keys(budgets).filter((id) => !id.startsWith('$') && !checks.some(([checked]) => checked === id));
  if (unchecked.length) throw new Error(`bench/budgets.json has budgets bench/run.js does not check: ${unchecked.join(', ')}`);
  return checks.map(([id, value, format]) => {
    const budget = budgets[id];
    let status = 'SKIP';
    const limit = 'max' in budget ? `≤ ${format(budget.max)}` : 'min' in budget ? `≥ ${format(budget.min)}` : `= ${format(budget.equals)}`;
    if (value !== undefined && !Number.isNaN(value)) {
      const within = 'max' in budget ? value <= budget.max : 'min' in budget ? value >= budget.min : value === budget.equals;
      status = within ? 'PASS' : 'FAIL';
    }
    return { id, label: budget.label, what: budget.what, limit, value, shown: value === undefined ? 'not measured' : format(value), status };
  });
}

/**
 * Issue 6's target: no more JavaScript than GOV.UK's Exit this page needs.
 * Ours holds its CSS and GOV.UK's does not, so both must hold: our script
 * without its CSS is no larger than GOV.UK's script, and our one file is no
 * larger than GOV.UK's script and stylesheet together.
 */
function noLargerThanGovuk(sizes) {
  const { ours, govuk } = sizes.quickExitVsGovuk ?? {};
  return ours ? ours.script <= govuk.script && ours.together <= govuk.together : undefined;
}

/**
 * The quick exit's own code: the standalone file itself when it holds no lit
 * (what a page loads for it), else its entry bundled with lit left out.
 */
function quickExitOwn(sizes) {
  return sizes.quickExitStandalone.holdsLit ? sizes.elements['quick-exit']?.litExternal : sizes.quickExitStandalone;
}

function rowsFor(results) {
  const { sizes, speed, lighthouse, budgets } = results;
  const rows = [];
  const floor = sizes.litFloor;
  const gov = sizes.govukExitThisPage;
  rows.push(['size', 'dist/kyr-widgets.js (kit first view, lit inside)', sizeText(sizes.bundle), `${kB(sizes.bundle.raw)} minified`]);
  for (const s of Object.values(sizes.parts ?? {})) {
    rows.push(['size', `  + ${s.file.replace(/-[^-]+\.js$/, '-….js')} (when first shown)`, sizeText(s), `${kB(s.raw)} minified`]);
  }
  const everything = [sizes.bundle, ...Object.values(sizes.parts ?? {})].reduce((sum, s) => sum + s.gzip, 0);
  rows.push(['size', 'every element: the script and all its parts', `${kB(everything)} gz`, 'sum of the files above']);
  for (const [element, s] of Object.entries(sizes.elements)) {
    // An entry that imports no lit bundles to the same bytes either way.
    const usesLit = s.litShare.raw > 0;
    rows.push([
      'size',
      `<kyr-${element}> entry`,
      usesLit ? `${kB(s.withLit.gzip)} gz with lit` : `${kB(s.withLit.gzip)} gz, no lit`,
      usesLit
        ? `own code ${kB(s.litExternal.gzip)} gz + lit ${kB(s.litShare.gzip)} gz (br ${kB(s.withLit.brotli)} = ${kB(s.litExternal.brotli)} + ${kB(s.litShare.brotli)})`
        : `all own code (br ${kB(s.withLit.brotli)}); with the full @lit/localize, as an npm import gets it`,
    ]);
  }
  const exitOwn = quickExitOwn(sizes);
  const exitLit = sizes.quickExitStandalone.holdsLit ? 'lit inside' : 'no lit';
  rows.push(['size', `dist/kyr-quick-exit.js (standalone, ${exitLit})`, sizeText(sizes.quickExitStandalone), `${kB(sizes.quickExitStandalone.raw)} minified`]);
  if (sizes.elements['quick-exit']) {
    const sources = Object.entries(sizes.elements['quick-exit'].ownCodeBySource)
      .slice(0, 4)
      .map(([source, bytes]) => `${source.replace(/^dist\/lib\//, '')} ${kB(bytes)}`)
      .join(', ');
    rows.push(['size', '<kyr-quick-exit> own code by source', 'before minifying', sources]);
  }
  rows.push(['peer', "Lit's floor (LitElement, html, css)", sizeText(floor), `${kB(floor.raw)} minified`]);
  rows.push([
    'peer',
    `GOV.UK Frontend ${gov.version} Exit this page JS`,
    sizeText(gov),
    sizes.quickExitStandalone.holdsLit
      ? `${kB(gov.raw)} minified, no lit; ours: ${exitOwn ? kB(exitOwn.gzip) : '?'} gz own + lit = ${kB(sizes.quickExitStandalone.gzip)} gz`
      : `${kB(gov.raw)} minified, no lit, plus its CSS ${kB(sizes.govukExitCss.gzip)} gz; ours: ${kB(sizes.quickExitStandalone.gzip)} gz, no lit, its CSS inside`,
  ]);
  if (sizes.quickExitVsGovuk) {
    const { ours, govuk } = sizes.quickExitVsGovuk;
    rows.push([
      'peer',
      'quick exit vs GOV.UK, like for like (gz)',
      `${B(ours.together)} vs ${B(govuk.together)}`,
      `script ${B(ours.script)} vs ${B(govuk.script)}, CSS ${B(ours.css)} vs ${B(govuk.css)} (ours: the CSS inside its script, measured apart)`,
    ]);
  }
  rows.push([
    'size',
    `data: ${sizes.data.count} jurisdiction × locale files of the newest versions`,
    `median ${kB(sizes.data.medianGzip)} gz`,
    `max ${kB(sizes.data.maxGzip)} gz (${kB(sizes.data.largestBrotli)} br): ${sizes.data.largest}`,
  ]);
  if (sizes.data.olderLargest) {
    rows.push([
      'size',
      `data: ${sizes.data.olderCount} files of earlier versions (only pinned pages load them; not budgeted, never changed)`,
      '',
      `max ${kB(sizes.data.olderLargest.gzip)} gz: ${sizes.data.olderLargest.file}`,
    ]);
  }
  rows.push(['size', 'data: catalog.json', sizeText(sizes.catalog), `${kB(sizes.catalog.raw)} as published`]);
  rows.push(null);
  if (speed) {
    const k = speed.kit;
    rows.push(['speed', `kit first full render (${k.jurisdiction}), from navigation start`, `median ${ms(k.firstRender.median)}`, spread(k.firstRender)]);
    if (k.floor) rows.push(['speed', 'floor: the same page with only kyr-widgets.js, no element', `median ${ms(k.floor.median)}`, spread(k.floor)]);
    if (k.longestTask) rows.push(['speed', "longest task before the kit's first render", `median ${ms(k.longestTask.median)}`, spread(k.longestTask)]);
    const arrivals = Object.entries(k.arrived)
      .filter(([name]) => name === 'page' || name.startsWith('/dist/'))
      .map(([name, at]) => `${name.replace(/^\/dist\//, '')} ${ms(at)}`)
      .join(' → ');
    rows.push(['speed', 'kit first render: when each file arrived', 'median', arrivals]);
    rows.push(['speed', `kit re-render, jurisdiction ${k.jurisdiction} → ${k.next} (fetch included)`, `median ${ms(k.rerender.median)}`, spread(k.rerender)]);
    const h = speed.helpDirectory;
    rows.push(['speed', `help directory, ${h.contacts} contacts via .data`, `median ${ms(h.render.median)}`, spread(h.render)]);
    for (const trigger of Object.keys(speed.quickExit.kyr)) {
      for (const [who, name] of [['kyr', 'kyr-quick-exit'], ['govuk', 'GOV.UK Exit this page']]) {
        const q = speed.quickExit[who][trigger];
        const how = trigger === 'click' ? 'click' : 'Shift ×3';
        rows.push([
          who === 'kyr' ? 'speed' : 'peer',
          `${name}: ${how} → page hidden`,
          `median ${ms(q.hidden.median)}`,
          `in trigger's task: ${q.hiddenInTriggerTask ? 'yes' : 'no'} (${q.hiddenInTriggerTaskRuns}/${q.hidden.runs}); ${spread(q.hidden)}`,
        ]);
      }
    }
    rows.push(null);
    for (const [count, s] of Object.entries(speed.scale)) {
      const names = s.places ? `, places.json ${kB(s.places.gzip)} gz` : '';
      const what = `${Number(count).toLocaleString('en')} places: catalog ${kB(s.catalog.gzip)} gz (${kB(s.catalog.raw)})${names}`;
      if (s.refused) {
        rows.push(['scale', what, 'picker REFUSES the catalog', `error state after median ${ms(s.render.median)} (${s.refused.runs}/${s.render.runs} runs): ${s.refused.console ?? s.refused.message}`]);
        continue;
      }
      rows.push([
        'scale',
        what,
        `picker ready ${ms(s.render.median)}`,
        `min–max ${ms(s.render.min)}–${ms(s.render.max)}; opening the list (${s.optionsShown.toLocaleString('en')} shown): median ${ms(s.openList.median)}, min–max ${ms(s.openList.min)}–${ms(s.openList.max)}`,
      ]);
    }
    rows.push(null);
  }
  if (lighthouse) {
    if (lighthouse.ran) {
      const t = lighthouse.settings;
      for (const page of Object.values(lighthouse.pages ?? {})) {
        rows.push([
          'lighthouse',
          `${page.url}, lighthouse ${lighthouse.version}`,
          `perf ${page.performance} · a11y ${page.accessibility} · best practices ${page.bestPractices}`,
          `median run of ${page.runs} (perf each run ${page.performanceEachRun.join(', ')}; CLS at most ${page.cumulativeLayoutShiftMax}): CLS ${page.cumulativeLayoutShift}, TBT ${ms(page.totalBlockingTimeMs)}, LCP ${ms(page.largestContentfulPaintMs)}; ${t.formFactor}, ${t.throttlingMethod} ${t.cpuSlowdownMultiplier}× CPU, ${t.rttMs} ms RTT, ${Math.round(t.throughputKbps)} kbit/s`,
        ]);
      }
    } else {
      rows.push(['lighthouse', 'demo pages', lighthouse.reason, lighthouse.version ? `lighthouse ${lighthouse.version}` : '']);
    }
    rows.push(null);
  }
  for (const budget of budgets) rows.push(['budget', budget.label, `${budget.status} ${budget.shown}`, `budget ${budget.limit}`]);
  return rows;
}

function heading(results) {
  const { environment: env } = results;
  const n = env.network;
  return [
    `kyr-widgets bench, ${env.date}: ${env.browser ?? 'no browser run'}, node ${env.node}, ${env.cpus} CPU, ${env.runs} runs each`,
    'Sizes: terser-minified, gzip level 9 (gz), brotli quality 11 (br); 1 kB = 1,000 bytes; lit = lit, lit-html, lit-element, @lit/reactive-element.',
    `Speed: headless Chromium, ${env.cpuSlowdown}× CPU throttling, ${n.name} (${n.latency} ms, ${(n.downloadThroughput * 8) / 1000} kbit/s down and up), cache disabled, files served gzipped; median and spread.`,
    'The kit is throttled from navigation start; for the others the page loads first and the conditions are on before the timed part starts.',
    'Kit render: until the rights card shows its title and rights and the picker its field (checked each frame). Floor: the same page with',
    'no element, until kyr-widgets.js has arrived and run; its runs alternate with the kit\'s. Quick exit: from dispatching',
    "the click (or the 3rd Shift keyup) to <main> no longer rendered, checked in the trigger's task; the navigation is failed by DevTools.",
    "GOV.UK's CSS: the rules of govuk-frontend.min.css for exit-this-page and for the classes its markup and script use (govuk-button,",
    'govuk-button--warning, govuk-visually-hidden); ours carries the same (its link, its hidden announcer) inside its script.',
  ].join('\n');
}

async function updateReadme(text) {
  const path = join(root, 'README.md');
  const readme = await readFile(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  const section = `${start}
The figures below are the latest run of \`npm run bench\` (it builds, then runs \`node bench/run.js\`;
\`--write-readme\` puts its table here). Reproduce with:

\`\`\`sh
npm ci
npm run bench                          # prints the table, writes bench/results.json, exits 1 if a budget is exceeded
node bench/run.js --write-readme       # the same on an existing build, and updates this section
node bench/run.js --from-results       # the last run's table again (add --write-readme to put it here)
\`\`\`

It needs the system Chromium (\`CHROME_BIN\`, else \`/usr/bin/chromium\`). Budgets live in
\`bench/budgets.json\`; the benchmark pages (the two identical quick-exit pages among them) in
\`bench/pages/\`. Timings depend on the machine: compare figures from the same run.

\`\`\`text
${text}
\`\`\`
${end}`;
  await writeFile(path, readme.slice(0, from) + section + readme.slice(to + end.length));
}

async function main() {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number');
  if (runs < MIN_RUNS) log(`warning: ${runs} runs is fewer than the ${MIN_RUNS} the issue asks for`);
  await requireBuild();
  await checkIdenticalExitPages();
  const budgets = JSON.parse(await readFile(join(here, 'budgets.json'), 'utf8'));
  const temp = await mkdtemp(join(tmpdir(), 'kyr-bench-'));
  const buildDir = join(temp, 'build');
  const syntheticDir = join(temp, 'synthetic');
  await mkdir(buildDir, { recursive: true });
  await mkdir(syntheticDir, { recursive: true });
  let server;
  try {
    const sizes = await measureSizes(buildDir);

    log('synthetic data');
    const dataDir = join(root, 'dist/data');
    await writeSyntheticContacts(dataDir, join(syntheticDir, `help-${CONTACTS}.json`), { count: CONTACTS });
    const scaleInfo = [];
    for (const count of SCALES) {
      const written = await writeSyntheticCatalog(dataDir, join(syntheticDir, `catalog-${count}`), count);
      const { text, placesText, ...rest } = written;
      scaleInfo.push({ ...rest, size: sizesOf(text), places: sizesOf(placesText) });
    }

    // The demo's own headers, and gzip as a real host sends it, so the slow-3G figures count the bytes a reader downloads.
    server = await startStaticServer({
      compress: true,
      mounts: {
        '/dist/': join(root, 'dist'),
        '/demo/': join(root, 'demo'),
        '/bench/pages/': join(here, 'pages'),
        '/bench-build/': buildDir,
        '/synthetic/': syntheticDir,
      },
    });
    const speed = await measureSpeed(server.url, scaleInfo);
    await server.close();
    server = undefined;

    let lighthouse;
    if (withLighthouse) {
      log('lighthouse on the two demo pages');
      try {
        lighthouse = await runLighthouse({ root, chromePath: findBrowser('chromium') });
      } catch (error) {
        lighthouse = { ran: false, reason: `failed: ${error.message.split('\n')[0]}` };
      }
    }

    const results = {
      environment: {
        date: new Date().toISOString().slice(0, 10),
        node: process.versions.node,
        cpus: cpus().length,
        browser: speed.browser,
        runs,
        cpuSlowdown: CONDITIONS.cpuSlowdown,
        network: CONDITIONS.network,
        servedCompressed: 'gzip',
        throttled:
          'The kit: from navigation start. Help directory, quick exit, picker: the page loads unthrottled, then the conditions are switched on before the timed part.',
        exitNavigation:
          'The quick exits go to https://exit.bench.invalid/; the DevTools protocol (Fetch domain) fails that request as aborted, so the page stays and reports.',
      },
      sizes,
      speed,
      lighthouse,
    };
    results.budgets = checkBudgets(budgets, results);
    results.runSeconds = Math.round((Date.now() - started) / 1000);

    await writeFile(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await report(results);
  } finally {
    await server?.close();
    await rm(temp, { recursive: true, force: true });
  }
}

/** Print the table, update the README if asked, and set the exit code from the budgets. */
async function report(results) {
  const text = `${heading(results)}\n\n${table(['area', 'what', 'measured', 'detail'], rowsFor(results))}\n\nRun time ${results.runSeconds} s.`;
  process.stdout.write(`${text}\n`);
  if (writeReadme) await updateReadme(text);
  const { speed } = results;
  if (speed) {
    const parts = [speed.kit, speed.helpDirectory, ...Object.values(speed.quickExit).flatMap(Object.values), ...Object.values(speed.scale)];
    const errors = [...new Set(parts.flatMap((part) => part.errors ?? []))];
    if (errors.length) log(`page errors and kyr warnings seen: ${errors.join(' | ')}`);
  }
  const failed = results.budgets.filter((budget) => budget.status === 'FAIL');
  if (failed.length) {
    log(`${failed.length} budget(s) exceeded: ${failed.map((budget) => budget.id).join(', ')}`);
    process.exitCode = 1;
  }
}

/** `--from-results`: no measuring, only the table of the last run (bench/results.json), e.g. for `--write-readme`. */
async function fromResults() {
  const results = JSON.parse(await readFile(join(here, 'results.json'), 'utf8'));
  await report(results);
}

(args.includes('--from-results') ? fromResults() : main()).catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exitCode = 2;
});
