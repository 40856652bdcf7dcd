/**
 * Synthetic data for the scale and speed figures, made from the real built
 * data so its shape (and the runtime check it must pass) is the real one.
 * Written to a temporary folder, never into dist/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `n` distinct ids that fit the schema's ISO 3166-2 pattern: `xa-0` … `xj-rr`. */
function syntheticId(n) {
  return `x${'abcdefghij'[Math.floor(n / 1000)]}-${(n % 1000).toString(36)}`;
}

/**
 * A catalog with `count` places (plus the global baseline), each a copy of a
 * real entry under a new id and name, written the way kyr-content writes one,
 * with the picker's places.json and each place's entry.json.
 */
export async function writeSyntheticCatalog(dataDir, outDir, count) {
  if (count > 10000) throw new Error('bench: at most 10,000 synthetic places');
  const real = JSON.parse(await readFile(join(dataDir, 'catalog.json'), 'utf8'));
  const places = real.jurisdictions.filter((entry) => entry.id !== 'global');
  const baseline = real.jurisdictions.filter((entry) => entry.id === 'global');
  const jurisdictions = Array.from({ length: count }, (_, n) => {
    const model = places[n % places.length];
    const id = syntheticId(n);
    const names = Object.fromEntries(Object.entries(model.names).map(([code, name]) => [code, `${name} ${n + 1}`]));
    const moved = (file) => ({ ...file, path: file.path.replace(/^[^/]+/, id) });
    const files = Object.fromEntries(Object.entries(model.files).map(([code, file]) => [code, moved(file)]));
    return { ...model, id, names, files, ...(model.history && { history: moved(model.history) }) };
  });
  const catalog = { ...real, jurisdictions: [...jurisdictions, ...baseline] };
  await mkdir(outDir, { recursive: true });
  const text = `${JSON.stringify(catalog, null, 1)}\n`;
  await writeFile(join(outDir, 'catalog.json'), text);
  // What the picker reads, as kyr-content writes it (src/cli/publish.ts): the names, and each place's entry.
  const names = { format: 'kyr-places/1', places: jurisdictions.map(({ id, names: placeNames, sourceLocale }) => ({ id, names: placeNames, sourceLocale })) };
  const placesText = `${JSON.stringify(names)}\n`;
  await writeFile(join(outDir, 'places.json'), placesText);
  for (const entry of catalog.jurisdictions) {
    await mkdir(join(outDir, entry.id), { recursive: true });
    await writeFile(join(outDir, entry.id, 'entry.json'), `${JSON.stringify(entry)}\n`);
  }
  return { count, firstId: syntheticId(0), text, placesText };
}

/**
 * A published record with `count` contacts: the real record of `id`, its
 * contacts copied round-robin under new ids and numbered names.
 */
export async function writeSyntheticContacts(dataDir, outFile, { id = 'ke', locale = 'en', count = 500 } = {}) {
  const catalog = JSON.parse(await readFile(join(dataDir, 'catalog.json'), 'utf8'));
  const entry = catalog.jurisdictions.find((item) => item.id === id);
  const file = entry.files[locale];
  const record = JSON.parse(await readFile(join(dataDir, file.path), 'utf8'));
  // The directory hides a contact marked closed: only those it shows are copied.
  const models = (record.contacts ?? []).filter((contact) => contact.status !== 'closed');
  if (!models.length) throw new Error(`bench: ${file.path} has no open contacts to copy`);
  record.contacts = Array.from({ length: count }, (_, n) => {
    const model = models[n % models.length];
    return { ...model, id: `${model.id}-${n + 1}`, name: `${model.name} (${n + 1})` };
  });
  const text = JSON.stringify(record);
  await writeFile(outFile, text);
  return { count, bytes: Buffer.byteLength(text) };
}
