/** How the route editor writes a route's measurements for the editor (in English, as the desk). */
import type { Passage } from '../../content/schema.ts';

const TENTHS = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * A drawn length: to a tenth of a kilometre below 1,000 km, so that moving a vertex shows, and
 * in whole kilometres above ("1,234 km"). The reader's map rounds to 10 km; this is the desk's.
 */
export function formatLengthKm(km: number): string {
  return `${km < 1000 ? TENTHS.format(km) : WHOLE.format(km)} km`;
}

/** Where a line starts and ends, by the places there ("no named place" where none is). */
export function formatEnds(from: string | null, to: string | null): string {
  return `${from ?? 'no named place'} → ${to ?? 'no named place'}`;
}

/** The countries and seas a line passes through, in order. */
export function formatPasses(passes: readonly Passage[] | null): string {
  if (passes === null) return 'not measured (the basemap’s countries are missing)';
  if (passes.length === 0) return 'none';
  return passes.map((passage) => ('country' in passage ? passage.country : passage.sea)).join(', ');
}
