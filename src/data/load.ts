/**
 * Loading published data in the browser: a place's catalog entry first (its
 * own small file, else the catalog), then one record file (for a pinned older
 * version, the jurisdiction's list of versions before it),
 * each checked (hash, size, shape) before any element sees it. Results are
 * cached in memory only; nothing is written to any browser storage.
 */
// Types only from the schema: the check itself (zod/mini) arrives with the data, see check.ts.
import { BASELINE_ID, jurisdictionIdPattern } from './vocabulary.js';
import type { Catalog, CatalogEntry, Places, PublishedFileRef, PublishedRecord } from './schema.js';
import { DataError } from './errors.js';
import { defaultDataBase } from './data-location.js';
import { latestLocaleFor, negotiateLocale } from './negotiate.js';

export { negotiateLocale } from './negotiate.js';

/** No legitimate record file comes near this; a larger one is refused unread. */
export const MAX_FILE_BYTES = 512 * 1024;
/** The catalog grows with the number of places (about 750 bytes each), not with their history: room for a few thousand. */
export const MAX_CATALOG_BYTES = 4 * 1024 * 1024;

export { DataError, type DataErrorReason } from './errors.js';

type Checks = typeof import('./check.js');
let checksLoaded: Checks | undefined;
let checksPending: Promise<Checks> | undefined;

/**
 * The runtime check, fetched once, beside the first data request: it is needed
 * only when data arrives, so on a slow network it downloads while the data's
 * request is on its way instead of delaying the first view.
 */
export function loadChecks(): Promise<Checks> {
  checksPending ??= import('./check.js').then(
    (checks) => (checksLoaded = checks),
    (error: unknown) => {
      checksPending = undefined;
      throw new DataError('unavailable', `the data check (parts/ beside the script) did not load: ${String(error)}`);
    },
  );
  return checksPending;
}

/** The runtime check if it has arrived: inline data is then checked at once, with no loading state. */
export function checksIfLoaded(): Checks | undefined {
  return checksLoaded;
}

export interface DataRequest {
  jurisdiction: string;
  /** The reader's locale; the record's source language is used when it has none. */
  locale: string;
  /** Pin a published version; the newest is used when absent. */
  version?: string | undefined;
  /** Base URL of the data; defaults to `data/` beside the script. */
  dataSrc?: string | undefined;
}

export interface LoadedRecord {
  record: PublishedRecord;
  /** The reader asked for a language this record does not have. */
  localeFallback: boolean;
  /** The jurisdiction has no record, so the global baseline stands in. */
  isBaseline: boolean;
}

const cache = new Map<string, Promise<unknown>>();
/** Data locations whose catalog has been read (and checked) at least once. */
const catalogsRead = new Set<string>();
/** Places' entries (by URL) that have been read and checked: their files are known without a round trip. */
const entriesRead = new Set<string>();

/** Fetch once per URL; a failure is forgotten so a retry asks the network again. */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

export function resolveDataBase(dataSrc?: string): string {
  const base = dataSrc && dataSrc.trim() ? dataSrc.trim() : defaultDataBase();
  return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
}

