// The mistakes a maintainer who is not a developer makes, made the way they make
// them: a real file, the real command, from wherever they happen to be. Each test
// checks the exact words they read and the exit code a script would see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = resolve('bin/kyr-content.js');
const valid = readFileSync('test/fixtures/valid/zz.yaml', 'utf8');
const TODAY = ['--today', '2026-11-22'];

const run = (cwd, ...args) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

/** A project folder of its own, with content/jurisdictions/zz.yaml written from the valid fixture. */
function project(edit = (text) => text, { git = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'kyr-maintainer-'));
  mkdirSync(join(root, 'content', 'jurisdictions'), { recursive: true });
  writeFileSync(join(root, 'content', 'jurisdictions', 'zz.yaml'), edit(valid));
  if (git) {
    const gitIn = (...args) => spawnSync('git', ['-c', 'user.name=Maintainer', '-c', 'user.email=m@example.org', ...args], { cwd: root });
    gitIn('init', '-q');
    gitIn('add', '.');
    gitIn('commit', '-qm', 'First version');
  }
  return root;
}

/** The problem lines of a failed validate, without the closing count. */
const problemLines = (err) => err.split('\n').filter((line) => line.startsWith('content/'));

/** Replace one line of the fixture (1-based), as a maintainer's edit. */
const onLine = (n, replace) => (text) => text.split('\n').map((line, i) => (i === n - 1 ? replace(line) : line)).join('\n');

test('a colon inside a sentence says to put the text in quotes, once, on its line', () => {
  const root = project(onLine(40, () => '      en: Important: you do not have to answer questions.'));
  const { code, err } = run(root, 'validate', ...TODAY);
  assert.equal(code, 1);
  assert.deepEqual(problemLines(err), [
    'content/jurisdictions/zz.yaml:40:11  (syntax)  this text contains a colon: put it in quotes, like  en: "Important: you must be told why"',
  ]);
});

test('a tab used to indent says to use spaces, once, with no cascade of later errors', () => {
  const root = project(onLine(40, (line) => line.replace(/^ {6}/, '\t  ')));
  const { code, err } = run(root, 'validate', ...TODAY);
  assert.equal(code, 1);
  assert.deepEqual(problemLines(err), ['content/jurisdictions/zz.yaml:40:1  (syntax)  use spaces, not tabs, to indent']);
});

test('a misspelt field gets "did you mean", and the field it was meant to be is not reported missing too', () => {
  const root = project(onLine(19, () => 'reviewdBy: []'));
  const { code, err } = run(root, 'validate', ...TODAY);
  assert.equal(code, 1);
  assert.deepEqual(problemLines(err), ['content/jurisdictions/zz.yaml:19:1  reviewdBy  is not a field here: did you mean "reviewedBy"?']);
});

test('a date written the wrong way round is reported once, with the form it must take', () => {
  const root = project(onLine(18, () => 'lastReviewed: 10/01/2026'));
  const { code, err } = run(root, 'validate', ...TODAY);
  assert.equal(code, 1);
  assert.deepEqual(problemLines(err), ['content/jurisdictions/zz.yaml:18:15  lastReviewed  must be a date written YYYY-MM-DD']);
});

test('several mistakes come in the order of the file', () => {
  const root = project((text) => onLine(18, () => 'lastReviewed: 10/01/2026')(onLine(45, () => '    nme: Testland Sex Worker Collective')(text)));
  const { err } = run(root, 'validate', ...TODAY);
  assert.deepEqual(
    problemLines(err).map((line) => line.split('  ')[0]),
    ['content/jurisdictions/zz.yaml:18:15', 'content/jurisdictions/zz.yaml:45:5'],
  );
  assert.match(problemLines(err)[1], /nme  is not a field here: did you mean "name"\?$/);
});

test('a tel: link without a phone number is refused', () => {
  const root = project((text) => onLine(48, () => '      - kind: phone')(onLine(49, () => '        href: tel:call-me')(text)));
  const { code, err } = run(root, 'validate', ...TODAY);
  assert.equal(code, 1);
  assert.deepEqual(problemLines(err), [
    'content/jurisdictions/zz.yaml:49:15  contacts[0].channels[0].href  must hold a phone number after tel: or sms:, like tel:+254202608944',
  ]);
});

