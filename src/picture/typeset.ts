/**
 * The cards' words set in type: each line of the title, legend, quote and credit, where it
 * sits and how large, measured in the real font (`FontBook`). A picture's plan sets them once;
 * every writer (SVG, PDF, the PNG's canvas) draws the same lines. Pure.
 */
import type { Project, Status } from '../content/schema.ts';
import type { FontBook } from '../fonts/fontBook.ts';
import type { Weight } from '../fonts/fontNames.ts';
import type { CardLayout } from './cardLayout.ts';
import type { CardContent, CardTexts } from './cards.ts';
import type { TextLine } from './vector/scene.ts';

/** How the cards' type is set: print style keeps type at least `minText` pixels. */
export interface CardType {
  minText: number;
}

/** A block of lines in one weight and size. */
export interface SetText {
  lines: TextLine[];
  size: number;
}

/** The least a title shrinks to before it takes two lines, of its size. */
const TITLE_SHRINK = 0.8;

/** Smallest legend text, in units, before the legend falls back to short names. */
const MIN_LEGEND_TEXT = 11;

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

/** The smallest a text of `size` may shrink to: 6 px (or less, if it starts smaller), or print's. */
const floorOf = (size: number, type: CardType) => Math.max(type.minText, Math.min(size, 6));

/** The title band: title and subtitle, and the band's height (more where the title wraps). */
export function setTitle(
  layout: CardLayout,
  texts: CardTexts,
  fonts: FontBook,
  type: CardType,
): { title: SetText; subtitle: SetText; height: number } {
  const { title: box, padding } = layout;
  const inner = box.width - 2 * padding;
  // A title shrinks a little to keep to one line; one longer still takes two lines.
  const oneLine = fitSize(
    fonts,
    600,
    box.titleSize,
    [texts.title],
    inner,
    Math.max(TITLE_SHRINK * box.titleSize, floorOf(box.titleSize, type)),
  );
  const fits = fonts.measure(texts.title, 600, oneLine) <= inner;
  const subtitleSize = Math.max(
    fitSize(fonts, 400, box.subtitleSize, [texts.subtitle], inner, floorOf(box.subtitleSize, type)),
    type.minText,
  );
  let lines: TextLine[];
  let size = Math.max(oneLine, type.minText);
  let subtitleY = box.baselines[1];
  if (fits) {
    lines = [{ text: texts.title, x: padding, y: box.baselines[0] }];
  } else {
    size = Math.max(type.minText, Math.min(box.titleSize, (box.height - 1.6 * subtitleSize) / 2.4));
    // Two lines, smaller type where it needs them; never cut (the band grows with its lines).
    let wrapped = fonts.wrap(texts.title, 600, size, inner);
    while (wrapped.length > 2 && size - 0.5 >= floorOf(box.titleSize, type)) {
      size -= 0.5;
      wrapped = fonts.wrap(texts.title, 600, size, inner);
    }
    const step = size * 1.15;
    lines = wrapped.map((line, i) => ({ text: line, x: padding, y: size * 1.1 + i * step }));
    subtitleY = size * 1.1 + (lines.length - 1) * step + subtitleSize * 1.4;
  }
  const subtitleLines = fonts
    .wrap(texts.subtitle, 400, subtitleSize, inner)
    .map((line, i) => ({ text: line, x: padding, y: subtitleY + i * subtitleSize * 1.2 }));
  const lastBaseline = subtitleLines[subtitleLines.length - 1]?.y ?? subtitleY;
  return {
    title: { lines, size },
    subtitle: { lines: subtitleLines, size: subtitleSize },
    height: Math.max(box.height, lastBaseline + subtitleSize * 0.6),
  };
}

/**
 * The legend's names (full names while they stay readable, else the short names the map's line
 * labels use), each with its status, their size, and the widest one's width.
 */
export function setLegend(
  cardContent: CardContent,
  texts: CardTexts,
  fonts: FontBook,
  type: CardType,
): { names: string[]; size: number; widest: number } {
  const { layout, entries, statuses } = cardContent;
  const { legend, unit } = layout;
  const textX = legend.rows[0]?.textX ?? 0;
  const width = legend.x + legend.width - textX - (layout.bands ? 2 : 8) * unit;
  const withStatus = (project: Project, name: string) => {
    const status: Status | undefined = statuses[project.id];
    return status ? `${name} — ${texts.statusName(status)}` : name;
  };
  const floor = floorOf(legend.textSize, type);
  let names = entries.map((project) => withStatus(project, project.name));
  let size = fitSize(fonts, 400, legend.textSize, names, width, floor);
  if (size < MIN_LEGEND_TEXT * unit) {
    names = entries.map((project) => withStatus(project, project.shortName));
    size = fitSize(fonts, 400, legend.textSize, names, width, floor);
  }
  size = Math.max(size, type.minText);
  const widest = Math.max(0, ...names.map((name) => fonts.measure(name, 400, size)));
  return { names, size, widest };
}

/** The quote wrapped to its card's width, its source line, and the card's height. */
export function setQuote(
  layout: CardLayout,
  texts: CardTexts,
  fonts: FontBook,
  type: CardType,
): { quote: SetText; source: SetText; height: number } | null {
  const { callout, unit } = layout;
  if (!texts.quote || callout.width === 0) return null;
  const inner = callout.width - 24 * unit;
  const size = Math.max(callout.textSize, type.minText);
  const wrapped = fonts.wrap(`“${texts.quote}”`, 400, size, inner);
  const lineHeight = size * 1.35;
  const height = wrapped.length * lineHeight + 44 * unit;
  const sourceSize = Math.max(
    fitSize(fonts, 400, 12 * unit, [texts.quoteSource], inner, floorOf(12 * unit, type)),
    type.minText,
  );
  // Positions from the card's top left corner; the plan moves them where the card goes.
  return {
    quote: {
      lines: wrapped.map((line, index) => ({
        text: line,
        x: 14 * unit,
        y: 12 * unit + (index + 1) * lineHeight - 4 * unit,
      })),
      size,
    },
    source: {
      lines: [{ text: texts.quoteSource, x: 14 * unit, y: height - 12 * unit }],
      size: sourceSize,
    },
    height,
  };
}

/**
 * The credit in the lines its band has, its type made smaller only if it needs more; never cut:
 * a credit that needs more lines (a narrow print) grows its band upwards. Positions from the
 * band's top.
 */
export function setCredit(
  layout: CardLayout,
  texts: CardTexts,
  fonts: FontBook,
  type: CardType,
): { credit: SetText; height: number } {
  const { credit: box, padding } = layout;
  const width = box.width - 2 * padding;
  let size = Math.max(box.textSize, type.minText);
  let lines = fonts.wrap(texts.credit, 400, size, width);
  while (lines.length > box.lines && size - 0.5 >= floorOf(box.textSize, type)) {
    size -= 0.5;
    lines = fonts.wrap(texts.credit, 400, size, width);
  }
  const height = box.height + Math.max(0, lines.length - box.lines) * box.lineStep;
  return {
    credit: {
      lines: lines.map((line, index) => ({
        text: line,
        x: padding,
        y: box.firstBaseline + index * box.lineStep,
      })),
      size: Math.max(size, type.minText),
    },
    height,
  };
}

/** Lines moved by (dx, dy). */
export const moveText = (set: SetText, dx: number, dy: number): SetText => ({
  ...set,
  lines: set.lines.map((line) => ({ ...line, x: line.x + dx, y: line.y + dy })),
});
