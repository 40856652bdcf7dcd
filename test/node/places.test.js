// The picker's files (src/cli/publish.ts): places.json holds every place's names and
// nothing else, and each place's entry.json is its catalog entry, byte for byte in meaning,
// so the picker names and lists exactly what the catalog publishes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(`dist/data/${path}`, 'utf8'));

test('places.json lists every place of the catalog but the global baseline, with its names only', () => {
  const catalog = read('catalog.json');
  const places = read('places.json');
  assert.equal(places.format, 'kyr-places/1');
  const expected = catalog.jurisdictions.filter((entry) => entry.id !== 'global').map(({ id, names, sourceLocale }) => ({ id, names, sourceLocale }));
  assert.deepEqual(places.places, expected);
  // A fraction of the catalog: what keeps the picker's list small as places are added.
  assert.ok(readFileSync('dist/data/places.json').length * 4 < readFileSync('dist/data/catalog.json').length, 'places.json is under a quarter of the catalog');
});

test("every place's entry.json is its catalog entry", () => {
  for (const entry of read('catalog.json').jurisdictions) {
    assert.deepEqual(read(`${entry.id}/entry.json`), entry, `${entry.id}/entry.json`);
  }
});
