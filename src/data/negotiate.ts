/**
 * Which file of a record a reader gets, decided the same way by the data
 * build (for the `latest/` copies) and by the browser (for the catalog).
 */
import { allLocales } from '../generated/locale-codes.js';
import type { CatalogEntry } from './schema.js';

/** `wanted` itself among `codes` (any case), else its base language (`pt` for `pt-BR`), else undefined. Also the interface's rule (i18n/locale.ts). */
export function closestCode(codes: readonly string[], wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return codes.find((c) => c.toLowerCase() === lower) ?? codes.find((c) => c.toLowerCase() === lower.split('-')[0]);
}

/** The reader's locale if the record has it, else its base language, else the record's own. */
export function negotiateLocale(entry: Pick<CatalogEntry, 'locales' | 'sourceLocale'>, wanted: string): string {
  return closestCode(entry.locales.map((l) => l.code), wanted) ?? entry.sourceLocale;
}

/**
 * The languages each place's newest record is also published under, as
 * `<id>/latest/<code>.json`: the interface languages, so that any reader the
 * interface speaks to finds a file there (a copy of the one the catalog would
 * choose for them), and a browser can fetch it beside the catalog.
 */
export const latestLocales: readonly string[] = allLocales;

/** The `latest/` name that stands for what `wanted` would get, if there is one. */
export function latestLocaleFor(wanted: string): string | undefined {
  return closestCode(latestLocales, wanted);
}
