// The maintainers' command, run as a maintainer runs it: a real process, real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => {
  const result = spawnSync(process.execPath, ['bin/kyr-content.js', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const TODAY = ['--today', '2026-11-22'];

test('a valid file passes with exit 0', () => {
  // Outside the repository, so the fixture's own git history does not count as published versions.
  const copy = join(mkdtempSync(join(tmpdir(), 'kyr-valid-')), 'zz.yaml');
  cpSync('test/fixtures/valid/zz.yaml', copy);
  const { code, out } = cli('validate', ...TODAY, copy);
  assert.equal(code, 0);
  assert.match(out, /1 file checked, no problems/);
});

test('all bundled content validates', () => {
  const { code, err } = cli('validate');
  assert.equal(code, 0, err);
});

// Each bad fixture has one defect: the message names the file, the line and the field.
const expected = {
  'wrong-type': { line: 17, field: 'lawAsOf', says: 'should be text, not a list' },
  'missing-field': { line: 2, field: 'status', says: 'is required but missing' },
  'bad-date': { line: 18, field: 'lastReviewed', says: 'is not a real calendar date' },
  'unknown-source': { line: 42, field: 'rights[0].sources[0]', says: "cites source 'nswp-2014' which is not listed under sources" },
  'javascript-link': { line: 49, field: 'contacts[0].channels[0].href', says: 'must be an https:, tel:, sms: or mailto: link' },
  'duplicate-id': { line: 43, field: 'rights[1].id', says: '"stay-silent" is used twice' },
  'yaml-syntax': { line: 5, field: '(syntax)', says: 'YAML syntax' },
  'missing-translation': { line: 37, field: 'rights[0].title', says: 'has no "fr" text' },
  'future-date': { line: 51, field: 'contacts[0].verifiedOn', says: 'is in the future' },
  'review-order': { line: 20, field: 'nextReviewDue', says: 'is before lastReviewed' },
  'misspelt-field': { line: 19, field: 'reviewdBy', says: 'is not a field here' },
  'missing-source-kind': { line: 63, field: 'sources[0].kind', says: 'is required but missing: say what the source is (law, court, government, un, ngo, news, blog, other)' },
  'false-precision': { line: 17, field: 'lawAsOf', says: 'is 2020-01-01, but no source is dated 2020-01-01: write the date only as precisely as a source gives it (for example "2020")' },
};

for (const name of readdirSync('test/fixtures/bad')) {
  test(`bad fixture "${name}" gives its own clear message on the right line, and exit 1`, () => {
    const want = expected[name];
    assert.ok(want, `add the expected message for the new fixture ${name}`);
    const file = `test/fixtures/bad/${name}/zz.yaml`;
    const { code, err } = cli('validate', ...TODAY, file);
    assert.equal(code, 1);
    const line = err.split('\n').find((l) => l.includes(`  ${want.field}  `));
    assert.ok(line, `no problem reported for ${want.field}:\n${err}`);
    assert.match(line, new RegExp(`^${file.replace(/[.[\]]/g, '\\$&')}:${want.line}:\\d+  `));
    assert.ok(line.includes(want.says), line);
  });
}

test('build writes a catalog and one file per locale, byte-identical across two runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyr-build-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  cpSync('test/fixtures/valid/zz.yaml', join(content, 'zz.yaml'));
  const snapshot = (out) =>
    ['catalog.json', 'zz/1.0.0/en.json', 'zz/1.0.0/fr.json'].map((f) => readFileSync(join(out, f), 'utf8'));
  assert.equal(cli('build', ...TODAY, '--content', content, '--out', join(dir, 'a')).code, 0);
  assert.equal(cli('build', ...TODAY, '--content', content, '--out', join(dir, 'b')).code, 0);
  assert.deepEqual(snapshot(join(dir, 'a')), snapshot(join(dir, 'b')));
  const catalog = JSON.parse(snapshot(join(dir, 'a'))[0]);
  assert.deepEqual(Object.keys(catalog.jurisdictions[0].files), ['en', 'fr']);
  // One version so far: no list of versions to name, and none written.
  assert.equal(catalog.jurisdictions[0].history, undefined);
  assert.equal(existsSync(join(dir, 'a', 'zz/versions.json')), false);
  const french = JSON.parse(snapshot(join(dir, 'a'))[2]);
  assert.equal(french.locale, 'fr');
  assert.equal(french.rights[0].title, 'Vous pouvez garder le silence');
});

test('build also writes the newest version under latest/, one copy per interface language, each the file that language gets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyr-build-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  cpSync('test/fixtures/valid/zz.yaml', join(content, 'zz.yaml'));
  const out = join(dir, 'out');
  assert.equal(cli('build', ...TODAY, '--content', content, '--out', out).code, 0);
  const interfaceLanguages = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const expected = [interfaceLanguages.sourceLocale, ...interfaceLanguages.targetLocales].map((code) => `${code}.json`).sort();
  assert.deepEqual(readdirSync(join(out, 'zz/latest')).sort(), expected);
  const file = (path) => readFileSync(join(out, path), 'utf8');
  // The record has English and French: French readers get French, everyone else the source language.
  assert.equal(file('zz/latest/fr.json'), file('zz/1.0.0/fr.json'));
  assert.equal(file('zz/latest/en.json'), file('zz/1.0.0/en.json'));
  assert.equal(file('zz/latest/sw.json'), file('zz/1.0.0/en.json'));
  // Copies are not listed in the catalog: it names only the versioned files.
  assert.ok(!file('catalog.json').includes('latest'));
});

test('build refuses bad content and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyr-build-'));
  const { code, err } = cli('build', ...TODAY, '--content', 'test/fixtures/bad/missing-field', '--out', join(dir, 'out'));
  assert.equal(code, 1);
  assert.match(err, /Nothing was built/);
  assert.equal(existsSync(join(dir, 'out')), false);
});
