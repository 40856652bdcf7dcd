/**
 * Every Intl call of the project, in one place: dates, numbers, lists,
 * language names and sorting, each in a given locale. A locale Intl does not
 * accept (a typo in a page's `lang`) falls back to the browser's default
 * instead of breaking the element.
 */

/** `locale` as Intl accepts it, else none (the browser's default). */
function safeLocales(locale: string): string[] {
  try {
    return Intl.getCanonicalLocales(locale);
  } catch {
    return [];
  }
}

/** Dates in the reader's locale; content dates are calendar days, so UTC avoids an off-by-one. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    isoDate.length === 4 ? { year: 'numeric' } : isoDate.length === 7 ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(safeLocales(locale), { ...options, timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

/** A count with the locale's digits and grouping ("1,234", "١٬٢٣٤"). */
export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(safeLocales(locale));
}

/** A language's name in `inLocale` ("Swahili", "السواحلية"); the code itself when unknown. */
export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames(safeLocales(inLocale), { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A list written the locale's way: `and` joins a sentence's items ("health, schools and housing"),
 * `short` a compact run ("English, Swahili"). Returns a formatter, built once per render.
 */
export function listFormatter(locale: string, style: 'and' | 'short'): (items: string[]) => string {
  try {
    const format = new Intl.ListFormat(
      safeLocales(locale),
      style === 'and' ? { type: 'conjunction' } : { style: 'short', type: 'unit' },
    );
    return (items) => format.format(items);
  } catch {
    return (items) => items.join(', ');
  }
}

/** Compares two names as the locale sorts them. */
export function sorter(locale: string): (a: string, b: string) => number {
  return new Intl.Collator(safeLocales(locale)).compare;
}