test('"new" writes a record that validates as written, and "build" refuses it while it holds placeholder text', () => {
  const root = project();
  const made = run(root, 'new', 'np', ...TODAY);
  assert.equal(made.code, 0, made.err);
  assert.match(made.out, /^Wrote content\/jurisdictions\/np\.yaml\./);
  const checked = run(root, 'validate', ...TODAY, 'content/jurisdictions/np.yaml');
  assert.equal(checked.code, 0, checked.err);
  assert.equal(checked.out.trim(), '1 file checked, no problems.');
  const built = run(root, 'build', ...TODAY);
  assert.equal(built.code, 1);
  const lines = problemLines(built.err);
  assert.equal(lines[0], 'content/jurisdictions/np.yaml:7:7  names.en  still holds the placeholder text of "kyr-content new": write the real text before publishing');
  assert.ok(lines.every((line) => line.startsWith('content/jurisdictions/np.yaml:') && line.endsWith('write the real text before publishing')), built.err);
  assert.ok(lines.length >= 10, `every placeholder is named, found ${lines.length}`);
  assert.match(built.err, /Nothing was built: fix the problems above first\./);
  assert.equal(existsSync(join(root, 'dist')), false);
});

test('"diff" on a record with one version says so in one line and what to compare instead', () => {
  const root = project(undefined, { git: true });
  const { code, out } = run(root, 'diff', 'zz');
  assert.equal(code, 0);
  assert.equal(
    out,
    'content/jurisdictions/zz.yaml has only one version (1.0.0) and no unpublished change, so there is nothing to compare yet: edit it and run this again to see your changes against the last published version.\n',
  );
});

test('"diff" shows the old and the new text of a changed claim, one above the other', () => {
  const root = project(undefined, { git: true });
  writeFileSync(join(root, 'content/jurisdictions/zz.yaml'), onLine(37, () => '      en: You can choose to stay silent')(valid));
  const { code, out } = run(root, 'diff', 'zz');
  assert.equal(code, 0);
  assert.equal(
    out,
    [
      'Testland (zz): 1.0.0 → 1.0.0 (working copy, not yet published)',
      'Rights',
      '  ~ changed "You can stay silent"',
      '      title before: "You can stay silent"',
      '      title after:  "You can choose to stay silent"',
      '',
    ].join('\n'),
  );
});

test('"stale" refuses a date that is not YYYY-MM-DD instead of saying nothing is stale', () => {
  const root = project();
  const { code, out, err } = run(root, 'stale', '--as-of', '01/06/2027');
  assert.equal(code, 2);
  assert.equal(out, '');
  assert.equal(err.split('\n')[0], 'kyr-content stale: --as-of 01/06/2027 is not a date written YYYY-MM-DD (for example 2027-06-01)');
});

test('every command works from a folder inside the project', () => {
  const root = project();
  const inside = join(root, 'content', 'jurisdictions');
  const checked = run(inside, 'validate', ...TODAY);
  assert.equal(checked.code, 0, checked.err);
  assert.equal(checked.out.trim(), '1 file checked, no problems.');
  const stale = run(inside, 'stale', '--as-of', '2026-12-01', ...TODAY);
  assert.equal(stale.code, 1);
  assert.match(stale.out, /^zz {2}review was due 2026-07-10/);
  const built = run(inside, 'build', ...TODAY);
  assert.equal(built.code, 0, built.err);
  assert.ok(existsSync(join(root, 'dist', 'data', 'catalog.json')), 'build writes to the project, not to the folder it was run from');
});

test('outside any project, validate says where it looked instead of printing a stack trace', () => {
  const empty = mkdtempSync(join(tmpdir(), 'kyr-nowhere-'));
  const { code, err } = run(empty, 'validate');
  assert.equal(code, 2);
  assert.equal(err.split('\n')[0], `kyr-content validate: there is no content folder at ${join(empty, 'content', 'jurisdictions')}; run this inside the project, or name it with --content`);
});
