/**
 * Dates as precise as their sources: a year (`2023`), a month (`2024-05`) or a day
 * (`2023-08-22`). Pure and free of time zones: days are counted in UTC.
 */

const DAY_MS = 86_400_000;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, whether or not the calendar has that day. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parts(date: string): [number, number | undefined, number | undefined] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? Number.NaN, month, day];
}

/** Whether a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a real year, month or day. */
export function isCalendarDate(date: string): boolean {
  if (!PARTIAL_DATE.test(date)) return false;
  const [year, month, day] = parts(date);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** How precise a date is. */
export type Precision = 'year' | 'month' | 'day';

/** Whether a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date names a year, a month or a day. */
export function precisionOf(date: string): Precision {
  const [, month, day] = parts(date);
  return day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}

/**
 * The last day of the period a date names, as `YYYY-MM-DD`: a yearly total or an event known
 * only to the month has happened for certain by then, so that is when it counts.
 */
export function periodEnd(date: string): string {
  const [year, month = 12, day] = parts(date);
  return isoDay(Date.UTC(year, month - 1, day ?? daysInMonth(year, month)));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(day: string): number {
  const [year, month = 1, date = 1] = parts(day);
  return Date.UTC(year, month - 1, date);
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The `YYYY-MM-DD` a number of days after another. */
export function addDays(day: string, days: number): string {
  return isoDay(dayMs(day) + days * DAY_MS);
}

/** Whether a string is a full `YYYY-MM-DD` date of the calendar. */
export function isDay(date: string): boolean {
  return precisionOf(date) === 'day' && isCalendarDate(date);
}
