/**
 * The cards of a picture's plan as vector groups (`title`, `legend`, `excerpt`, `credit`): the
 * cards where the plan put them, with the lines it set. The SVG and PDF write these groups, and
 * the PNG paints them over the map (`paintScene`).
 */

import type { Weight } from '../../fonts/fontNames.ts';
import { projectSwatch, type SwatchStyle } from '../../map/swatch.ts';
import type { Theme } from '../../map/theme.ts';
import type { Rect } from '../cardLayout.ts';
import type { PicturePlan } from '../picturePlan.ts';
import type { SetText } from '../typeset.ts';
import type { Box } from './labels.ts';
import {
  type Group,
  group,
  lineSegments,
  type Node,
  type PathShape,
  rectSegments,
  roundedRectSegments,
  type TextShape,
} from './scene.ts';

/** The callout's bar, as on the PNG. */
const CALLOUT_BAR = '#f2c200';

const round = (value: number) => Math.round(value * 100) / 100;

export function rectPath(rect: Rect, fill: string, radius = 0): PathShape {
  const { x, y, width: w, height: h } = rect;
  const r = Math.min(radius, w / 2, h / 2);
  const segments =
    r === 0
      ? rectSegments(x, y, w, h)
      : // Corners as short diagonals would show; four quarter-circle approximations by lines.
        roundedRectSegments(x, y, w, h, r);
  return { type: 'path', segments, fill };
}

export function swatchPaths(
  style: SwatchStyle,
  box: Rect,
  unit: number,
  { strokeScale, minStroke }: CardStyle,
): PathShape[] {
  const y = box.y + box.height / 2;
  const segments = lineSegments(box.x, y, box.x + box.width, y);
  const line = (
    color: string,
    width: number,
    dash: readonly number[],
    cap: PathShape['cap'],
    opacity = 1,
  ): PathShape => ({
    type: 'path',
    segments,
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

export interface CardStyle {
  /** The smallest type, in pixels (print style: 6 pt). */
  minText: number;
  strokeScale: number;
  /** The thinnest stroke, in pixels. */
  minStroke: number;
}

/** The cards' groups, and the boxes the map's labels must keep clear of. */
export function cardsScene(
  plan: PicturePlan,
  theme: Theme,
  style: CardStyle,
): { groups: Group[]; obstacles: Box[] } {
  const { cards, unit, cardContent } = plan;
  const inks = theme.cards;
  const text = (set: SetText, weight: Weight, fill: string, italic = false): TextShape => ({
    type: 'text',
    lines: set.lines.map((line) => ({ ...line, x: round(line.x), y: round(line.y) })),
    weight,
    size: round(set.size),
    fill,
    ...(italic ? { italic } : {}),
  });
  const obstacles: Box[] = [];
  const taken = (rect: Rect) =>
    obstacles.push({ x0: rect.x, y0: rect.y, x1: rect.x + rect.width, y1: rect.y + rect.height });

  const { title: heading, legend: list, quote, credit: credits } = cards;
  const title = group('title', [
    rectPath(heading.box, inks.fill),
    text(heading.title, 600, inks.ink),
    text(heading.subtitle, 400, inks.muted),
  ]);
  taken(heading.box);

  let legend: Group | null = null;
  if (list) {
    const rows: Node[] = list.rows.flatMap((row): Node[] => {
      const swatch = projectSwatch(theme, row.project, cardContent.statuses[row.project.id]);
      if (!swatch) return [];
      return [
        ...swatchPaths(swatch, row.swatch, unit, style),
        text({ lines: [row.name], size: list.size }, 400, inks.ink),
      ];
    });
    // A band spans the picture; a card floats, rounded.
    legend = group('legend', [
      list.band ? rectPath(list.box, inks.fill) : rectPath(list.box, inks.fill, 8 * unit),
      ...rows,
    ]);
    taken(list.box);
  }

  // The article's clause, quoted.
  let excerpt: Group | null = null;
  if (quote) {
    const { box } = quote;
    excerpt = group('excerpt', [
      rectPath(box, inks.fill, 8 * unit),
      rectPath({ x: box.x, y: box.y, width: 4 * unit, height: box.height }, CALLOUT_BAR),
      text(quote.quote, 400, inks.ink, true),
      text(quote.source, 400, inks.muted),
    ]);
    taken(box);
  }

  const credit = group('credit', [
    rectPath(credits.box, inks.fill),
    text(credits.credit, 400, inks.muted),
  ]);
  taken(credits.box);

  return {
    groups: [title, legend, excerpt, credit].filter((g): g is Group => g !== null),
    obstacles,
  };
}
