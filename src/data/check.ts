/**
 * The runtime check: every catalog and record, loaded or given inline, must
 * pass the published schema before an element sees it. It holds zod/mini and
 * the schema, the largest part of the data layer, so `load.ts` fetches this
 * module beside the first data request instead of putting it in a first view.
 */
import { catalogEntrySchema, catalogSchema, placesSchema, publishedRecordSchema, versionsSchema, type Catalog, type CatalogEntry, type Places, type PublishedRecord, type Versions } from './schema.js';
import { DataError } from './errors.js';

/** The first problem, said with its field path, for the console and the error state. */
function firstIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'unknown problem';
}

type Verdict<T> = { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };

/** The checked value, or a DataError naming where it came from and its first problem. */
function accepted<T>(verdict: Verdict<T>, origin: string): T {
  if (!verdict.success) throw new DataError('invalid', `${origin}: ${firstIssue(verdict.error.issues)}`);
  return verdict.data;
}

/** Check a record from anywhere (a file, or the `data` property) before it is shown. */
export function checkRecord(value: unknown, origin: string): PublishedRecord {
  return accepted(publishedRecordSchema.safeParse(value), origin);
}

/** Check a catalog before any element uses it. */
export function checkCatalog(value: unknown, origin: string): Catalog {
  return accepted(catalogSchema.safeParse(value), origin);
}

/** Check a jurisdiction's list of published versions before a pinned version is looked up in it. */
export function checkVersions(value: unknown, origin: string): Versions {
  return accepted(versionsSchema.safeParse(value), origin);
}

/** Check the list of places' names before the picker shows it. */
export function checkPlaces(value: unknown, origin: string): Places {
  return accepted(placesSchema.safeParse(value), origin);
}

/** Check one place's entry (`<id>/entry.json`) before its name is shown. */
export function checkCatalogEntry(value: unknown, origin: string): CatalogEntry {
  return accepted(catalogEntrySchema.safeParse(value), origin);
}
