/**
 * The overlay of an exported picture as vector groups (`title`, `legend`, `excerpt`, `credit`):
 * the same layout (`overlayLayout`) and words (`overlayTexts`) as the PNG's, with text measured
 * in the real font, so that what fits on the PNG fits here.
 */
import type { Project, Status } from '../../content/schema';
import { projectSwatch, type SwatchStyle } from '../../map/swatch';
import type { Theme } from '../../map/theme';
import type { Overlay, OverlayTexts } from '../overlay';
import type { Rect } from '../overlayLayout';
import type { FontBook } from './fontBook';
import type { Box } from './labels';
import { type Group, group, type Node, type PathShape, type TextShape, type Weight } from './scene';

/** Smallest legend text, in units, before the legend falls back to short names. */
const MIN_TEXT = 11;
/** The callout's bar, as on the PNG. */
const CALLOUT_BAR = '#f2c200';

const round = (value: number) => Math.round(value * 100) / 100;

function rectPath(rect: Rect, fill: string, radius = 0): PathShape {
  const { x, y, width: w, height: h } = rect;
  const r = Math.min(radius, w / 2, h / 2);
  const d =
    r === 0
      ? `M${round(x)},${round(y)}H${round(x + w)}V${round(y + h)}H${round(x)}Z`
      : // Corners as short diagonals would show; four quarter-circle approximations by lines.
        roundedRectPath(x, y, w, h, r);
  return { type: 'path', d, fill };
}

/** A rounded rectangle as straight segments (eight per corner): every writer draws lines. */
function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  const corner = (cx: number, cy: number, from: number) =>
    Array.from({ length: 9 }, (_, i) => {
      const a = ((from + (i * 90) / 8) * Math.PI) / 180;
      return `${round(cx + r * Math.cos(a))},${round(cy + r * Math.sin(a))}`;
    });
  const points = [
    ...corner(x + w - r, y + r, -90),
    ...corner(x + w - r, y + h - r, 0),
    ...corner(x + r, y + h - r, 90),
    ...corner(x + r, y + r, 180),
  ];
  return `M${points.join('L')}Z`;
}

/** Size at which every text fits `width`, shrinking from `size` by half pixels down to `floor`. */
function fitSize(
  fonts: FontBook,
  weight: Weight,
  size: number,
  texts: readonly string[],
  width: number,
  floor: number,
): number {
  let current = size;
  const widest = () => Math.max(...texts.map((text) => fonts.measure(text, weight, current)));
  while (current > floor && widest() > width) current -= 0.5;
  return Math.max(current, floor);
}

function swatchPaths(
  style: SwatchStyle,
  box: Rect,
  unit: number,
  { strokeScale, minStroke }: OverlayStyle,
): PathShape[] {
  const y = round(box.y + box.height / 2);
  const d = `M${round(box.x)},${y}H${round(box.x + box.width)}`;
  const line = (
    color: string,
    width: number,
    dash: readonly number[],
    cap: PathShape['cap'],
    opacity = 1,
  ): PathShape => ({
    type: 'path',
    d,
    stroke: color,
    strokeWidth: round(Math.max(width * unit * strokeScale, minStroke)),
    ...(dash.length > 0 ? { dash: dash.map((length) => round(length * unit * strokeScale)) } : {}),
    ...(cap && cap !== 'butt' ? { cap } : {}),
    ...(opacity < 1 ? { opacity } : {}),
  });
  return [
    ...(style.casingWidth > 0 ? [line(style.casing, style.casingWidth, [], 'butt')] : []),
    line(style.color, style.width, style.dash, style.cap, style.opacity),
    ...(style.hollow
      ? [line(style.hollow.color, style.hollow.width, style.hollow.dash, style.cap, style.opacity)]
      : []),
    ...(style.ties
      ? [line(style.ties.color, style.ties.width, style.ties.dash, 'butt', style.opacity)]
      : []),
  ];
}

export interface OverlayStyle {
  /** The smallest type, in pixels (print style: 6 pt). */
  minText: number;
  strokeScale: number;
  /** The thinnest stroke, in pixels. */
  minStroke: number;
}