async function fetchText(url: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  let response: Response;
  try {
    // No cookies or referrer go with a data request: the data host learns nothing about the reader.
    response = await fetch(url, { credentials: credentialsFor(url), referrerPolicy: 'no-referrer', cache: 'no-store' });
  } catch (error) {
    throw new DataError('unreachable', `${url}: ${String(error)}`);
  }
  if (response.status === 404) throw new DataError('not-found', `${url}: HTTP 404`);
  if (!response.ok) throw new DataError('unavailable', `${url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new DataError('invalid', `${url}: ${declared} bytes is too large`);
  const text = await response.text();
  if (text.length > maxBytes) throw new DataError('invalid', `${url}: too large`);
  return text;
}

/**
 * 'omit', unless the page asked for this very file ahead with
 * `<link rel="preload" as="fetch" crossorigin="anonymous">`: the browser has
 * then already sent that request in the 'same-origin' mode, and only a fetch in
 * the same mode takes its answer instead of asking the network again. Cookies
 * then go only to the page's own origin, which had them with the page itself.
 */
function credentialsFor(url: string): RequestCredentials {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="preload"][as="fetch"]')) {
    if (link.href === url && link.crossOrigin === 'anonymous') return 'same-origin';
  }
  return 'omit';
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError('invalid', `${url}: not JSON`);
  }
}

/**
 * A file that indexes the whole data location (the catalog, the list of places),
 * fetched once and checked. Without it the data location is wrong or down,
 * which is not the same as a place that is missing.
 */
function loadIndexFile<T>(base: string, name: string, check: (checks: Checks) => (value: unknown, origin: string) => T): Promise<T> {
  const url = new URL(name, base).href;
  return cached(url, async () => {
    void loadChecks().catch(() => undefined);
    const text = await fetchText(url, MAX_CATALOG_BYTES).catch((error: DataError) => {
      throw error.reason === 'not-found' ? new DataError('unavailable', `${error.detail} (no catalog at the data location: serve the data there or set data-src)`) : error;
    });
    return check(await loadChecks())(parseJson(text, url), url);
  });
}

export async function loadCatalog(base: string): Promise<Catalog> {
  const catalog = await loadIndexFile(base, 'catalog.json', (checks) => checks.checkCatalog);
  catalogsRead.add(base);
  return catalog;
}

/**
 * The names of every place (`places.json`), for the picker's list: a fraction of
 * the catalog, which also names every place's files and hashes.
 */
export function loadPlaces(base: string): Promise<Places> {
  return loadIndexFile(base, 'places.json', (checks) => checks.checkPlaces);
}

/** One place's catalog entry (`<id>/entry.json`): its names, version and files, whatever the number of places. */
export function loadCatalogEntry(base: string, id: string): Promise<CatalogEntry> {
  if (!jurisdictionIdPattern.test(id)) return Promise.reject(new DataError('not-found', `"${id}" is not a place code`));
  const url = entryUrl(base, id);
  return cached(url, async () => {
    void loadChecks().catch(() => undefined);
    const text = await fetchText(url);
    const entry = (await loadChecks()).checkCatalogEntry(parseJson(text, url), url);
    if (entry.id !== id) throw new DataError('invalid', `${url}: is the entry of ${entry.id}, not ${id}`);
    entriesRead.add(url);
    return entry;
  });
}

function entryUrl(base: string, id: string): string {
  return new URL(`${id}/entry.json`, base).href;
}

async function sha256Hex(text: string): Promise<string | undefined> {
  // crypto.subtle exists only in secure contexts; on plain http a network observer
  // could rewrite the catalog too, so a hash would prove nothing there.
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The text if it is exactly the file the catalog names (size and SHA-256), else undefined. */
async function ifNamedFile(text: string | undefined, file: PublishedFileRef): Promise<string | undefined> {
  if (text === undefined || new TextEncoder().encode(text).byteLength !== file.bytes) return undefined;
  // Without crypto.subtle (plain http) nothing proves the copy is the named file: it is not used.
  return (await sha256Hex(text)) === file.sha256 ? text : undefined;
}

/**
 * A file the catalog names, fetched (or taken from an early copy) and used only
 * if its size and hash are what the catalog says, then checked for its shape.
 */
function loadNamedFile<T>(base: string, file: PublishedFileRef, check: (checks: Checks) => (value: unknown, origin: string) => T, early?: Promise<string | undefined>): Promise<T> {
  const url = new URL(file.path, base).href;
  // Keyed by the expected hash too: a catalog that names other content for the same path is checked afresh.
  return cached(`${url}#${file.sha256}`, async () => {
    if (file.bytes > MAX_FILE_BYTES) throw new DataError('invalid', `${url}: the catalog says ${file.bytes} bytes, too large`);
    const text = (await ifNamedFile(await early, file)) ?? (await fetchText(url));
    // The size is checked even where crypto.subtle is missing (plain http): a cut-off file fails here.
    const bytes = new TextEncoder().encode(text).byteLength;
    if (bytes !== file.bytes) {
      throw new DataError('integrity', `${url}: ${bytes} bytes, but the catalog says ${file.bytes}`);
    }
    const actual = await sha256Hex(text);
    if (actual !== undefined && actual !== file.sha256) {
      throw new DataError('integrity', `${url}: content does not match the catalog's hash`);
    }
    return check(await loadChecks())(parseJson(text, url), url);
  });
}

/** The files of one published version: the catalog's own for the current one, else from the jurisdiction's list of versions. */
async function filesOf(base: string, entry: CatalogEntry, version: string): Promise<CatalogEntry['files']> {
  if (version === entry.version) return entry.files;
  if (!entry.history) throw new DataError('version-not-found', `${entry.id} has no version ${version}`);
  const history = await loadNamedFile(base, entry.history, (checks) => checks.checkVersions);
  if (history.id !== entry.id) throw new DataError('invalid', `${new URL(entry.history.path, base).href}: lists ${history.id}, not ${entry.id}`);
  const published = history.versions.find((v) => v.version === version);
  if (!published) throw new DataError('version-not-found', `${entry.id} has no version ${version}`);
  return published.files;
}

