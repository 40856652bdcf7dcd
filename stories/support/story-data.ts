/**
 * What the stories share: where the real built data is, records fetched from it
 * and changed one field at a time (for the stale, draft and unreviewed states),
 * a data location that never answers (for the loading state), one that does not
 * exist (for the error state), and the Arabic right-to-left wrapper.
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import type { Catalog, PublishedRecord, Versions } from '../../src/data/schema.js';

/**
 * The built data, served by Storybook at `/data/` (`staticDirs` in .storybook/main.ts).
 * Relative to the preview page, so a Storybook published under a sub-path still finds it.
 */
export const DATA_SRC = 'data/';

/** A data location that does not exist: the elements show their error state. */
export const MISSING_DATA_SRC = 'no-such-data/';

/** A data location whose requests never answer: the elements stay in their loading state. */
export const STALLED_DATA_SRC = 'stalled-data/';

/** Every record in the catalog, in the order of the issue (the story list is checked against the catalog by scripts/story-smoke.js). */
export const JURISDICTIONS = [
  'ke', 'cm', 'za', 'ug', 'th', 'in', 'my', 'mm', 'kg', 'mk',
  'se', 'ru', 'ec', 'mx', 'pe', 'gy', 'jm', 'us-la', 'ca', 'global',
] as const;
export type JurisdictionId = (typeof JURISDICTIONS)[number];

/** English names, for story names and the picker control's labels. */
export const JURISDICTION_NAMES: Record<JurisdictionId, string> = {
  ke: 'Kenya',
  cm: 'Cameroon',
  za: 'South Africa',
  ug: 'Uganda',
  th: 'Thailand',
  in: 'India',
  my: 'Malaysia',
  mm: 'Myanmar',
  kg: 'Kyrgyzstan',
  mk: 'North Macedonia',
  se: 'Sweden',
  ru: 'Russia',
  ec: 'Ecuador',
  mx: 'Mexico',
  pe: 'Peru',
  gy: 'Guyana',
  jm: 'Jamaica',
  'us-la': 'Louisiana (United States)',
  ca: 'Canada',
  global: 'Global baseline',
};

/** The interface languages (src/generated/locale-codes.ts) plus the content languages of the data. */
export const LOCALES = ['', 'en', 'ar', 'es', 'fa', 'fr', 'hi', 'kn', 'ky', 'mk', 'ms', 'my', 'pt', 'ro', 'ru', 'sv', 'sw', 'th', 'uk', 'zh-Hans'];

function dataUrl(path: string): string {
  return new URL(path, new URL(DATA_SRC, document.baseURI)).href;
}

async function fetchJson<T>(path: string): Promise<T> {
  const url = dataUrl(path);
  const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}: build the data first (node bin/kyr-content.js build, or npm run build).`);
  }
  return (await response.json()) as T;
}

let catalogPromise: Promise<Catalog> | undefined;

/** The catalog of the built data (fetched once per preview page). */
export function builtCatalog(): Promise<Catalog> {
  catalogPromise ??= fetchJson<Catalog>('catalog.json').catch((error: unknown) => {
    catalogPromise = undefined;
    throw error;
  });
  return catalogPromise;
}

/** Where a record's file is in the built data: the newest version unless one is named. */
export async function builtFilePath(id: string, locale = '', version = ''): Promise<string> {
  const catalog = await builtCatalog();
  const entry = catalog.jurisdictions.find((j) => j.id === id);
  if (!entry) throw new Error(`"${id}" is not in the built catalog (data/catalog.json).`);
  const published =
    !version || version === entry.version ? entry : (await fetchJson<Versions>(entry.history.path)).versions.find((v) => v.version === version);
  if (!published) throw new Error(`${id} has no published version ${version}.`);
  const file = published.files[locale || entry.sourceLocale];
  if (!file) throw new Error(`${id} ${published.version} has no "${locale}" file; it has ${Object.keys(published.files).join(', ')}.`);
  return file.path;
}

/** A published record from a built file, exactly as an element would load it. */
export async function builtRecord(id: string, locale = '', version = ''): Promise<PublishedRecord> {
  return fetchJson<PublishedRecord>(await builtFilePath(id, locale, version));
}

/** A record read from a path inside the built data, like `ke/1.0.0/sw.json`. */
export function builtFile(path: string): Promise<PublishedRecord> {
  return fetchJson<PublishedRecord>(path);
}

/** A copy of a record with some fields changed. */
export function withChanges(record: PublishedRecord, changes: Partial<PublishedRecord>): PublishedRecord {
  return { ...structuredClone(record), ...changes };
}

/** The changes that make each state from a real record. */
export const stateChanges = {
  /** Past its review date: "This may be out of date". */
  stale: (record: PublishedRecord) => withChanges(record, { lastReviewed: '2020-01-01', nextReviewDue: '2020-07-01' }),
  /** Not yet checked by reviewers: the draft badge. */
  draft: (record: PublishedRecord) => withChanges(record, { status: 'draft', reviewedBy: [] }),
  /** Reviewed by a lawyer: no badge at all, and the reviewers named in the footer. */
  reviewed: (record: PublishedRecord) =>
    withChanges(record, { status: 'legal-reviewed', reviewedBy: ['A lawyer from a partner legal aid organisation'] }),
  /** A translation nobody has checked yet: the unreviewed-translation badge (and no draft badge, so it stands alone). */
  unreviewed: (record: PublishedRecord) =>
    withChanges(record, {
      status: 'community-reviewed',
      reviewedBy: ['A sex worker-led organisation'],
      locales: record.locales.map((l) => (l.code === record.locale ? { ...l, translation: 'unreviewed' as const } : l)),
    }),
  /** A record that fails the runtime check: it must never be shown, even in part. */
  invalid: (record: PublishedRecord) => ({ ...structuredClone(record), rights: 'not a list' }) as unknown as PublishedRecord,
};
export type StateName = keyof typeof stateChanges;

const stalled = Symbol.for('kyr-widgets.storybook.stalled-fetch');

/**
 * Requests to `STALLED_DATA_SRC` never answer, so the loading state stays on
 * screen; every other request goes to the network as usual. Installed once per
 * preview page, it affects only that one made-up location.
 */
function stallRequestsToStalledData(): void {
  const page = window as unknown as Record<symbol, boolean>;
  if (page[stalled]) return;
  page[stalled] = true;
  const networkFetch = window.fetch.bind(window);
  const stalledBase = new URL(STALLED_DATA_SRC, document.baseURI).pathname;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname.startsWith(stalledBase)) return new Promise<Response>(() => {});
    return networkFetch(input, init);
  };
}

/** Decorators that fit the stories of any element, whatever its args. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStoryDecorator = Decorator<any>;

/** For loading stories: data from `STALLED_DATA_SRC` stays on its way for ever. */
export const withStalledData: AnyStoryDecorator = (story) => {
  stallRequestsToStalledData();
  return story();
};

/** Arabic, right to left, as a host page would set it: the elements follow the nearest `dir` and `lang`. */
export const rightToLeftArabic: AnyStoryDecorator = (story) => html`<div dir="rtl" lang="ar">${story()}</div>`;
