/**
 * Formatters, made once per language and kind: building one is far slower than
 * using it (a card formats a dozen dates, and a cheap phone feels each build).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

function dateFormat(locale: string, precision: number): Intl.DateTimeFormat | null {
  const key = `${locale}|${precision}`;
  if (!dateFormats.has(key)) {
    const options: Intl.DateTimeFormatOptions = precision === 4 ? { year: 'numeric' } : precision === 7 ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
    try {
      dateFormats.set(key, new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
    } catch {
      dateFormats.set(key, null);
    }
  }
  return dateFormats.get(key)!;
}

/** Dates in the reader's locale; content dates are calendar days, so UTC avoids an off-by-one. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
  const format = dateFormat(locale, isoDate.length === 4 || isoDate.length === 7 ? isoDate.length : 10);
  try {
    return format ? format.format(new Date(Date.UTC(y!, m - 1, d))) : isoDate;
  } catch {
    return isoDate;
  }
}
