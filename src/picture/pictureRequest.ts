/** What a picture is made of, its file name, and the checks on what is asked for. Pure. */
import { isDay } from '../content/dates.ts';
import { isLanguage, LANGUAGES, type Language } from '../content/languages.ts';
import { THEME_NAMES, type ThemeName } from '../content/themeNames.ts';
import { type MapView, parseView } from '../state/url.ts';

/** Image sizes offered beside the current view, in CSS pixels (multiplied by the scale). */
export const SIZE_PRESETS = [
  { id: 'link-preview', width: 1200, height: 630, label: '1200 × 630 (link previews)' },
  { id: 'square', width: 1080, height: 1080, label: '1080 × 1080 (square)' },
  { id: 'wide', width: 1600, height: 900, label: '1600 × 900 (wide)' },
  { id: 'story', width: 1080, height: 1920, label: '1080 × 1920 (stories)' },
] as const;

/** The files an export can be. */
export const FORMATS = ['png', 'svg', 'pdf'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** The moving pictures an export can be: a video (MP4 or WebM, as the browser encodes) or a GIF. */
export const MOTION_FORMATS = ['video', 'gif'] as const;
export type MotionExportFormat = (typeof MOTION_FORMATS)[number];

/** Sizes offered for video and GIF, in pixels: square and widescreen posts, and stories. */
export const MOTION_SIZES = [
  { id: 'square', width: 1080, height: 1080 },
  { id: 'widescreen', width: 1920, height: 1080 },
  { id: 'story', width: 1080, height: 1920 },
] as const;

/** CSS pixels in a millimetre (96 to the inch), and PDF points in a pixel (72 to the inch). */
export const PIXELS_PER_MM = 96 / 25.4;
export const POINTS_PER_PIXEL = 72 / 96;

/** Print widths offered for SVG and PDF, in millimetres. */
export const PRINT_WIDTHS = [
  { id: 'column', mm: 55 },
  { id: 'two-columns', mm: 115 },
  { id: 'page', mm: 250 },
] as const;

/** Aspects a print width takes its height from: width ÷ height. */
export const ASPECTS = [
  { id: '3:2', ratio: 3 / 2 },
  { id: '4:3', ratio: 4 / 3 },
  { id: '1:1', ratio: 1 },
  { id: '16:9', ratio: 16 / 9 },
  { id: '3:4', ratio: 3 / 4 },
  { id: '4:5', ratio: 4 / 5 },
] as const;

/** Custom print widths, in millimetres. */
export const MIN_WIDTH_MM = 40;
export const MAX_WIDTH_MM = 500;

/** A print size in millimetres as the picture's CSS pixels. */
export function printPixels(widthMm: number, heightMm: number): { width: number; height: number } {
  const px = (mm: number) => Math.round(mm * PIXELS_PER_MM * 100) / 100;
  return { width: px(widthMm), height: px(heightMm) };
}

/** A height in millimetres for a width and an aspect (width ÷ height), to a tenth. */
export const heightForAspect = (widthMm: number, ratio: number) =>
  Math.round((widthMm / ratio) * 10) / 10;

/**
 * A vector or motion export's file name: `trans-caspian-<project or map>-<size>.<extension>`, the
 * size in millimetres for a print size and in pixels otherwise.
 */
export function sizedFileName(
  project: string | null,
  format: Exclude<ExportFormat, 'png'> | 'mp4' | 'webm' | 'gif' | 'vtt',
  size: { widthMm: number } | { width: number; height: number },
): string {
  const label =
    'widthMm' in size
      ? `${size.widthMm}mm`
      : `${Math.round(size.width)}x${Math.round(size.height)}`;
  return `trans-caspian-${project ?? 'map'}-${label}.${format}`;
}

/** Pixel ratios offered; 2 is the default. */
export const SCALES = [1, 2, 4] as const;
export const DEFAULT_SCALE = 2;

/** Everything a picture depends on: size, pixel ratio, and what the map shows. */
export interface PictureRequest {
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
export function pictureFileName(project: string | null, scale: number): string {
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

/** Options of `npm run picture`, checked. */
/** The files `npm run picture` writes: the still ones, and video (MP4, WebM) and GIF. */
export const CLI_FORMATS = [...FORMATS, 'mp4', 'webm', 'gif'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

/** Whether a format moves: a video or a GIF. */
export const movesIn = (format: string): format is 'mp4' | 'webm' | 'gif' =>
  format === 'mp4' || format === 'webm' || format === 'gif';

export interface PictureCliOptions {
  out: string;
  format: CliFormat;
  /** Video and GIF: whether the camera moves to each caption's project. */
  moveCamera: boolean;
  /** A print size (SVG and PDF), in millimetres; null for a size in pixels. */
  print: { widthMm: number; heightMm: number } | null;
  /** Print style: heavier strokes and larger type (SVG and PDF). */
  printStyle: boolean;
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

export type ParsedArgs = { ok: true; options: PictureCliOptions } | { ok: false; error: string };

export const PICTURE_USAGE = [
  'usage: npm run picture -- --out FILE.png|.svg|.pdf|.mp4|.webm|.gif [--format png|svg|pdf|mp4|webm|gif] [--project ID]',
  '         [--width 1200] [--height 630] [--scale 2 (PNG)] [--width-mm 115 [--height-mm 77 | --aspect 3:2] --print (SVG, PDF)]',
  '         [--lang en|ru|az|kk] [--theme light|dark] [--view ZOOM/LAT/LNG] [--date YYYY-MM-DD (still pictures)]',
  '         [--move-camera (video, GIF)]   video and GIF: 1080 × 1080 unless sized; a GIF is 720 px wide',
].join('\n');

/** Flags that take no value. */
const SWITCHES = ['print', 'move-camera'];

/** A positive decimal number of millimetres, or null. */
function millimetres(text: string): number | null {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function positiveInteger(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Parses the CLI's arguments; every problem is a sentence saying what to write instead. */
export function parsePictureArgs(argv: readonly string[], projects: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: false, error: 'help' };
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? '';
    if (!/^--[a-z][a-z-]*$/.test(flag))
      return { ok: false, error: `unexpected argument "${flag}"` };
    if (SWITCHES.includes(flag.slice(2))) {
      values.set(flag.slice(2), 'yes');
      i -= 1;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) {
      return { ok: false, error: `${flag} needs a value` };
    }
    values.set(flag.slice(2), value);
  }
  const known = [
    'out',
    'format',
    'project',
    'width',
    'height',
    'scale',
    'width-mm',
    'height-mm',
    'aspect',
    'print',
    'lang',
    'theme',
    'view',
    'date',
    'move-camera',
  ];
  const unknown = [...values.keys()].find((key) => !known.includes(key));
  if (unknown) return { ok: false, error: `unknown option --${unknown}` };

  const out = values.get('out');
  if (!out)
    return { ok: false, error: '--out FILE.png (or .svg, .pdf, .mp4, .webm, .gif) is required' };
  const extension = /\.([a-z0-9]+)$/i.exec(out)?.[1]?.toLowerCase() ?? '';
  const format = values.get('format') ?? extension;
  if (!values.has('format') && !(CLI_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: '--out must name a .png, .svg, .pdf, .mp4, .webm or .gif file' };
  }
  if (!(CLI_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: `--format must be one of ${CLI_FORMATS.join(', ')}` };
  }
  if (extension !== format) return { ok: false, error: `--out must name a .${format} file` };
  const moving = movesIn(format);
  const vector = format === 'svg' || format === 'pdf';
  if (moving) {
    for (const still of ['scale', 'date', 'print'] as const) {
      if (values.has(still)) {
        return {
          ok: false,
          error: `--${still} is for still pictures; video and GIF run to the latest milestone at their own size`,
        };
      }
    }
  } else if (values.has('move-camera')) {
    return { ok: false, error: '--move-camera is for video and GIF' };
  }

  let print: PictureCliOptions['print'] = null;
  const widthMmText = values.get('width-mm');
  if (widthMmText !== undefined) {
    if (!vector)
      return { ok: false, error: '--width-mm is for SVG and PDF; a PNG is sized in pixels' };
    if (values.has('width') || values.has('height')) {
      return {
        ok: false,
        error: 'give a size in pixels (--width, --height) or in millimetres (--width-mm), not both',
      };
    }
    const widthMm = millimetres(widthMmText);
    if (widthMm === null || widthMm < MIN_WIDTH_MM || widthMm > MAX_WIDTH_MM) {
      return {
        ok: false,
        error: `--width-mm must be a number from ${MIN_WIDTH_MM} to ${MAX_WIDTH_MM}`,
      };
    }
    const heightMmText = values.get('height-mm');
    const aspectText = values.get('aspect') ?? '3:2';
    let heightMm: number | null;
    if (heightMmText !== undefined) {
      heightMm = millimetres(heightMmText);
      if (heightMm === null || heightMm < MIN_WIDTH_MM / 2 || heightMm > MAX_WIDTH_MM) {
        return {
          ok: false,
          error: `--height-mm must be a number from ${MIN_WIDTH_MM / 2} to ${MAX_WIDTH_MM}`,
        };
      }
    } else {
      const [w, h] = aspectText.split(':').map(Number);
      if (!w || !h || !/^\d+(\.\d+)?:\d+(\.\d+)?$/.test(aspectText)) {
        return { ok: false, error: '--aspect must be WIDTH:HEIGHT, e.g. 3:2' };
      }
      heightMm = heightForAspect(widthMm, w / h);
    }
    print = { widthMm, heightMm };
  } else if (values.has('height-mm') || values.has('aspect')) {
    return { ok: false, error: '--height-mm and --aspect need --width-mm' };
  }
  if (vector && values.has('scale')) {
    return { ok: false, error: '--scale is for PNG; SVG and PDF are vector at any size' };
  }
  if (!vector && !moving && values.has('print')) {
    return { ok: false, error: '--print is for SVG and PDF' };
  }

  const sides: Record<'width' | 'height', number> = moving
    ? { width: 1080, height: 1080 }
    : { width: 1200, height: 630 };
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
    if (moving && format !== 'gif' && value % 2 !== 0) {
      return { ok: false, error: `--${side} must be even for video` };
    }
    sides[side] = value;
  }

  const scaleText = values.get('scale') ?? String(moving ? 1 : DEFAULT_SCALE);
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
    options: {
      out,
      format: format as CliFormat,
      moveCamera: values.has('move-camera'),
      print,
      printStyle: values.has('print'),
      ...(print ? printPixels(print.widthMm, print.heightMm) : sides),
      scale,
      project,
      lang,
      theme: theme as ThemeName,
      view,
      date,
    },
  };
}
