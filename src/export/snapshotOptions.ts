/** What a snapshot is made of, its file name, and the checks on what is asked for. Pure. */
import { isDay } from '../content/dates';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import { THEME_NAMES, type ThemeName } from '../map/theme';
import { type MapView, parseView } from '../state/url';

/** Image sizes offered beside the current view, in CSS pixels (multiplied by the scale). */
export const SIZE_PRESETS = [
  { id: 'link-preview', width: 1200, height: 630, label: '1200 × 630 (link previews)' },
  { id: 'square', width: 1080, height: 1080, label: '1080 × 1080 (square)' },
  { id: 'wide', width: 1600, height: 900, label: '1600 × 900 (wide)' },
] as const;

/** Pixel ratios offered; 2 is the default. */
export const SCALES = [1, 2, 4] as const;
export const DEFAULT_SCALE = 2;

/** Everything a snapshot depends on: size, pixel ratio, and what the map shows. */
export interface SnapshotRequest {
  width: number;
  height: number;
  scale: number;
  /** The selected project, titled and emphasised; null for the whole map. */
  project: string | null;
  hidden: readonly string[];
  /** The camera; null fits the selected project (or every visible one) into the image. */
  view: MapView | null;
  /** Whether to quote the selected project's clause on the image. */
  callout: boolean;
  /** The date printed on the image, YYYY-MM-DD. */
  date: string;
  /** The day whose status the routes are drawn in (`YYYY-MM-DD`); absent or null for the latest. */
  asOf?: string | null;
  /** The language of the title, legend, credit and map labels. */
  language: Language;
  theme: ThemeName;
}

/** `trans-caspian-<project or map>-<scale>x.png`. */
export function snapshotFileName(project: string | null, scale: number): string {
  return `trans-caspian-${project ?? 'map'}-${scale}x.png`;
}

/**
 * The largest scale, at most `scale`, whose image fits `maxSide` pixels a side; a fraction when
 * even 1× does not fit.
 */
export function usableScale(width: number, height: number, scale: number, maxSide: number): number {
  const fits = (s: number) => width * s <= maxSide && height * s <= maxSide;
  if (fits(scale)) return scale;
  const offered = [...SCALES].reverse().find((s) => s < scale && fits(s));
  return offered ?? Math.floor((maxSide / Math.max(width, height)) * 100) / 100;
}

const MIN_SIDE = 200;
const MAX_SIDE = 4000;

/** Options of `npm run snapshot`, checked. */
export interface SnapshotCliOptions {
  out: string;
  width: number;
  height: number;
  scale: number;
  project: string | null;
  lang: Language;
  theme: ThemeName;
  view: MapView | null;
  /** The day whose status the routes are drawn in; null for the latest milestone. */
  date: string | null;
}

export type ParsedArgs = { ok: true; options: SnapshotCliOptions } | { ok: false; error: string };

export const SNAPSHOT_USAGE =
  'usage: npm run snapshot -- --out FILE.png [--project ID] [--width 1200] [--height 630] [--scale 2] [--lang en|ru|az|kk] [--theme light|dark] [--view ZOOM/LAT/LNG] [--date YYYY-MM-DD]';

function positiveInteger(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Parses the CLI's arguments; every problem is a sentence saying what to write instead. */
export function parseSnapshotArgs(
  argv: readonly string[],
  projects: readonly string[],
): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: false, error: 'help' };
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    if (!/^--[a-z]+$/.test(flag)) return { ok: false, error: `unexpected argument "${flag}"` };
    if (value === undefined || value.startsWith('--')) {
      return { ok: false, error: `${flag} needs a value` };
    }
    values.set(flag.slice(2), value);
  }
  const known = ['out', 'project', 'width', 'height', 'scale', 'lang', 'theme', 'view', 'date'];
  const unknown = [...values.keys()].find((key) => !known.includes(key));
  if (unknown) return { ok: false, error: `unknown option --${unknown}` };

  const out = values.get('out');
  if (!out) return { ok: false, error: '--out FILE.png is required' };
  if (!out.toLowerCase().endsWith('.png'))
    return { ok: false, error: '--out must name a .png file' };

  const sides: Record<'width' | 'height', number> = { width: 1200, height: 630 };
  for (const side of ['width', 'height'] as const) {
    const text = values.get(side);
    if (text === undefined) continue;
    const value = positiveInteger(text);
    if (value === null || value < MIN_SIDE || value > MAX_SIDE) {
      return {
        ok: false,
        error: `--${side} must be a whole number from ${MIN_SIDE} to ${MAX_SIDE}`,
      };
    }
    sides[side] = value;
  }

  const scaleText = values.get('scale') ?? String(DEFAULT_SCALE);
  const scale = Number(scaleText);
  if (!(SCALES as readonly number[]).includes(scale) || !/^\d$/.test(scaleText)) {
    return { ok: false, error: `--scale must be one of ${SCALES.join(', ')}` };
  }

  const project = values.get('project') ?? null;
  if (project !== null && !projects.includes(project)) {
    return { ok: false, error: `unknown project "${project}"; known: ${projects.join(', ')}` };
  }

  const lang = values.get('lang') ?? 'en';
  if (!isLanguage(lang)) {
    return { ok: false, error: `--lang must be one of ${LANGUAGES.join(', ')}` };
  }

  const theme = values.get('theme') ?? 'light';
  if (!(THEME_NAMES as readonly string[]).includes(theme)) {
    return { ok: false, error: `--theme must be one of ${THEME_NAMES.join(', ')}` };
  }

  const viewText = values.get('view');
  const view = viewText === undefined ? null : parseView(viewText);
  if (viewText !== undefined && view === null) {
    return { ok: false, error: '--view must be ZOOM/LAT/LNG, e.g. 5/41.5/50' };
  }

  const date = values.get('date') ?? null;
  if (date !== null && !isDay(date)) {
    return { ok: false, error: '--date must be a day of the calendar, YYYY-MM-DD' };
  }

  return {
    ok: true,
    options: { out, ...sides, scale, project, lang, theme: theme as ThemeName, view, date },
  };
}
