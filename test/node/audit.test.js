// `kyr-content audit`, read as a reviewing organisation reads it: what to check first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const cli = (...args) => {
  const result = spawnSync(process.execPath, ['bin/kyr-content.js', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

/** The valid fixture with one claim resting only on a news report, an unchecked contact and a bill. */
function contentFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'kyr-audit-'));
  const record = parse(readFileSync('test/fixtures/valid/zz.yaml', 'utf8'));
  record.sources.push({ id: 'paper', kind: 'news', title: 'Police raid', publisher: 'Testland Daily', date: '2019' });
  record.rights[0].sources = ['paper'];
  delete record.contacts[0].verifiedOn;
  record.pendingChanges = [{ id: 'decrim-bill', kind: 'bill', text: { en: 'A bill would end the crime. It is not law.', fr: 'Un projet de loi. Ce n’est pas la loi.' }, sources: ['paper'] }];
  writeFileSync(join(dir, 'zz.yaml'), stringify(record));
  return dir;
}

test('audit names, per record, the law\'s age, claims resting only on news, unchecked contacts, pending bills and unreviewed translations', () => {
  const { code, out, err } = cli('audit', '--content', contentFolder(), '--today', '2026-12-03');
  assert.equal(code, 0, err);
  assert.match(out, /^Review report for 1 record, as of 2026-12-03\./);
  assert.match(out, /2 claims resting only on news reports or blogs/);
  assert.match(out, /zz {2}Testland {2}version 1\.0\.0, draft, next review 2026-07-10/);
  assert.match(out, /law as of 2020-03-01 \(6 years ago\)/);
  assert.match(out, /resting only on news or blogs \(2\): rights: stay-silent; pendingChanges: decrim-bill/);
  assert.match(out, /contacts not checked \(1\): peer-group \(active\)/);
  assert.match(out, /pending, not law \(1\): decrim-bill \(bill\)/);
  assert.match(out, /translations not reviewed \(1\): fr/);
});

test('audit --json gives tools the same findings', () => {
  const { code, out } = cli('audit', '--json', '--content', contentFolder(), '--today', '2026-12-03');
  assert.equal(code, 0);
  const report = JSON.parse(out);
  assert.equal(report.totals.records, 1);
  assert.deepEqual(report.records[0].onlyNewsOrBlogs, ['rights: stay-silent', 'pendingChanges: decrim-bill']);
  assert.deepEqual(report.records[0].uncheckedContacts, ['peer-group (active)']);
  assert.equal(report.records[0].lawAgeYears, 6);
});

test('audit runs on the bundled content and counts every contact nobody has checked', () => {
  const { code, out, err } = cli('audit', '--json');
  assert.equal(code, 0, err);
  const report = JSON.parse(out);
  const files = readdirSync('content/jurisdictions').filter((f) => f.endsWith('.yaml'));
  assert.equal(report.totals.records, files.length);
  const unchecked = files
    .map((f) => parse(readFileSync(join('content/jurisdictions', f), 'utf8')))
    .flatMap((record) => record.contacts ?? [])
    .filter((contact) => !contact.verifiedOn).length;
  assert.equal(report.totals.uncheckedContacts, unchecked);
});
