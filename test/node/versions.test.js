// The maintainers' version workflow on a real git repository in a temporary folder:
// published versions are immutable, earlier versions stay built, diff says what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = resolve('bin/kyr-content.js');
const TODAY = ['--today', '2026-11-22'];

function repo() {
  const dir = mkdtempSync(join(tmpdir(), 'kyr-repo-'));
  const git = (...args) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };
  git('init', '-q');
  git('config', 'user.email', 'maintainer@example.org');
  git('config', 'user.name', 'Maintainer');
  mkdirSync(join(dir, 'content/jurisdictions'), { recursive: true });
  const file = join(dir, 'content/jurisdictions/zz.yaml');
  writeFileSync(file, readFileSync('test/fixtures/valid/zz.yaml', 'utf8'));
  git('add', '.');
  git('commit', '-qm', 'zz 1.0.0');
  const cli = (...args) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const edit = (from, to) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  return { dir, git, cli, edit, file };
}

test('a changed record whose version was not bumped fails on the version line', () => {
  const { cli, edit } = repo();
  edit('You do not have to answer questions.', 'You do not have to answer any questions.');
  const { code, err } = cli('validate', ...TODAY);
  assert.equal(code, 1);
  assert.match(err, /zz\.yaml:12:10  version  is still 1\.0\.0, but the content changed since that version was published/);
});

test('a bumped version with its changelog entry passes, and build keeps the earlier version', () => {
  const { cli, edit, git, dir } = repo();
  edit('You do not have to answer questions.', 'You do not have to answer any questions.');
  edit('version: 1.0.0\nchangelog:\n', 'version: 1.0.1\nchangelog:\n  - version: 1.0.1\n    date: 2026-02-01\n    summary: Clearer wording of the right to silence.\n');
  assert.equal(cli('validate', ...TODAY).code, 0);
  git('commit', '-qam', 'zz 1.0.1');
  assert.equal(cli('build', ...TODAY).code, 0);
  const catalogText = readFileSync(join(dir, 'dist/data/catalog.json'), 'utf8');
  const [entry] = JSON.parse(catalogText).jurisdictions;
  assert.equal(entry.version, '1.0.1');
  assert.deepEqual(Object.values(entry.files).map((f) => f.path), ['zz/1.0.1/en.json', 'zz/1.0.1/fr.json']);
  // Every published version is listed beside the catalog, not in it: the catalog does not grow with each release.
  assert.doesNotMatch(catalogText, /1\.0\.0\//);
  const listText = readFileSync(join(dir, 'dist/data', entry.history.path), 'utf8');
  assert.equal(entry.history.path, 'zz/versions.json');
  assert.equal(entry.history.sha256, createHash('sha256').update(listText).digest('hex'));
  assert.equal(entry.history.bytes, Buffer.byteLength(listText));
  const list = JSON.parse(listText);
  assert.deepEqual(list.versions.map((v) => v.version), ['1.0.1', '1.0.0']);
  assert.deepEqual(list.versions[0].files, entry.files);
  assert.equal(list.versions[1].files.en.path, 'zz/1.0.0/en.json');
  const pinned = JSON.parse(readFileSync(join(dir, 'dist/data/zz/1.0.0/en.json'), 'utf8'));
  assert.equal(pinned.rights[0].text, 'You do not have to answer questions.');
  const current = JSON.parse(readFileSync(join(dir, 'dist/data/zz/1.0.1/en.json'), 'utf8'));
  assert.equal(current.rights[0].text, 'You do not have to answer any questions.');
});

test('diff says what changed in plain words', () => {
  const { cli, edit, git } = repo();
  edit('    selling: criminalised', '    selling: legal');
  edit('version: 1.0.0\nchangelog:\n', 'version: 2.0.0\nchangelog:\n  - version: 2.0.0\n    date: 2026-03-01\n    summary: Selling sex is no longer a crime.\n');
  git('commit', '-qam', 'zz 2.0.0');
  const { code, out } = cli('diff', 'zz');
  assert.equal(code, 0);
  assert.match(out, /Testland \(zz\): 1\.0\.0 → 2\.0\.0/);
  assert.match(out, /Changelog: Selling sex is no longer a crime\./);
  assert.match(out, /Legal model\n  selling: criminalised → legal/);
});

test('a version lower than the published one is refused', () => {
  const { cli, edit } = repo();
  edit('version: 1.0.0\nchangelog:\n', 'version: 0.9.0\nchangelog:\n  - version: 0.9.0\n    date: 2026-02-01\n    summary: Older.\n');
  const { code, err } = cli('validate', ...TODAY);
  assert.equal(code, 1);
  assert.match(err, /version  0\.9\.0 is lower than the published 1\.0\.0/);
});

test('stale lists records past their review date and exits 1; none due exits 0', () => {
  const { cli } = repo();
  const due = cli('stale', ...TODAY, '--as-of', '2026-08-01');
  assert.equal(due.code, 1);
  assert.match(due.out, /zz {2}review was due 2026-07-10/);
  const fine = cli('stale', ...TODAY, '--as-of', '2026-07-01');
  assert.equal(fine.code, 0);
  assert.match(fine.out, /No record is past its review date/);
});

test('new writes a commented skeleton that validates as written (build refuses its placeholders: maintainers.test.js)', () => {
  const { cli, dir } = repo();
  assert.equal(cli('new', 'yy', ...TODAY).code, 0);
  const text = readFileSync(join(dir, 'content/jurisdictions/yy.yaml'), 'utf8');
  assert.match(text, /^# yaml-language-server: \$schema=/);
  assert.match(text, /status: draft +# draft \| community-reviewed \| legal-reviewed/);
  const { code, err } = cli('validate', ...TODAY, 'content/jurisdictions/yy.yaml');
  assert.equal(code, 0, err);
  assert.equal(cli('new', 'yy').code, 1, 'refuses to overwrite');
  assert.ok(existsSync(join(dir, 'content/jurisdictions/yy.yaml')));
});

test('the committed JSON Schema is the one the schema command writes', async () => {
  const { recordJsonSchema, schemaFile } = await import('../../dist/lib/cli/kyr-content.js');
  assert.equal(readFileSync(schemaFile, 'utf8'), recordJsonSchema(), 'run: npx kyr-content schema');
});
