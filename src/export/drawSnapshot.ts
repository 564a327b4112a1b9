/** Draws an exported image: the rendered map, then title, legend, callout and credit over it. */

import type { Project, Status } from '../content/schema';
import { projectSwatch, type SwatchStyle } from '../map/swatch';
import type { Theme } from '../map/theme';
import type { Overlay, OverlayTexts } from './overlay';
import type { OverlayLayout, Rect } from './overlayLayout';
import type { SnapshotRequest } from './snapshotOptions';

const FONT = '"Noto Sans", sans-serif';
type Inks = Theme['overlay'];
/** Smallest legend text, in units, before the legend falls back to short names. */
const MIN_TEXT = 11;

function roundedRect(ctx: CanvasRenderingContext2D, rect: Rect, radius: number) {
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.width, rect.height, radius);
  ctx.fill();
}

function strokeSwatch(ctx: CanvasRenderingContext2D, style: SwatchStyle, box: Rect, unit: number) {
  const y = box.y + box.height / 2;
  const line = (color: string, width: number, dash: number[], cap: CanvasLineCap) => {
    ctx.beginPath();
    ctx.strokeStyle = color;
    ctx.lineWidth = width * unit;
    ctx.lineCap = cap;
    ctx.setLineDash(dash.map((length) => length * unit));
    ctx.moveTo(box.x, y);
    ctx.lineTo(box.x + box.width, y);
    ctx.stroke();
  };
  line(style.casing, style.casingWidth, [], 'butt');
  ctx.globalAlpha = style.opacity;
  line(style.color, style.width, style.dash, style.cap);
  if (style.hollow) line(style.hollow.color, style.hollow.width, style.hollow.dash, style.cap);
  if (style.ties) line(style.ties.color, style.ties.width, style.ties.dash, 'butt');
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** Splits text into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Sets a font of `size` px, shrunk until every one of `texts` fits `width`; returns the size. */
function fitFont(
  ctx: CanvasRenderingContext2D,
  weight: string,
  size: number,
  texts: string | readonly string[],
  width: number,
): number {
  const all = typeof texts === 'string' ? [texts] : texts;
  const widest = () => Math.max(...all.map((text) => ctx.measureText(text).width));
  let current = size;
  ctx.font = `${weight} ${current}px ${FONT}`;
  while (current > 6 && widest() > width) {
    current -= 0.5;
    ctx.font = `${weight} ${current}px ${FONT}`;
  }
  return current;
}

function drawTitle(
  ctx: CanvasRenderingContext2D,
  inks: Inks,
  layout: OverlayLayout,
  title: string,
  subtitle: string,
) {
  const { title: box, padding } = layout;
  ctx.fillStyle = inks.card;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = inks.ink;
  ctx.textBaseline = 'alphabetic';
  fitFont(ctx, '600', box.titleSize, title, box.width - 2 * padding);
  ctx.fillText(title, padding, box.baselines[0]);
  ctx.fillStyle = inks.muted;
  fitFont(ctx, '400', box.subtitleSize, subtitle, box.width - 2 * padding);
  ctx.fillText(subtitle, padding, box.baselines[1]);
}

/** Each project's status, and its name in the reader's language. */
interface StatusWords {
  statuses: Readonly<Record<string, Status>>;
  nameOf: (status: Status) => string;
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  inks: Inks,
  layout: OverlayLayout,
  projects: Project[],
  theme: Theme,
  { statuses, nameOf }: StatusWords,
) {
  const { legend, unit } = layout;
  if (projects.length === 0) return;
  ctx.fillStyle = inks.card;
  // A band spans the picture; a card floats, rounded.
  if (layout.bands) ctx.fillRect(0, legend.y, layout.title.width, legend.height);
  else roundedRect(ctx, legend, 8 * unit);
  const textWidth = legend.x + legend.width - (legend.rows[0]?.textX ?? 0) - 8 * unit;
  // Full names while they stay readable, else the short names the map's line labels use.
  const withStatus = (project: Project, name: string) => {
    const status = statuses[project.id];
    return status ? `${name} — ${nameOf(status)}` : name;
  };
  let names = projects.map((project) => withStatus(project, project.name));
  let size = fitFont(ctx, '400', legend.textSize, names, textWidth);
  if (size < MIN_TEXT * unit) {
    names = projects.map((project) => withStatus(project, project.shortName));
    size = fitFont(ctx, '400', legend.textSize, names, textWidth);
  }
  projects.forEach((project, index) => {
    const row = legend.rows[index];
    const swatch = projectSwatch(theme, project, statuses[project.id]);
    if (!row || !swatch) return;
    strokeSwatch(ctx, swatch, row.swatch, unit);
    ctx.fillStyle = inks.ink;
    ctx.font = `400 ${size}px ${FONT}`;
    ctx.fillText(names[index] ?? project.name, row.textX, row.baseline);
  });
}

function drawCallout(
  ctx: CanvasRenderingContext2D,
  inks: Inks,
  layout: OverlayLayout,
  quote: string,
  source: string,
) {
  const { callout, unit } = layout;
  const inner = callout.width - 24 * unit;
  ctx.font = `italic 400 ${callout.textSize}px ${FONT}`;
  const lines = wrap(ctx, `“${quote}”`, inner);
  const lineHeight = callout.textSize * 1.35;
  const height = lines.length * lineHeight + 44 * unit;
  ctx.fillStyle = inks.card;
  roundedRect(ctx, { ...callout, height }, 8 * unit);
  ctx.fillStyle = '#f2c200';
  ctx.fillRect(callout.x, callout.y, 4 * unit, height);
  ctx.fillStyle = inks.ink;
  lines.forEach((line, index) => {
    ctx.fillText(
      line,
      callout.x + 14 * unit,
      callout.y + 12 * unit + (index + 1) * lineHeight - 4 * unit,
    );
  });
  ctx.fillStyle = inks.muted;
  fitFont(ctx, '400', 12 * unit, source, inner);
  ctx.fillText(source, callout.x + 14 * unit, callout.y + height - 12 * unit);
}

/** The credit in the lines its box has, its type made smaller only if it needs more. */
function drawCredit(
  ctx: CanvasRenderingContext2D,
  inks: Inks,
  layout: OverlayLayout,
  credit: string,
) {
  const { credit: box, padding } = layout;
  ctx.fillStyle = inks.card;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = inks.muted;
  const width = box.width - 2 * padding;
  let size = box.textSize;
  let lines: string[] = [];
  for (; size > 6; size -= 0.5) {
    ctx.font = `400 ${size}px ${FONT}`;
    lines = wrap(ctx, credit, width);
    if (lines.length <= box.lines) break;
  }
  lines.slice(0, box.lines).forEach((line, index) => {
    ctx.fillText(line, padding, box.y + box.firstBaseline + index * box.lineStep);
  });
}

/** Paints the whole image onto `ctx` (sized width×scale by height×scale). */
export function drawSnapshot(
  ctx: CanvasRenderingContext2D,
  map: CanvasImageSource,
  request: SnapshotRequest,
  scale: number,
  texts: OverlayTexts,
  theme: Theme,
  overlay: Overlay,
): void {
  const inks = theme.overlay;
  const { layout, entries, statuses } = overlay;

  ctx.drawImage(map, 0, 0, request.width * scale, request.height * scale);
  ctx.save();
  ctx.scale(scale, scale);
  drawTitle(ctx, inks, layout, texts.title, texts.subtitle);
  drawLegend(ctx, inks, layout, entries, theme, {
    statuses,
    nameOf: texts.statusName,
  });
  if (texts.quote) drawCallout(ctx, inks, layout, texts.quote, texts.quoteSource);
  const credit = texts.credit;
  drawCredit(ctx, inks, layout, credit);
  ctx.restore();
}
