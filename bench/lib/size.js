/**
 * Sizes: minified, gzip and brotli, all measured with node:zlib in one run.
 * Every bundle made here goes through the same plugins as rollup.config.js
 * (template minifier, node-resolve with the same conditions, terser with the
 * same options), so a per-element entry, Lit's floor and GOV.UK's Exit this
 * page are comparable with dist/kyr-widgets.js.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/** gzip -9 and brotli at its highest quality: what a host that precompresses static files sends. */
export function sizesOf(bytes) {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

export async function sizeOfFile(path) {
  return sizesOf(await readFile(path));
}

/** lit, lit-html, lit-element and @lit/reactive-element, with their subpaths. */
export const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'INVALID_ANNOTATION') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

/** A virtual module, for entries that exist only here (Lit's floor, GOV.UK's page init). */
function virtual(modules) {
  return {
    name: 'bench-virtual',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => (id in modules ? modules[id] : null),
  };
}

/**
 * Rollup's module cache, one per way of treating lit: the elements share most
 * of their modules, so each is parsed and transformed once per run.
 */
const caches = {};

/**
 * Minify only what is measured: a chunk that is loaded only on demand (an
 * interface language) is left as it is. That saves much of the run's time;
 * the entry changes only in the hashes of those chunks' names it mentions.
 */
function entryOnly(plugin) {
  return {
    ...plugin,
    renderChunk(code, chunk, outputOptions, meta) {
      if (chunk.isDynamicEntry && !chunk.isEntry) return null;
      return plugin.renderChunk.call(this, code, chunk, outputOptions, meta);
    },
  };
}

/**
 * Bundle and minify `input` the way rollup.config.js does. Returns the code a
 * page loads before the entry runs (the entry chunk and the chunks it imports
 * statically; chunks loaded on demand, the interface languages, are left out)
 * and its sizes. `litExternal` leaves lit out, to see the entry's own code.
 */
export async function bundle(input, { litExternal = false, modules = {}, root = process.cwd() } = {}) {
  const cacheKey = litExternal ? 'external' : 'inside';
  const build = await rollup({
    input,
    onwarn,
    cache: caches[cacheKey],
    preserveEntrySignatures: 'allow-extension',
    external: litExternal ? isLit : undefined,
    plugins: [
      virtual(modules),
      literalsHtmlCssMinifier({ include: [join(root, 'dist/lib/**/*.js')] }),
      nodeResolve({ exportConditions: ['browser', 'production', 'import', 'default'], rootDir: root }),
      entryOnly(terser({ format: { comments: false }, ecma: 2021, module: true })),
    ],
  });
  caches[cacheKey] = build.cache;
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const loaded = new Set();
  const visit = (chunk) => {
    if (!chunk || loaded.has(chunk.fileName)) return;
    loaded.add(chunk.fileName);
    for (const name of chunk.imports) visit(chunks.get(name));
  };
  visit(entry);
  const code = [...loaded].map((name) => chunks.get(name).code).join('\n');
  // Where the bytes come from, before minification: by package, or by folder of dist/lib.
  const origins = {};
  for (const name of loaded) {
    for (const [id, info] of Object.entries(chunks.get(name).modules)) {
      const key = originOf(id, root);
      origins[key] = (origins[key] ?? 0) + info.renderedLength;
    }
  }
  return { code, ...sizesOf(code), onDemandChunks: chunks.size - loaded.size, origins };
}

/** `@lit/localize`, `lit-html`, or `dist/lib/i18n` for a module's id. */
function originOf(id, root) {
  const path = id.split('\\').join('/');
  const packaged = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (packaged) return packaged[1];
  const lib = /\/dist\/lib\/(.+)\/[^/]+$/.exec(path);
  if (lib) return `dist/lib/${lib[1]}`;
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

const LIT_FLOOR = "export { LitElement, html, css } from 'lit';";

/** The smallest useful Lit: `LitElement`, `html` and `css`, minified. */
export function litFloor(root) {
  return bundle('bench:lit-floor', { modules: { 'bench:lit-floor': LIT_FLOOR }, root });
}

export const GOVUK_EXIT_MODULE = 'node_modules/govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs';

/** GOV.UK Frontend's Exit this page: the component's own module and what it imports. */
export function govukExitThisPage(root) {
  return bundle(join(root, GOVUK_EXIT_MODULE), { root });
}

/** The same module plus the one line a page needs to start it: what the comparison page loads. */
export async function writeGovukPageScript(root, outFile) {
  const entry = `import { ExitThisPage } from ${JSON.stringify(join(root, GOVUK_EXIT_MODULE))};
new ExitThisPage(document.querySelector('[data-module="govuk-exit-this-page"]'));`;
  const built = await bundle('bench:govuk-page', { modules: { 'bench:govuk-page': entry }, root });
  await writeFile(outFile, built.code);
  return built;
}

/** A string or template literal holding at least one CSS rule (`selector{property:value}`). */
const cssRule = /[\w\])*:-]\s*\{[^{}]*[\w-]+\s*:[^{}]*\}/;

