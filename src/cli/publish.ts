/**
 * Turning checked content into what the browser loads: one JSON file per
 * jurisdiction × version × locale, and a catalog that lists each file with its
 * hash. Output is a pure function of the input so two builds are byte-identical.
 */
import { createHash } from 'node:crypto';
import { publishedRecordSchema, type Catalog, type CatalogEntry, type ContentRecord } from '../data/schema.js';
import { inLocale } from './texts.js';
import { latestLocales, negotiateLocale } from '../data/negotiate.js';

export interface PublishedFile {
  path: string;
  json: string;
}

/** Every locale of one version of one record, checked against the browser's own schema. */
export function publishVersion(record: ContentRecord): { files: PublishedFile[]; entryFiles: CatalogEntry['versions'][number] } {
  const files: PublishedFile[] = [];
  const entryFiles: CatalogEntry['versions'][number] = { version: record.version, files: {} };
  const { $schema: _editorHint, ...content } = record;
  for (const { code } of record.locales) {
    const published = publishedRecordSchema.parse({ ...(inLocale(content, code) as object), locale: code });
    const json = `${JSON.stringify(published)}\n`;
    const path = `${record.id}/${record.version}/${code}.json`;
    files.push({ path, json });
    entryFiles.files[code] = {
      path,
      sha256: createHash('sha256').update(json).digest('hex'),
      bytes: Buffer.byteLength(json),
    };
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
  const newest = entry.versions[0]!;
  return latestLocales.map((code) => {
    const chosen = newest.files[negotiateLocale(entry, code)]!;
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
    const entry: CatalogEntry = {
      id,
      names: current.names,
      sourceLocale: current.sourceLocale,
      locales: current.locales,
      version: current.version,
      status: current.status,
      lastReviewed: current.lastReviewed,
      nextReviewDue: current.nextReviewDue,
      versions: [],
    };
    for (const record of versions) {
      const published = publishVersion(record);
      files.push(...published.files);
      entry.versions.push(published.entryFiles);
    }
    files.push(...latestCopies(entry, files));
    jurisdictions.push(entry);
  }
  return { catalog: { format: 'kyr-catalog/1', jurisdictions }, files };
}
