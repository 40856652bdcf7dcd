/** Dates in the reader's locale; content dates are calendar days, so UTC avoids an off-by-one. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    isoDate.length === 4 ? { year: 'numeric' } : isoDate.length === 7 ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