/**
 * A script that carries its CSS inside, split into the two so each can be set
 * beside a peer that ships them as two files: `script` is the code with every
 * CSS literal emptied, `css` the literals' text. Throws when none is found, so
 * a change in how the styles are written cannot silently count them as script.
 */
export function splitScriptAndCss(code) {
  const literals = [];
  (function visit(node) {
    if (!node || typeof node.type !== 'string') return;
    const isString = node.type === 'Literal' && typeof node.value === 'string';
    if ((isString || node.type === 'TemplateLiteral') && cssRule.test(code.slice(node.start, node.end))) {
      literals.push(node);
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  })(parseAst(code));
  if (!literals.length) throw new Error('bench: no CSS found in the script');
  let script = code;
  for (const node of [...literals].sort((a, b) => b.start - a.start)) script = script.slice(0, node.start) + '""' + script.slice(node.end);
  const css = literals.map((node) => code.slice(node.start + 1, node.end - 1)).join('\n');
  return { script: sizesOf(script), css: sizesOf(css), literals: literals.length };
}

/**
 * The CSS GOV.UK's Exit this page needs, cut from govuk-frontend.min.css: the
 * rules (and @media blocks) that mention exit-this-page, whose hiding depends
 * on them (`.govuk-exit-this-page-hide-content *{display:none!important}`),
 * and those of the other classes its markup and script use: the button it is
 * built from (`govuk-button govuk-button--warning`) and `govuk-visually-hidden`
 * (its "Emergency" prefix and its announcements). Our quick exit carries the
 * same things (its link's look, its hidden announcer) inside its script.
 */
const GOVUK_EXIT_CLASSES = /exit-this-page|\.govuk-button(--warning)?(?![\w-])|\.govuk-visually-hidden(?![\w-])/;
const GOVUK_OTHER_CONTEXT = /govuk-button-group/;

export async function writeGovukExitCss(root, outFile) {
  const css = await readFile(join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8');
  const kept = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        const rule = css.slice(start, i + 1);
        if (GOVUK_EXIT_CLASSES.test(rule) && !GOVUK_OTHER_CONTEXT.test(rule)) kept.push(rule.trim());
        start = i + 1;
      }
    } else if (css[i] === ';' && depth === 0) {
      start = i + 1; // @charset and the like
    }
  }
  if (!kept.some((rule) => rule.includes('hide-content'))) throw new Error('bench: GOV.UK hide-content rule not found');
  const text = kept.join('\n') + '\n';
  await writeFile(outFile, text);
  return sizesOf(text);
}

async function* walk(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every published record file (jurisdiction × version × locale) and the catalog. */
export async function dataSizes(dataDir) {
  // What a reader gets unless a page pins a version: the files the catalog names.
  // Older versions stay published unchanged forever, so they are listed but not budgeted.
  const catalog = JSON.parse(await readFile(join(dataDir, 'catalog.json'), 'utf8'));
  const current = new Set(catalog.jurisdictions.flatMap((entry) => Object.values(entry.files).map((file) => file.path)));
  const files = [];
  const older = [];
  for await (const path of walk(dataDir)) {
    const name = relative(dataDir, path).split('\\').join('/');
    // Only <id>/<version>/<locale>.json: latest/ holds copies of them, the rest are indexes.
    if (!/^[^/]+\/\d+\.\d+\.\d+\/[^/]+\.json$/.test(name)) continue;
    (current.has(name) ? files : older).push({ file: name, ...(await sizeOfFile(path)) });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  older.sort((a, b) => a.file.localeCompare(b.file));
  return { files, older, catalog: { file: 'catalog.json', ...(await sizeOfFile(join(dataDir, 'catalog.json'))) } };
}
