// The npm route as the README tells it, end to end: a fresh Vite project installs
// the packed tarball, imports the rights card, copies the data into Vite's
// public/ folder with `kyr-content copy-data` and points `data-src` at it; the
// production build, served by `vite preview`, shows the Kenya card with its data
// in Chromium, and asks no other origin for anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, watchedPage, waitForText, foreignRequests, consoleErrors } from '../e2e/harness.js';

const repo = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('a fresh Vite project with the packed tarball, following the README, renders a Kenya card with data', { timeout: 300_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'kyr-vite-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const run = (command, args, cwd) => {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
    assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  // dist/ is already built; rebuilding it here would pull it from under the suites beside this one.
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], repo);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));
  const project = join(work, 'site');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'ngo-site', private: true, type: 'module' }));
  writeFileSync(join(project, 'main.js'), "import 'kyr-widgets/rights-card.js';\n");
  writeFileSync(
    join(project, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our site</title><link rel="icon" href="data:,"><script type="module" src="/main.js"></script></head>' +
      '<body><kyr-rights-card jurisdiction="ke" data-src="/kyr-data/"></kyr-rights-card></body></html>\n',
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `vite@${pkg.devDependencies.vite}`], project);
  run('npx', ['kyr-content', 'copy-data', 'public/kyr-data'], project);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], project);

  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  t.after(() => process.kill(-preview.pid));
  const origin = await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('vite preview did not start within 30 s')), 30_000);
    let seen = '';
    preview.stdout.on('data', (chunk) => {
      seen += chunk;
      // eslint-disable-next-line no-control-regex
      const url = seen.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
      if (url) {
        clearTimeout(timer);
        done(url);
      }
    });
  });

  const browser = await launch('chromium');
  t.after(() => browser.close());
  const watched = await watchedPage(browser, origin);
  const failed = [];
  watched.page.on('response', (response) => response.ok() || failed.push(`${response.status()} ${response.url()}`));
  await watched.page.goto(`${origin}/`);
  const card = await waitForText(watched.page, ['kyr-rights-card'], 'Your rights in Kenya');
  assert.match(card, /Last reviewed/);
  assert.deepEqual(foreignRequests(watched, origin), []);
  assert.deepEqual(failed, [], 'requests that failed');
  assert.deepEqual(consoleErrors(watched), []);
  assert.ok(watched.requests.some((r) => r.url === `${origin}/kyr-data/ke/entry.json`), 'the data came from the copied folder');
});
