// A fresh clone packs whole: `npm pack` runs `prepare`, which must build every
// file `exports` names (the bundle and the data, not only tsc's output), so an
// install from git or a release made from a clean checkout works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');

test('npm pack in a fresh clone holds dist/kyr-widgets.js, dist/data/catalog.json and every file exports names', { timeout: 300_000 }, (t) => {
  const work = mkdtempSync(join(tmpdir(), 'kyr-clone-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const clone = join(work, 'kyr-widgets');
  const run = (command, args, cwd) => {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
    return result.stdout;
  };
  // What is committed, as a contributor or CI checks it out (uncommitted changes are not in it).
  run('git', ['clone', '--quiet', '--no-hardlinks', repo, clone], work);
  // The clone's dependencies are this checkout's, unchanged: the same lock file, without a second download.
  symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
  // prepare's own output comes first on stdout; npm's JSON report is the last thing printed.
  const output = run('npm', ['pack', '--dry-run', '--json'], clone);
  const [packed] = JSON.parse(output.slice(output.lastIndexOf('[\n  {')));
  const files = new Set(packed.files.map((f) => f.path));
  for (const needed of ['dist/kyr-widgets.js', 'dist/data/catalog.json', 'dist/custom-elements.json']) {
    assert.ok(files.has(needed), `${needed} is not in the package`);
  }
  const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const missing = targets.filter((target) => !target.includes('*')).map((target) => target.replace(/^\.\//, '')).filter((path) => !files.has(path));
  assert.deepEqual(missing, [], 'files exports names that are not in the package');
});
