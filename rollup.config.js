/**
 * The one-file build for a plain <script type="module"> embed (every tag
 * defined; lit inside; what a first view does not need in chunks beside it),
 * and the quick exit's own script. Both read the modules that `tsc` wrote to
 * dist/lib, so TypeScript is compiled once.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync, rmSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { quickExitLocalization } from './scripts/rollup-quick-exit.js';

/** In the bundle the data sits beside the script, not two folders up. */
const dataBesideBundle = {
  name: 'data-beside-bundle',
  load(id) {
    if (id.endsWith('/dist/lib/data/data-location.js')) {
      return `export function defaultDataBase() {
        try { return new URL('./data/', import.meta.url).href; } catch { return new URL('data/', document.baseURI).href; }
      }`;
    }
    return null;
  },
};

/** Noise from dependencies and from tsc's decorator helper, not problems in our code. */
function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
}

/**
 * tsc writes its `__decorate` helper into every module that uses decorators
 * (eight of them): the bundle shares one copy instead.
 */
const HELPER = '\0kyr-decorate';
const decorateHelper = /^var __decorate = \(this && this\.__decorate\) \|\| (function \(decorators, target, key, desc\) \{[\s\S]*?\n\});\n/m;
let helperSource;
const oneDecorateHelper = {
  name: 'one-decorate-helper',
  resolveId: (id) => (id === HELPER ? id : null),
  load: (id) => (id === HELPER ? `export var __decorate = ${helperSource};` : null),
  transform(code) {
    const found = decorateHelper.exec(code);
    if (!found) return null;
    helperSource = found[1];
    return { code: `import { __decorate } from '${HELPER}';\n${code.replace(found[0], '')}`, map: null };
  },
};

const plugins = () => [
  dataBesideBundle,
  oneDecorateHelper,
  // Whitespace and comments inside html`` and css`` templates, which terser leaves alone.
  literalsHtmlCssMinifier({ include: ['dist/lib/**/*.js'] }),
  nodeResolve({ exportConditions: ['browser', 'production', 'import', 'default'] }),
  // Two passes: the second folds what the first left (about 0.3% smaller; every byte counts on a slow line).
  terser({ compress: { passes: 2 }, format: { comments: false }, ecma: 2021, module: true }),
];

/** Chunks are content-hashed: clear the old ones so a release ships only the current set. */
const cleanChunks = {
  name: 'clean-chunks',
  buildStart() {
    rmSync('dist/locales', { recursive: true, force: true });
    rmSync('dist/parts', { recursive: true, force: true });
  },
};

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Interface languages in locales/; in parts/ what else loads on demand: elements
 * (define/on-demand.ts) and the data check (data/check.ts). The check is named by
 * the package version, not a hash, so a page can hint it
 * (`<link rel="modulepreload">`, see the README) and it downloads beside the script.
 */
const chunkFileNames = ({ facadeModuleId }) =>
  facadeModuleId?.includes('/generated/locales/')
    ? 'locales/kyr-[name]-[hash].js'
    : facadeModuleId?.endsWith('/data/check.js')
      ? `parts/kyr-check-${version}.js`
      : 'parts/kyr-[name]-[hash].js';

export default [
  {
    // Everything for one script tag. Interface languages load on demand from
    // locales/ beside it, so a reader downloads only the language they use, and
    // what a first view does not need from parts/.
    onwarn,
    input: 'dist/lib/kyr-widgets.js',
    // Locale chunks import lit from the bundle itself instead of a third shared file.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', entryFileNames: 'kyr-widgets.js', chunkFileNames },
    plugins: [cleanChunks, ...plugins()],
  },
  {
    // The quick exit alone, for pages that want only the exit: it needs no data
    // and no lit, and loads only its own few messages in the reader's language.
    onwarn,
    input: 'dist/lib/define/quick-exit.js',
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', entryFileNames: 'kyr-quick-exit.js' },
    plugins: [quickExitLocalization(), ...plugins()],
  },
];
