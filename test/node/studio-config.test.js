// The studio's fields come from the schema: every field is offered, each with words
// a maintainer understands, and the formats it checks are the validator's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentRecordSchema } from '../../dist/lib/data/schema.js';
import { recordFields, studioConfig, fieldInWords } from '../../dist/lib/studio/config.js';

const byName = (fields, name) => fields.find((field) => field.name === name);
const everyField = (fields) => fields.flatMap((field) => [field, ...everyField(field.fields ?? [])]);

test('the studio offers every field of the schema, in its order', () => {
  assert.deepEqual(recordFields().map((field) => field.name), Object.keys(contentRecordSchema._zod.def.shape));
});

test('every field has a plain label and a hint', () => {
  for (const field of everyField(recordFields())) {
    assert.ok(field.label && !/[A-Z][a-z]+[A-Z]/.test(field.label), `${field.name}: "${field.label}" is a label, not a field name`);
    assert.ok(field.hint?.length > 10, `${field.name} has a hint`);
  }
});

test('texts show each language, lists can be added to and reordered, sources are picked from the record', () => {
  const fields = recordFields();
  assert.equal(byName(fields, 'names').widget, 'kyr-text');
  const rights = byName(fields, 'rights');
  assert.equal(rights.widget, 'list');
  assert.deepEqual(rights.fields.map((f) => [f.name, f.widget]), [['id', 'kyr-line'], ['title', 'kyr-text'], ['text', 'kyr-text'], ['sources', 'kyr-sources']]);
  for (const stage of ['stopped', 'arrested', 'detained', 'afterRelease']) assert.equal(byName(byName(fields, 'arrest').fields, stage).widget, 'list');
  for (const list of ['firewall', 'contacts', 'sources', 'otherLaws', 'enforcement']) assert.equal(byName(fields, list).widget, 'list', list);
});

test('dates carry the validator\'s pattern and words', () => {
  assert.deepEqual(byName(recordFields(), 'nextReviewDue').pattern, ['^\\d{4}-\\d{2}-\\d{2}$', 'Must be a date written YYYY-MM-DD.']);
  assert.deepEqual(byName(recordFields(), 'lawAsOf').pattern, ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'Must be a date written YYYY, YYYY-MM or YYYY-MM-DD.']);
});

test('the status and the sign-off are shown but only "kyr-content review" writes them', () => {
  for (const name of ['status', 'lastReviewed', 'reviewedBy', 'review']) assert.equal(byName(recordFields(), name).widget, 'kyr-readonly', name);
});

test('the studio talks only to the server it came from', () => {
  const config = studioConfig('http://localhost:8081');
  assert.equal(config.backend.proxy_url, 'http://localhost:8081/api/v1');
  assert.deepEqual(config.local_backend.allowed_hosts, ['localhost', '127.0.0.1']);
});

test('a problem\'s field is said with the studio\'s labels', () => {
  assert.equal(fieldInWords('rights[1].sources[0]'), 'Rights › no. 2 › Sources › no. 1');
});

test('sources are required where the schema requires them, and not for an honest "unknown" about immigration', () => {
  const fields = recordFields();
  assert.equal(byName(byName(fields, 'rights').fields, 'sources').required, undefined);
  assert.equal(byName(byName(fields, 'immigration').fields, 'sources').required, false);
});
