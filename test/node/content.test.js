// The bundled content as a whole: the twenty records the project promises, every
// claim cited, every contact channel dated and sourced, every locale published.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const folder = 'content/jurisdictions';
const records = readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: f, record: parse(readFileSync(join(folder, f), 'utf8')) }));
const promised = ['ke', 'cm', 'za', 'ug', 'th', 'in', 'my', 'mm', 'kg', 'mk', 'se', 'ru', 'ec', 'mx', 'pe', 'gy', 'jm', 'us-la', 'ca', 'global'];

test('the nineteen jurisdictions of the global report and the global baseline are all there', () => {
  assert.deepEqual(records.map((r) => r.record.id).sort(), [...promised].sort());
});

test('every right, step, firewall entry, contact and law cites a source that exists in its record', () => {
  for (const { file, record } of records) {
    const ids = new Set(record.sources.map((s) => s.id));
    const claims = [
      ...(record.rights ?? []),
      ...(record.otherLaws ?? []),
      ...(record.enforcement ?? []),
      ...(record.firewall ?? []),
      ...(record.contacts ?? []),
      ...Object.values(record.arrest ?? {}).flat(),
      ...(record.legalModel ? [record.legalModel] : []),
      ...(record.officerStatement ? [record.officerStatement] : []),
    ];
    for (const claim of claims) {
      assert.ok(claim.sources?.length > 0, `${file}: ${claim.id ?? claim.sector ?? 'a claim'} cites no source`);
      for (const id of claim.sources) assert.ok(ids.has(id), `${file}: cites unknown source ${id}`);
    }
  }
});

test('every contact has a status and a source, a check date only where there is a channel a person could check, and only https, tel, sms or mailto links', () => {
  for (const { file, record } of records) {
    for (const contact of record.contacts ?? []) {
      assert.ok(['active', 'paused', 'closed', 'unknown'].includes(contact.status), `${file}: ${contact.id} has no status`);
      assert.ok(contact.sources.length > 0, `${file}: ${contact.id} has no source`);
      if (contact.verifiedOn !== undefined) {
        assert.ok(contact.channels.length > 0, `${file}: ${contact.id} says it was checked on ${contact.verifiedOn} but has no channel anyone could check`);
        assert.match(contact.verifiedOn, /^\d{4}-\d{2}-\d{2}$/, `${file}: ${contact.id}`);
      }
      for (const channel of contact.channels) assert.match(channel.href, /^(https:\/\/|tel:\+?\d|sms:\+?\d|mailto:)/, `${file}: ${channel.href}`);
    }
  }
});

test('every lawAsOf is no more precise than a source that dates it ("2014" from a report never becomes 2014-01-01)', () => {
  for (const { file, record } of records) {
    const lawAsOf = String(record.lawAsOf);
    const dating = record.sources.filter((source) => String(source.date).startsWith(lawAsOf) && String(source.date).length >= lawAsOf.length);
    assert.ok(dating.length > 0, `${file}: lawAsOf ${lawAsOf} but no source is dated that precisely`);
  }
});

test('every record says what sex work, an arrest or a fine can do to a migrant\'s papers, sourced unless honestly unknown', () => {
  for (const { file, record } of records) {
    assert.ok(record.immigration?.length > 0, `${file}: no immigration section`);
    for (const entry of record.immigration) {
      assert.ok(entry.answer === 'unknown' || entry.sources.length > 0, `${file}: ${entry.id} answers "${entry.answer}" without a source`);
    }
  }
});

test('every source says what kind of source it is, so claims resting on news or blogs can be seen', () => {
  for (const { file, record } of records) {
    for (const source of record.sources) {
      assert.ok(['law', 'court', 'government', 'un', 'ngo', 'news', 'blog', 'other'].includes(source.kind), `${file}: ${source.id} has no kind`);
    }
  }
});

test('the global baseline\'s statement to an officer asserts no nationality or immigration status', () => {
  const global = records.find((r) => r.record.id === 'global').record;
  const statement = global.officerStatement;
  for (const text of [statement.text, ...Object.values(statement.meaning)]) {
    assert.doesNotMatch(text, /foreign|national|consul|embass|citizen|passport|migrant|immigra|étranger|extranjer|consulado|consulat|иностран|консул|أجنب|قنصل/i, text);
  }
});

test('every record is a draft at 1.0.0 or later with dated sources, and has an officer statement', () => {
  for (const { file, record } of records) {
    assert.ok(record.status === 'draft' || record.reviewedBy.length > 0, `${file}: reviewed status without a reviewer`);
    assert.ok(record.officerStatement, `${file}: no officer statement`);
    for (const source of record.sources) assert.match(source.date, /^\d{4}/, `${file}: ${source.id} has no date`);
  }
});

test('build lists every record in the catalog with a file for each of its locales', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'kyr-content-')), 'data');
  const result = spawnSync(process.execPath, ['bin/kyr-content.js', 'build', '--out', out], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8'));
  assert.deepEqual(catalog.jurisdictions.map((j) => j.id).sort(), [...promised].sort());
  for (const entry of catalog.jurisdictions) {
    const declared = records.find((r) => r.record.id === entry.id).record.locales.map((l) => l.code);
    assert.deepEqual(Object.keys(entry.files).sort(), [...declared].sort(), entry.id);
    for (const file of [...Object.values(entry.files), ...(entry.history ? [entry.history] : [])]) {
      assert.equal(readFileSync(join(out, file.path)).length, file.bytes);
    }
  }
});