/**
 * Before a place's entry is in memory, its newest record is fetched from its
 * `latest/` copy at the same time as the entry: on a slow network that saves a
 * whole round trip. The copy is used only if the entry then names exactly
 * those bytes; otherwise it is dropped unseen. A pinned version, or a language
 * the copies do not cover, waits for the entry.
 */
function fetchLatest(base: string, request: DataRequest): Promise<string | undefined> | undefined {
  const code = latestLocaleFor(request.locale);
  if (request.version || !code || !jurisdictionIdPattern.test(request.jurisdiction)) return undefined;
  if (catalogsRead.has(base) || entriesRead.has(entryUrl(base, request.jurisdiction))) return undefined;
  const url = new URL(`${request.jurisdiction}/latest/${code}.json`, base).href;
  return cached(url, () => fetchText(url)).catch(() => undefined);
}

export async function loadRecord(request: DataRequest): Promise<LoadedRecord> {
  const base = resolveDataBase(request.dataSrc);
  const early = fetchLatest(base, request);
  const found = await entryFor(base, request.jurisdiction);
  try {
    return await loadFromEntry(base, found, request, early);
  } catch (error) {
    // The entry held in memory may be what is wrong: older than the files, or
    // corrected on the host since. Read it once more before giving up, so that
    // "Try again" succeeds as soon as the host has recovered.
    const url = entryUrl(base, request.jurisdiction);
    cache.delete(url);
    entriesRead.delete(url);
    cache.delete(new URL('catalog.json', base).href);
    catalogsRead.delete(base);
    const fresh = await entryFor(base, request.jurisdiction).catch(() => found);
    if (fresh === found) throw error;
    return loadFromEntry(base, fresh, request);
  }
}

interface FoundEntry {
  entry: CatalogEntry;
  /** The place has no record, so this is the global baseline's entry. */
  isBaseline: boolean;
}

/**
 * The catalog entry of the place asked for: its own small file, so a first
 * view does not wait for the whole catalog, which grows with every place.
 * Where that file is missing or unusable (a place with no record, data
 * published before entries had files, a broken copy), the catalog decides:
 * it tells a missing place from a wrong data location, and names the global
 * baseline that stands in.
 */
async function entryFor(base: string, id: string): Promise<FoundEntry> {
  if (!catalogsRead.has(base)) {
    try {
      return { entry: await loadCatalogEntry(base, id), isBaseline: false };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
    }
  }
  const catalog = await loadCatalog(base);
  const entry = catalog.jurisdictions.find((j) => j.id === id);
  if (entry) return { entry, isBaseline: false };
  const baseline = catalog.jurisdictions.find((j) => j.id === BASELINE_ID);
  if (!baseline) throw new DataError('not-found', `no record for "${id}" and no global baseline`);
  return { entry: baseline, isBaseline: true };
}

async function loadFromEntry(base: string, { entry, isBaseline }: FoundEntry, request: DataRequest, early?: Promise<string | undefined>): Promise<LoadedRecord> {
  // A pin applies to the jurisdiction asked for; the baseline stands in at its newest.
  const version = request.version && !isBaseline ? request.version : entry.version;
  const files = await filesOf(base, entry, version);
  const locale = negotiateLocale(entry, request.locale);
  const file = files[locale];
  if (!file) throw new DataError('not-found', `${entry.id} ${version} has no ${locale} file`);
  // The early copy stands for the newest version only, and only if the place asked for is the one shown.
  const record = await loadNamedFile(base, file, (checks) => checks.checkRecord, version === entry.version && !isBaseline ? early : undefined);
  return {
    record,
    isBaseline,
    localeFallback: locale.toLowerCase().split('-')[0] !== request.locale.toLowerCase().split('-')[0],
  };
}

/**
 * The global baseline at its newest, in the reader's language if it has it:
 * what stands in when a place cannot be shown, and the general advice and
 * international contacts shown beside a place's own. Fetched once per data
 * location and language, however many elements ask.
 */
export async function loadBaseline(request: Omit<DataRequest, 'jurisdiction' | 'version'>): Promise<LoadedRecord> {
  return { ...(await loadRecord({ ...request, version: '', jurisdiction: BASELINE_ID })), isBaseline: true };
}

/** Past its review date: shown as "may be out of date", never hidden. */
export function isStale(record: Pick<PublishedRecord, 'nextReviewDue'>, today = new Date()): boolean {
  return record.nextReviewDue < today.toISOString().slice(0, 10);
}

/** For tests and for a host that swaps its data at run time. */
export function clearDataCache(): void {
  cache.clear();
  catalogsRead.clear();
  entriesRead.clear();
}
