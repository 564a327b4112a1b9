/**
 * The URL's hash holds the reader's state: `#map=<zoom>/<lat>/<lng>[/<bearing>/<pitch>]` in
 * MapLibre's own format, `project=<id>`, `date=<YYYY-MM-DD>` (the day whose status the map
 * shows) and `view=table` (the table in place of the map). Parsing never throws: anything
 * malformed is dropped.
 */
import { isDay } from '../content/dates.ts';

/** A camera position as the URL records it. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** What the hash holds; null where it holds nothing usable. */
export interface HashState {
  view: MapView | null;
  project: string | null;
  /** A day of the calendar, `YYYY-MM-DD`; the caller keeps it within the map's timespan. */
  date: string | null;
  /** Whether the projects are shown as a table (`view=table`); left out for the map. */
  table?: boolean;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const LIMITS = {
  zoom: [0, 24],
  lat: [-85.051129, 85.051129],
  lng: [-180, 180],
  bearing: [-180, 180],
  pitch: [0, 85],
} as const;

function within(value: number, [min, max]: readonly [number, number]): boolean {
  return value >= min && value <= max;
}

/** Parses MapLibre's `zoom/lat/lng[/bearing[/pitch]]`; null if anything is off. */
export function parseView(text: string): MapView | null {
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((part) => NUMBER.test(part))) {
    return null;
  }
  const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = parts.map(Number);
  const view = { zoom, lat, lng, bearing, pitch };
  const ok = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).every((key) =>
    within(view[key], LIMITS[key]),
  );
  return ok ? view : null;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Reads the hash (with or without its `#`); unknown projects and keys are ignored. */
export function parseHash(hash: string, knownProjects: readonly string[]): HashState {
  const state: HashState = { view: null, project: null, date: null };
  for (const pair of withoutHostPart(hash).replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const key = pair.slice(0, at);
    const value = decode(pair.slice(at + 1));
    if (value === null) continue;
    if (key === 'map') state.view = parseView(value);
    else if (key === 'project' && knownProjects.includes(value)) state.project = value;
    else if (key === 'date' && isDay(value)) state.date = value;
    else if (key === 'view' && value === 'table') state.table = true;
  }
  return state;
}

/**
 * A hash without the part a host page appends to it: WordPress adds `#?secret=…` to an embed's
 * address (after any hash of ours), which is the host's, not a view of the map.
 */
export function withoutHostPart(hash: string): string {
  return hash.replace(/#?\?secret=[^#&]*$/, '');
}

/** The project a hash names, known or not (for telling the reader it is not on the map). */
export function askedProject(hash: string): string | null {
  for (const pair of withoutHostPart(hash).replace(/^#/, '').split('&')) {
    if (pair.startsWith('project=')) return decode(pair.slice('project='.length)) || null;
  }
  return null;
}

/** A number with at most `decimals` decimals, without trailing zeros or exponent notation. */
function formatNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * Like `formatNumber`, but rounds towards zero where rounding would leave the field's range: at
 * zoom 0, latitude 85.05 would otherwise be written as 85.1, which the parser rejects.
 */
function formatWithin(value: number, decimals: number, range: readonly [number, number]): string {
  const text = formatNumber(value, decimals);
  if (within(Number(text), range)) return text;
  const scale = 10 ** decimals;
  return formatNumber(Math.trunc(value * scale) / scale, decimals);
}

/** Formats a view as MapLibre's hash does: more decimals the further one zooms in. */
export function formatView(view: MapView): string {
  const zoom = Math.round(view.zoom * 100) / 100;
  const precision = Math.max(
    0,
    Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10),
  );
  const parts = [
    formatNumber(zoom, 2),
    formatWithin(view.lat, precision, LIMITS.lat),
    formatWithin(view.lng, precision, LIMITS.lng),
  ];
  if (view.bearing || view.pitch) parts.push(formatWithin(view.bearing, 1, LIMITS.bearing));
  if (view.pitch) parts.push(formatWithin(view.pitch, 0, LIMITS.pitch));
  return parts.join('/');
}

/** The hash for a state, `#map=…&project=…&date=…&view=table`, or '' when there is nothing to record. */
export function serializeHash(state: HashState): string {
  const pairs: string[] = [];
  if (state.view) pairs.push(`map=${formatView(state.view)}`);
  if (state.project) pairs.push(`project=${encodeURIComponent(state.project)}`);
  if (state.date) pairs.push(`date=${state.date}`);
  if (state.table) pairs.push('view=table');
  return pairs.length > 0 ? `#${pairs.join('&')}` : '';
}
