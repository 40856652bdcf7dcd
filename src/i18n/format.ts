/**
 * Every Intl call of the project, in one place: dates, numbers, lists,
 * language names and sorting, each in a given locale. Formatters are made
 * once per language and kind: building one is far slower than using it (a
 * card formats a dozen dates, and a cheap phone feels each build). A locale
 * Intl does not accept (a typo in a page's `lang`) falls back to the
 * browser's default instead of breaking the element.
 */

/** `locale` as Intl accepts it, else none (the browser's default). */
function safeLocales(locale: string): string[] {
  try {
    return Intl.getCanonicalLocales(locale);
  } catch {
    return [];
  }
}

/** One value per key, worked out the first time it is asked for. */
function cached<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

const dateFormat = cached((key): Intl.DateTimeFormat | null => {
  const [locale = '', precision] = key.split('|');
  const options: Intl.DateTimeFormatOptions = precision === '4' ? { year: 'numeric' } : precision === '7' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(safeLocales(locale), { ...options, timeZone: 'UTC' });
  } catch {
    return null;
  }
});

/** Dates in the reader's locale, at the precision written (year, month or day); content dates are calendar days, so UTC avoids an off-by-one. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
  const format = dateFormat(`${locale}|${isoDate.length === 4 || isoDate.length === 7 ? isoDate.length : 10}`);
  try {
    return format ? format.format(new Date(Date.UTC(y!, m - 1, d))) : isoDate;
  } catch {
    return isoDate;
  }
}

let datesPrepared = false;

/**
 * Builds the date formatter of the page's first record, in a task of its
 * own, while the record is still on its way: a page's first Intl formatter
 * loads the Intl data, which on a slow phone takes longer than drawing the
 * rest of the card, and would otherwise come after the record has arrived.
 * Once per page: later formatters are quick, and each one prepared ahead
 * would be one more task in the way of the first view.
 */
export function prepareDateFormat(locale: string): void {
  if (datesPrepared) return;
  datesPrepared = true;
  setTimeout(() => dateFormat(`${locale}|10`));
}

/** A count with the locale's digits and grouping ("1,234", "١٬٢٣٤"). */
export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(safeLocales(locale));
}

/** Names already worked out: a directory lists the same few languages on every render. */
const languageNames = cached((key) => {
  const [code = '', inLocale = ''] = key.split('|');
  try {
    return new Intl.DisplayNames(safeLocales(inLocale), { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
});

/** A language's name in `inLocale` ("Swahili", "السواحلية"); the code itself when unknown. */
export function languageName(code: string, inLocale: string): string {
  return languageNames(`${code}|${inLocale}`);
}

/**
 * A list written the locale's way: `and` joins a sentence's items ("health, schools and housing"),
 * `short` a compact run ("English, Swahili"). Returns a formatter, built once per render.
 */
export function listFormatter(locale: string, style: 'and' | 'short'): (items: string[]) => string {
  try {
    const format = new Intl.ListFormat(safeLocales(locale), style === 'and' ? { type: 'conjunction' } : { style: 'short', type: 'unit' });
    return (items) => format.format(items);
  } catch {
    return (items) => items.join(', ');
  }
}

/** Compares two names as the locale sorts them. */
export function sorter(locale: string): (a: string, b: string) => number {
  return new Intl.Collator(safeLocales(locale)).compare;
}
