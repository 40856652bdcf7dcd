// The package as a user gets it: packed, installed into an empty project, every entry
// point imported with TypeScript's Node resolution and in a real browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../scripts/browsers.js';

const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'kyr-pack-'));
const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.keys(pkg.exports).filter((key) => !key.includes('*') && key.endsWith('.js') || key === '.');
const tags = ['kyr-rights-kit', 'kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory', 'kyr-jurisdiction-picker', 'kyr-quick-exit'];
let tarball;
let project;

test('npm pack makes a tarball that publint and arethetypeswrong accept', { timeout: 180000 }, () => {
  // --ignore-scripts: dist/ is already built, and rebuilding it would pull it from under the suites running beside this one.
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], repo);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));
  run('npx', ['publint', tarball], repo);
  run('npx', ['attw', tarball, '--profile', 'esm-only'], repo);
});

test('the tarball installs into an empty project and every entry point type-checks under Node resolution', { timeout: 300000 }, () => {
  project = join(work, 'project');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball, `react@${pkg.devDependencies.react}`, `@types/react@${pkg.devDependencies['@types/react']}`], project);
  const imports = entries.map((entry, i) => `import * as entry${i} from '${entry === '.' ? 'kyr-widgets' : `kyr-widgets/${entry.slice(2)}`}';`);
  writeFileSync(
    join(project, 'index.ts'),
    `${imports.join('\n')}\nimport { KyrRightsCard, loadRecord, type PublishedRecord } from 'kyr-widgets';\n` +
      `const card: KyrRightsCard = document.createElement('kyr-rights-card');\ncard.jurisdiction = 'ke';\n` +
      `const check: (r: PublishedRecord) => string = (r) => r.id;\n` +
      `document.addEventListener('kyr-jurisdiction-change', (event) => console.log(event.detail.jurisdiction));\n` +
      `console.log(${entries.map((_, i) => `entry${i}`).join(', ')}, loadRecord, check);\n`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false, types: [] }, files: ['index.ts'] }),
  );
  run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
});

test('every entry point of the installed package loads in a browser and defines its tags', { timeout: 120000 }, async () => {
  const source = join(project, 'browser.js');
  writeFileSync(
    source,
    `${entries.filter((e) => e !== './react.js').map((e) => `import '${e === '.' ? 'kyr-widgets' : `kyr-widgets/${e.slice(2)}`}';`).join('\n')}\n` +
      `window.defined = ${JSON.stringify(tags)}.filter((tag) => customElements.get(tag));\n`,
  );
  const bundle = await rollup({ input: source, plugins: [nodeResolve({ rootDir: project, exportConditions: ['browser', 'production'] })], onwarn() {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  const browser = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ content: output[0].code, type: 'module' });
    await page.waitForFunction(() => Array.isArray(window.defined), { timeout: 20000 }).catch((error) => {
      throw new Error(`${error.message}; page errors: ${errors.join('; ') || 'none'}`);
    });
    assert.deepEqual(await page.evaluate(() => window.defined), tags);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
