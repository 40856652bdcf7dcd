/**
 * Turning checked content into what the browser loads: one JSON file per
 * jurisdiction × version × locale; per jurisdiction with earlier versions, a
 * list of every published version's files (`<id>/versions.json`); and a
 * catalog that names the current files and that list, each with its hash.
 * Output is a pure function of the input so two builds are byte-identical.
 */
import { createHash } from 'node:crypto';
import { publishedRecordSchema, type Catalog, type CatalogEntry, type ContentRecord, type Places, type PublishedFileRef, type Versions } from '../data/schema.js';
import { BASELINE_ID } from '../data/vocabulary.js';
import { inLocale } from '../data/texts.js';
import { readerStatus } from '../data/rules.js';
import { latestLocales, negotiateLocale } from '../data/negotiate.js';

export interface PublishedFile {
  path: string;
  json: string;
}

/** The address and exact bytes of a file, as the catalog names it. */
function reference(file: PublishedFile): PublishedFileRef {
  return { path: file.path, sha256: createHash('sha256').update(file.json).digest('hex'), bytes: Buffer.byteLength(file.json) };
}

/** Every locale of one version of one record, checked against the browser's own schema. */
export function publishVersion(record: ContentRecord): { files: PublishedFile[]; entryFiles: Versions['versions'][number] } {
  const files: PublishedFile[] = [];
  const entryFiles: Versions['versions'][number] = { version: record.version, files: {} };
  // Maintainers' notes are for reviewers (the YAML, the studio, `audit`); readers' files carry the claims and their sources.
  const { $schema: _editorHint, notes: _reviewersNotes, ...rest } = record;
  const content = { ...rest, sources: rest.sources.map(({ note: _sourceNote, ...source }) => source) };
  for (const { code } of record.locales) {
    const published = publishedRecordSchema.parse({ ...(inLocale(content, code) as object), status: readerStatus(record), locale: code });
    const json = `${JSON.stringify(published)}\n`;
    const path = `${record.id}/${record.version}/${code}.json`;
    files.push({ path, json });
    entryFiles.files[code] = reference({ path, json });
  }
  return { files, entryFiles };
}

/**
 * The newest version again under `<id>/latest/<code>.json`, one per interface
 * language: each a byte-for-byte copy of the file the catalog gives a reader of
 * that language, so a browser can fetch it before the catalog arrives and then
 * check it against the catalog's hash (src/data/load.ts).
 */
function latestCopies(entry: CatalogEntry, files: PublishedFile[]): PublishedFile[] {
  return latestLocales.map((code) => {
    const chosen = entry.files[negotiateLocale(entry, code)]!;
    return { path: `${entry.id}/latest/${code}.json`, json: files.find((file) => file.path === chosen.path)!.json };
  });
}

/**
 * The catalog and every file, from each record's versions (newest first).
 * `versions[0]` of each list is the current content.
 */
export function publishAll(recordsById: Map<string, ContentRecord[]>): { catalog: Catalog; files: PublishedFile[] } {
  const files: PublishedFile[] = [];
  const jurisdictions: CatalogEntry[] = [];
  for (const id of [...recordsById.keys()].sort()) {
    const versions = recordsById.get(id)!;
    const current = versions[0]!;
    const history: Versions = { format: 'kyr-versions/1', id, versions: [] };
    for (const record of versions) {
      const published = publishVersion(record);
      files.push(...published.files);
      history.versions.push(published.entryFiles);
    }
    const entry: CatalogEntry = {
      id,
      names: current.names,
      sourceLocale: current.sourceLocale,
      locales: current.locales,
      version: current.version,
      status: readerStatus(current),
      lastReviewed: current.lastReviewed,
      nextReviewDue: current.nextReviewDue,
      files: history.versions[0]!.files,
    };
    // Only a place with earlier versions needs the list: a pin to the current one reads the catalog.
    if (history.versions.length > 1) {
      const historyFile = { path: `${id}/versions.json`, json: `${JSON.stringify(history)}\n` };
      files.push(historyFile);
      entry.history = reference(historyFile);
    }
    files.push(...latestCopies(entry, files));
    jurisdictions.push(entry);
  }
  files.push(...pickerFiles(jurisdictions));
  return { catalog: { format: 'kyr-catalog/2', jurisdictions }, files };
}

/**
 * What the place picker reads, so that it is ready as fast with 2,000 places as
 * with 20: `places.json`, only the names (for its list), and per place
 * `<id>/entry.json`, its catalog entry (the name it shows first).
 */
function pickerFiles(jurisdictions: CatalogEntry[]): PublishedFile[] {
  const places: Places = {
    format: 'kyr-places/1',
    places: jurisdictions.filter((entry) => entry.id !== BASELINE_ID).map(({ id, names, sourceLocale }) => ({ id, names, sourceLocale })),
  };
  return [
    { path: 'places.json', json: `${JSON.stringify(places)}\n` },
    ...jurisdictions.map((entry) => ({ path: `${entry.id}/entry.json`, json: `${JSON.stringify(entry)}\n` })),
  ];
}
