/**
 * Numbers, lengths and dates in the reader's language. The conventions (month names, date order,
 * thousands separator, unit) come from the language's file in `data/i18n/` and match CLDR, as the
 * tests check against Node's full ICU; browsers cannot be relied on for them (Chromium ships
 * without Azerbaijani and Kazakh date and number data).
 */
import { PARTIAL_DATE } from '../content/dates.ts';
import type { Translate } from './translate.ts';

/** A language's conventions, read once from its translation. */
export interface Formats {
  /** A day's date in the language's order ("{day} {month} {year}" in English). */
  date: (parts: { day: number; month: string; year: number }) => string;
  /** Month names as a date writes them (genitive in Russian). */
  months: readonly string[];
  /** A month's date in the language's order ("{month} {year}" in English). */
  yearMonth: (parts: { month: string; year: number }) => string;
  /** Month names as a month and year write them (nominative in Russian). */
  monthsStandalone: readonly string[];
  /** The thousands separator, read from how the language writes 1000. */
  thousands: string;
  /** A length written with the language's unit ("{value} km" in English). */
  km: (value: string) => string;
}

export function formatsOf(t: Translate): Formats {
  return {
    date: ({ day, month, year }) =>
      t('format.date', { day: String(day), month, year: String(year) }),
    months: t('format.months').split(','),
    yearMonth: ({ month, year }) => t('format.yearMonth', { month, year: String(year) }),
    monthsStandalone: t('format.monthsStandalone').split(','),
    thousands: t('format.thousand').replace(/\d/g, ''),
    km: (value) => t('format.km', { value }),
  };
}

/** A whole number with the language's thousands separator. */
export function formatInteger(value: number, formats: Formats): string {
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, formats.thousands);
  return value < 0 ? `−${grouped}` : grouped;
}

/** A drawn length, rounded to 10 km: the geometry is not precise enough for more. */
export function formatKm(km: number, formats: Formats): string {
  return formats.km(formatInteger(Math.round(km / 10) * 10, formats));
}

/**
 * A date as the language writes it, as precise as it is given: `2024-01-31` as "31 January 2024",
 * `2024-05` as "May 2024", `2024` as "2024". Anything else is given back unchanged.
 */
export function formatDate(isoDate: string, formats: Formats): string {
  if (!PARTIAL_DATE.test(isoDate)) return isoDate;
  const [year = 0, month, day] = isoDate.split('-').map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) {
    const name = formats.monthsStandalone[month - 1] ?? String(month);
    return formats.yearMonth({ month: name, year });
  }
  return formats.date({ day, month: formats.months[month - 1] ?? String(month), year });
}

/** "a", "a and b", "a, b and c": the pattern of each of the map's languages, with its "and". */
export function formatList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
