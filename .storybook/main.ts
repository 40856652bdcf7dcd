/**
 * Storybook for kyr-widgets: every element, state, jurisdiction and Arabic right to
 * left, with the docs pages for embedders, theming, safety and content maintainers.
 *
 *   npm run storybook         dev server on http://localhost:6006/
 *   npm run build-storybook   static site in storybook-static/ (then scripts/story-smoke.js)
 *
 * It works offline: telemetry, crash reports and the "what's new" and update checks
 * are off, no web font or icon is fetched, and the stories read the real built data
 * (`dist/data/`, from `node bin/kyr-content.js build`) served at `/data/`.
 */
import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Rollup } from 'vite';

// The elements use TypeScript's (legacy) decorators with class fields that Lit's
// reactive accessors must not be shadowed by: take both settings from the project's
// own tsconfig.json, so Storybook compiles src/ exactly as `tsc` does.
const tsconfig = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8')) as {
  compilerOptions: { experimentalDecorators?: boolean; useDefineForClassFields?: boolean; target?: string };
};
const { experimentalDecorators = true, useDefineForClassFields = false, target = 'ES2021' } = tsconfig.compilerOptions;

/**
 * package.json's `sideEffects` names the built define modules in dist/ (right for
 * npm users), so to the bundler the source ones in src/define/ look side-effect
 * free and `import '../src/define/rights-card.js'` would be dropped from the
 * Storybook build, leaving every tag undefined. They do have one: they register tags.
 */
const defineModulesHaveSideEffects = {
  name: 'kyr-define-modules-have-side-effects',
  transform(code: string, id: string) {
    return /[\\/]src[\\/](define[\\/][^\\/]+|kyr-widgets)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The real published data, as an embedder would host it beside the script.
  staticDirs: [
    { from: '../dist/data', to: '/data' },
    { from: '../docs/screenshots', to: '/screenshots' },
  ],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const storybookOnWarn = viteConfig.build?.rollupOptions?.onwarn;
    return mergeConfig(viteConfig, {
      plugins: [defineModulesHaveSideEffects],
      esbuild: {
        tsconfigRaw: { compilerOptions: { experimentalDecorators, useDefineForClassFields, target: target.toLowerCase() } },
      },
      build: {
        // The preview bundle is large because it is a development tool, not the embed.
        chunkSizeWarningLimit: 4096,
        rollupOptions: {
          // Noise from dependencies' comments, as in rollup.config.js; everything else is shown.
          onwarn(warning: Rollup.RollupLog, warn: Rollup.LoggingFunction) {
            if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
            if (storybookOnWarn) storybookOnWarn(warning, warn);
            else warn(warning);
          },
        },
      },
    });
  },
};

export default config;
