/** Formatting of figures and dates for the panel. */

/** A drawn length, rounded to 10 km: the geometry is not precise enough for more. */
export function formatKm(km: number, locale = 'en'): string {
  const rounded = Math.round(km / 10) * 10;
  return `${new Intl.NumberFormat(locale).format(rounded)} km`;
}

/** An ISO date (YYYY-MM-DD) as a reader writes it, e.g. "31 January 2024". */
export function formatDate(isoDate: string, locale = 'en-GB'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today (or `date`) as YYYY-MM-DD in the reader's own time zone. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
