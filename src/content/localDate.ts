/** Today's date as the export prints it. (Figures and dates for readers: `i18n/format.ts`.) */

/** Today (or `date`) as YYYY-MM-DD in the reader's own time zone. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