/** The overlay's groups, and the boxes the map's labels must keep clear of. */
export function overlayScene(
  overlay: Overlay,
  texts: OverlayTexts,
  theme: Theme,
  fonts: FontBook,
  style: OverlayStyle,
): { groups: Group[]; obstacles: Box[] } {
  const { layout, entries, statuses } = overlay;
  const { unit, padding } = layout;
  const inks = theme.overlay;
  const text = (
    lines: TextShape['lines'],
    weight: Weight,
    size: number,
    fill: string,
    italic = false,
  ): TextShape => ({
    type: 'text',
    lines: lines.map((line) => ({ ...line, x: round(line.x), y: round(line.y) })),
    weight,
    size: round(size),
    fill,
    ...(italic ? { italic } : {}),
  });
  const floor = (size: number) => Math.max(style.minText, Math.min(size, 6));
  const obstacles: Box[] = [];
  const taken = (rect: Rect) =>
    obstacles.push({ x0: rect.x, y0: rect.y, x1: rect.x + rect.width, y1: rect.y + rect.height });

  // Title and subtitle.
  const box = layout.title;
  const inner = box.width - 2 * padding;
  // A title too long for one line at the smallest type takes two, as a narrow column needs.
  const oneLine = fitSize(fonts, 600, box.titleSize, [texts.title], inner, floor(box.titleSize));
  const fits = fonts.measure(texts.title, 600, oneLine) <= inner;
  const subtitleSize = Math.max(
    fitSize(fonts, 400, box.subtitleSize, [texts.subtitle], inner, floor(box.subtitleSize)),
    style.minText,
  );
  let titleLines: TextShape['lines'];
  let titleSize = Math.max(oneLine, style.minText);
  let subtitleY = box.baselines[1];
  if (fits) {
    titleLines = [{ text: texts.title, x: padding, y: box.baselines[0] }];
  } else {
    titleSize = Math.max(
      style.minText,
      Math.min(box.titleSize, (box.height - 1.6 * subtitleSize) / 2.4),
    );
    const wrapped = fonts.wrap(texts.title, 600, titleSize, inner).slice(0, 2);
    const step = titleSize * 1.15;
    titleLines = wrapped.map((line, i) => ({
      text: line,
      x: padding,
      y: titleSize * 1.1 + i * step,
    }));
    subtitleY = titleSize * 1.1 + step + subtitleSize * 1.4;
  }
  const subtitleLines = fonts
    .wrap(texts.subtitle, 400, subtitleSize, inner)
    .map((line, i) => ({ text: line, x: padding, y: subtitleY + i * subtitleSize * 1.2 }));
  const lastBaseline = subtitleLines[subtitleLines.length - 1]?.y ?? subtitleY;
  const title = group('title', [
    rectPath(
      { ...box, height: Math.max(box.height, lastBaseline + subtitleSize * 0.6) },
      inks.card,
    ),
    text(titleLines, 600, titleSize, inks.ink),
    text(subtitleLines, 400, subtitleSize, inks.muted),
  ]);
  taken(box);

  // Legend: full names while they stay readable, else the short names the map's line labels use.
  const legendBox = layout.legend;
  let legend: Group | null = null;
  if (entries.length > 0) {
    const textX = legendBox.rows[0]?.textX ?? 0;
    const width = legendBox.x + legendBox.width - textX - (layout.bands ? 2 : 8) * unit;
    const card = layout.bands
      ? rectPath(legendBox, inks.card)
      : rectPath(legendBox, inks.card, 8 * unit);
    const withStatus = (project: Project, name: string) => {
      const status: Status | undefined = statuses[project.id];
      return status ? `${name} — ${texts.statusName(status)}` : name;
    };
    let names = entries.map((project) => withStatus(project, project.name));
    let size = fitSize(fonts, 400, legendBox.textSize, names, width, floor(legendBox.textSize));
    if (size < MIN_TEXT * unit) {
      names = entries.map((project) => withStatus(project, project.shortName));
      size = fitSize(fonts, 400, legendBox.textSize, names, width, floor(legendBox.textSize));
    }
    size = Math.max(size, style.minText);
    const rows: Node[] = entries.flatMap((project, index): Node[] => {
      const row = legendBox.rows[index];
      const swatch = projectSwatch(theme, project, statuses[project.id]);
      if (!row || !swatch) return [];
      return [
        ...swatchPaths(swatch, row.swatch, unit, style),
        text(
          [{ text: names[index] ?? project.name, x: row.textX, y: row.baseline }],
          400,
          size,
          inks.ink,
        ),
      ];
    });
    legend = group('legend', [
      layout.bands
        ? { ...card, d: rectPath({ ...legendBox, width: layout.title.width }, inks.card).d }
        : card,
      ...rows,
    ]);
    taken(legendBox);
  }

  // The article's clause, quoted.
  let excerpt: Group | null = null;
  if (texts.quote) {
    const callout = layout.callout;
    const innerWidth = callout.width - 24 * unit;
    const size = Math.max(callout.textSize, style.minText);
    const lines = fonts.wrap(`“${texts.quote}”`, 400, size, innerWidth);
    const lineHeight = size * 1.35;
    const height = lines.length * lineHeight + 44 * unit;
    const sourceSize = Math.max(
      fitSize(fonts, 400, 12 * unit, [texts.quoteSource], innerWidth, floor(12 * unit)),
      style.minText,
    );
    const rect = { ...callout, height };
    excerpt = group('excerpt', [
      rectPath(rect, inks.card, 8 * unit),
      rectPath({ x: callout.x, y: callout.y, width: 4 * unit, height }, CALLOUT_BAR),
      text(
        lines.map((line, index) => ({
          text: line,
          x: callout.x + 14 * unit,
          y: callout.y + 12 * unit + (index + 1) * lineHeight - 4 * unit,
        })),
        400,
        size,
        inks.ink,
        true,
      ),
      text(
        [{ text: texts.quoteSource, x: callout.x + 14 * unit, y: callout.y + height - 12 * unit }],
        400,
        sourceSize,
        inks.muted,
      ),
    ]);
    taken(rect);
  }

  // The credit, in up to `CREDIT_LINES` lines, its type made smaller only if it needs more.
  const creditBox = layout.credit;
  const creditWidth = creditBox.width - 2 * padding;
  let size = Math.max(creditBox.textSize, style.minText);
  let lines = fonts.wrap(texts.credit, 400, size, creditWidth);
  while (lines.length > creditBox.lines && size - 0.5 >= floor(creditBox.textSize)) {
    size -= 0.5;
    lines = fonts.wrap(texts.credit, 400, size, creditWidth);
  }
  // Never cut: a credit that needs more lines (a narrow print) grows its card upwards.
  const lineStep = creditBox.lineStep;
  const extra = Math.max(0, lines.length - creditBox.lines) * lineStep;
  const cardHeight = creditBox.height + extra;
  const card = { ...creditBox, y: creditBox.y + creditBox.height - cardHeight, height: cardHeight };
  const credit = group('credit', [
    rectPath(card, inks.card),
    text(
      lines.map((line, index) => ({
        text: line,
        x: padding,
        y: card.y + creditBox.firstBaseline + index * lineStep,
      })),
      400,
      Math.max(size, style.minText),
      inks.muted,
    ),
  ]);
  taken(card);

  return {
    groups: [title, legend, excerpt, credit].filter((g): g is Group => g !== null),
    obstacles,
  };
}
