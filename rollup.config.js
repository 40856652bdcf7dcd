/**
 * The one-file build for a plain <script type="module"> embed: every element
 * defined, lit and the runtime schema inside, minified. It reads the modules
 * that `tsc` wrote to dist/lib, so TypeScript is compiled once.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** In the bundle the data sits beside the script, not two folders up. */
const dataBesideBundle = {
  name: 'data-beside-bundle',
  load(id) {
    if (id.endsWith('/dist/lib/data/data-location.js')) {
      return "export const defaultDataBase = new URL('./data/', import.meta.url).href;";
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

export default {
  onwarn,
  input: 'dist/lib/kyr-widgets.js',
  output: {
    file: 'dist/kyr-widgets.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    dataBesideBundle,
    nodeResolve({ exportConditions: ['browser', 'production', 'import', 'default'] }),
    terser({ format: { comments: false }, ecma: 2021, module: true }),
  ],
};
