// Review sign-off as a reviewing organisation and a maintainer use it: review a
// record, publish it, change it, publish again, and read what readers are told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const bin = resolve('bin/kyr-content.js');
const TODAY = ['--today', '2026-11-22'];
const run = (cwd, ...args) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

function project() {
  const root = mkdtempSync(join(tmpdir(), 'kyr-review-'));
  mkdirSync(join(root, 'content', 'jurisdictions'), { recursive: true });
  writeFileSync(join(root, 'content/jurisdictions/zz.yaml'), readFileSync('test/fixtures/valid/zz.yaml', 'utf8'));
  return root;
}

/** What a reader's browser receives for this record: the catalog's status and the English file. */
function published(root) {
  assert.equal(run(root, 'build', ...TODAY).code, 0);
  const catalog = JSON.parse(readFileSync(join(root, 'dist/data/catalog.json'), 'utf8'));
  const entry = catalog.jurisdictions.find((j) => j.id === 'zz');
  return { catalogStatus: entry.status, record: JSON.parse(readFileSync(join(root, 'dist/data', entry.files.en.path), 'utf8')) };
}

test('a review records who, when, which version and the next review; a later change shows readers "changed since review"', () => {
  const root = project();
  const file = join(root, 'content/jurisdictions/zz.yaml');
  assert.equal(published(root).record.status, 'draft');

  const reviewed = run(root, 'review', 'zz', '--by', 'Testland Sex Workers Alliance', '--status', 'legal-reviewed', ...TODAY);
  assert.equal(reviewed.code, 0, reviewed.err);
  const written = parse(readFileSync(file, 'utf8'));
  assert.deepEqual(written.review, { by: 'Testland Sex Workers Alliance', on: '2026-11-22', version: '1.0.0', status: 'legal-reviewed' });
  assert.equal(written.status, 'legal-reviewed');
  assert.equal(written.lastReviewed, '2026-11-22');
  assert.equal(written.nextReviewDue, '2027-11-22');
  assert.deepEqual(written.reviewedBy, ['Testland Sex Workers Alliance']);
  assert.match(readFileSync(file, 'utf8'), /^# A small valid record/, 'the file keeps its comments');

  const afterReview = published(root);
  assert.equal(afterReview.catalogStatus, 'legal-reviewed');
  assert.equal(afterReview.record.status, 'legal-reviewed');
  assert.deepEqual(afterReview.record.review, written.review);

  // A maintainer changes a right and publishes it as a new version, without a new review.
  const changed = readFileSync(file, 'utf8')
    .replace('version: 1.0.0\nchangelog:\n', 'version: 1.1.0\nchangelog:\n  - version: 1.1.0\n    date: 2026-11-22\n    summary: Clearer wording.\n')
    .replace('en: You do not have to answer questions.', 'en: You do not have to answer any question.');
  writeFileSync(file, changed);
  const afterChange = published(root);
  assert.equal(afterChange.catalogStatus, 'changed-since-review');
  assert.equal(afterChange.record.status, 'changed-since-review');

  // Reviewed again, the new version is shown as reviewed.
  assert.equal(run(root, 'review', 'zz', '--by', 'Testland Legal Aid', '--status', 'community-reviewed', ...TODAY).code, 0);
  const again = published(root);
  assert.equal(again.record.status, 'community-reviewed');
  assert.deepEqual(again.record.reviewedBy, ['Testland Sex Workers Alliance', 'Testland Legal Aid']);
});

test('a status typed by hand instead of through "review" is refused, naming the command', () => {
  const root = project();
  const file = join(root, 'content/jurisdictions/zz.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('reviewedBy: []', 'reviewedBy: [Someone]').replace('status: draft', 'status: legal-reviewed'));
  const { code, err } = run(root, 'validate', ...TODAY);
  assert.equal(code, 1);
  assert.equal(
    err.split('\n')[0],
    'content/jurisdictions/zz.yaml:21:9  status  can only become "legal-reviewed" through: kyr-content review zz --by "<organisation>" --status legal-reviewed',
  );
});

test('"review" refuses a status it does not give, and a record that does not validate', () => {
  const root = project();
  const bad = run(root, 'review', 'zz', '--by', 'Someone', '--status', 'approved', ...TODAY);
  assert.equal(bad.code, 2);
  assert.equal(bad.err.split('\n')[0], 'kyr-content review: needs --status community-reviewed or legal-reviewed');
  const file = join(root, 'content/jurisdictions/zz.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('sources: [law-1]\nrights', 'sources: [law-2]\nrights'));
  const broken = run(root, 'review', 'zz', '--by', 'Someone', '--status', 'legal-reviewed', ...TODAY);
  assert.equal(broken.code, 1);
  assert.match(broken.err, /Not recorded: a review signs off a record that passes validation/);
  assert.equal(parse(readFileSync(file, 'utf8')).review, undefined);
});
