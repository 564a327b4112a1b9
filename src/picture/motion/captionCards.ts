/**
 * The two cards a motion picture adds to the still one: the date, counting the months, and the
 * caption of the milestone shown (its project, event and sources). Both keep one place and one
 * size for the whole picture, in the corner of the map's room that covers least of what the
 * picture is about, clear of the legend and the quote; set in the real font, like every card.
 * Pure.
 */
import type { Project } from '../../content/schema.ts';
import type { FontBook } from '../../fonts/fontBook.ts';
import { coverage, prepareFootprint } from '../../geo/footprint.ts';
import { projectSwatch } from '../../map/swatch.ts';
import type { Theme } from '../../map/theme.ts';
import type { Rect } from '../cardLayout.ts';
import type { PicturePlan } from '../picturePlan.ts';
import { rectPath, swatchPaths } from '../vector/cardsScene.ts';
import {
  type Group,
  group,
  type Node,
  parseColor,
  type TextLine,
  type TextShape,
} from '../vector/scene.ts';
import type { Beat, Caption } from './motionPlan.ts';

/** Where the cards sit and how large their type is, fixed for a whole picture. */
export interface CaptionLayout {
  date: Rect;
  /** The caption's slot, as tall as the longest caption; each takes its own height from the edge. */
  caption: Rect;
  /** The edge of the slot a caption keeps to: the corner's. */
  edge: 'top' | 'bottom';
  /** Type sizes: the date, the event, and the project's name and sources. */
  sizes: { date: number; event: number; small: number };
  padding: number;
}

/** The share of the picture's width a caption takes, where it has that room. */
const CAPTION_SHARE = 0.45;
/** The narrowest caption, as a share of the picture's width, before another corner is tried. */
const LEAST_SHARE = 0.3;
/** The event's type: the picture's shorter side over this (30 px on a 1080-pixel side). */
const EVENT_DIVISOR = 36;

type Corner = 'bottom-right' | 'top-right' | 'top-left' | 'bottom-left';
/** The corners tried, the usual places for a caption first (so that they win a tie). */
const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'top-left', 'bottom-left'];

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** The lines a caption takes at a width: the project's name, the event wrapped, the sources. */
function captionLines(
  caption: Caption,
  words: CaptionWords,
  fonts: FontBook,
  sizes: CaptionLayout['sizes'],
  inner: number,
) {
  return {
    name: fonts.wrap(
      words.projectName(caption.project),
      600,
      sizes.small,
      inner - 2.2 * sizes.small,
    ),
    event: fonts.wrap(caption.event, 400, sizes.event, inner),
    sources: fonts.wrap(words.sources(caption.publishers), 400, sizes.small, inner),
  };
}

/** A caption's height at a width, for the lines `captionLines` gives. */
function captionHeight(lines: ReturnType<typeof captionLines>, layout: CaptionLayout): number {
  const { sizes, padding } = layout;
  return (
    2 * padding +
    lines.name.length * sizes.small * 1.3 +
    sizes.event * 0.4 +
    lines.event.length * sizes.event * 1.25 +
    sizes.small * 0.4 +
    lines.sources.length * sizes.small * 1.3
  );
}

/** What the cards need to know of each caption: its project's name and its sources, in words. */
export interface CaptionWords {
  projectName: (id: string) => string;
  sources: (publishers: readonly string[]) => string;
}

/**
 * Where the date and caption cards go for `beats`, on the still picture's plan: as high as the
 * longest caption, in the corner that covers least of the subject; the type shrinks a little
 * where no corner has room for it.
 */
export function layoutCaptions(
  plan: PicturePlan,
  beats: readonly Beat[],
  fonts: FontBook,
  words: CaptionWords,
  /** Cards of the picture on other days (a legend whose statuses read longer), kept clear too. */
  avoid: readonly Rect[] = [],
): CaptionLayout {
  const { width, height, unit, cards } = plan;
  const margin = plan.cardContent.layout.padding;
  // Between the title and the credit, as the cards over the map keep from the edges.
  const room = {
    left: margin,
    top: cards.title.box.y + cards.title.box.height + margin,
    right: width - margin,
    bottom: cards.credit.box.y - margin,
  };
  const gap = 4 * unit;
  const padding = 10 * unit;
  const taken = [plan.cards.legend?.box, plan.cards.quote?.box, ...avoid].filter(
    (box): box is Rect => box !== undefined && box !== null,
  );
  const dates = beats.flatMap((beat) => (beat.date ? [beat.date] : []));
  const captions = beats.flatMap((beat) => (beat.caption ? [beat.caption] : []));
  const prepared = prepareFootprint(plan.footprint);
  const view = { width, height };
  const roomHeight = room.bottom - room.top;

  let event = Math.min(width, height) / EVENT_DIVISOR;
  for (;;) {
    const sizes = { date: event * 1.4, event, small: event * 0.72 };
    const dateWidth = Math.max(0, ...dates.map((d) => fonts.measure(d, 600, sizes.date)));
    const dateBox = {
      width: dateWidth + 2 * padding,
      height: sizes.date * 1.3 + 2 * padding * 0.6,
    };
    const candidates = CORNERS.flatMap((corner) => {
      const right = corner.endsWith('right');
      const top = corner.startsWith('top');
      // Beside a card in the same row, a caption takes what room is left between it and the edge.
      const besideCards = taken.filter((box) =>
        top ? box.y < room.top + roomHeight / 2 : box.y + box.height > room.bottom - roomHeight / 2,
      );
      const free = besideCards.reduce(
        (space, box) =>
          right
            ? Math.min(space, room.right - (box.x + box.width) - gap)
            : Math.min(space, box.x - room.left - gap),
        room.right - room.left,
      );
      const captionWidth = Math.min(CAPTION_SHARE * width, free);
      if (captionWidth < LEAST_SHARE * width && captions.length > 0) return [];
      const inner = captionWidth - 2 * padding;
      const layout: CaptionLayout = {
        date: { x: 0, y: 0, ...dateBox },
        caption: { x: 0, y: 0, width: captionWidth, height: 0 },
        edge: top ? 'top' : 'bottom',
        sizes,
        padding,
      };
      const captionTall = Math.max(
        0,
        ...captions.map((caption) =>
          captionHeight(captionLines(caption, words, fonts, sizes, inner), layout),
        ),
      );
      if (dateBox.height + gap + captionTall > roomHeight) return [];
      const x = (w: number) => (right ? room.right - w : room.left);
      // The date in the corner itself, where it never moves; the caption's slot beside it, towards
      // the middle, each caption keeping to the date's side of it.
      const date: Rect = {
        x: x(dateBox.width),
        y: top ? room.top : room.bottom - dateBox.height,
        ...dateBox,
      };
      const caption: Rect = {
        x: x(captionWidth),
        y: top ? room.top + dateBox.height + gap : room.bottom - dateBox.height - gap - captionTall,
        width: captionWidth,
        height: captionTall,
      };
      const union: Rect = {
        x: Math.min(date.x, caption.x),
        y: Math.min(date.y, caption.y),
        width: Math.max(date.width, caption.width),
        height: dateBox.height + gap + captionTall,
      };
      if (taken.some((box) => overlaps(box, union))) return [];
      const covered = coverage(prepared, plan.camera, view, {
        left: union.x,
        top: union.y,
        right: union.x + union.width,
        bottom: union.y + union.height,
      });
      return [{ covered, layout: { ...layout, date, caption } }];
    });
    const bestFit = candidates.reduce<(typeof candidates)[number] | undefined>(
      (best, candidate) => (!best || candidate.covered < best.covered - 1e-9 ? candidate : best),
      undefined,
    );
    if (bestFit || event <= 8 * unit) {
      return (
        bestFit?.layout ?? {
          date: { x: room.left, y: room.top, ...dateBox },
          caption: {
            x: room.left,
            y: room.top + dateBox.height + gap,
            width: width / 2,
            height: 0,
          },
          edge: 'top',
          sizes,
          padding,
        }
      );
    }
    event *= 0.9;
  }
}

/** A group's shapes at `alpha` of their opacity: a card fading in. */
export function faded(node: Group, alpha: number): Group {
  if (alpha >= 1) return node;
  const fade = (child: Node): Node =>
    child.type === 'group'
      ? faded(child, alpha)
      : { ...child, opacity: (child.opacity ?? 1) * alpha };
  return { ...node, children: node.children.map(fade) };
}

/**
 * The cards' fill without its see-through: a caption is read while the map moves, so no label
 * may show through it.
 */
function opaque(colour: string): string {
  const { r, g, b } = parseColor(colour);
  return `rgb(${[r, g, b].map((channel) => Math.round(channel * 255)).join(', ')})`;
}

const text = (lines: TextLine[], size: number, weight: 400 | 600, fill: string): TextShape => ({
  type: 'text',
  lines,
  size,
  weight,
  fill,
});

/** The date card, with its date. */
export function dateCard(layout: CaptionLayout, date: string, theme: Theme): Group | null {
  const { date: box, sizes, padding } = layout;
  return group('date', [
    rectPath(box, opaque(theme.cards.fill), padding * 0.6),
    text(
      [{ text: date, x: box.x + padding, y: box.y + padding * 0.6 + sizes.date * 1.02 }],
      sizes.date,
      600,
      theme.cards.ink,
    ),
  ]);
}

/** The caption card: the project's swatch and name, the event, the sources. */
export function captionCard(
  layout: CaptionLayout,
  caption: Caption,
  project: Project,
  status: Parameters<typeof projectSwatch>[2],
  fonts: FontBook,
  words: CaptionWords,
  theme: Theme,
  unit: number,
): Group | null {
  const { caption: slot, sizes, padding } = layout;
  const inner = slot.width - 2 * padding;
  const lines = captionLines(caption, words, fonts, sizes, inner);
  const height = captionHeight(lines, layout);
  const box: Rect = {
    ...slot,
    y: layout.edge === 'top' ? slot.y : slot.y + slot.height - height,
    height,
  };
  const left = box.x + padding;
  let y = box.y + padding;
  const block = (texts: string[], size: number, step: number, x = left): TextLine[] =>
    texts.map((line) => {
      y += step;
      return { text: line, x, y: y - (step - size) / 2 - size * 0.12 };
    });
  const swatchWidth = 1.6 * sizes.small;
  const nameLines = block(lines.name, sizes.small, sizes.small * 1.3, left + 2.2 * sizes.small);
  const swatch = projectSwatch(theme, project, status);
  const firstName = nameLines[0];
  const swatchShapes =
    swatch && firstName
      ? swatchPaths(
          swatch,
          {
            x: left,
            y: firstName.y - sizes.small * 0.7,
            width: swatchWidth,
            height: sizes.small * 0.7,
          },
          unit,
          { minText: 0, strokeScale: 1, minStroke: 0 },
        )
      : [];
  y += sizes.event * 0.4;
  const eventLines = block(lines.event, sizes.event, sizes.event * 1.25);
  y += sizes.small * 0.4;
  const sourceLines = block(lines.sources, sizes.small, sizes.small * 1.3);
  return group('caption', [
    rectPath(box, opaque(theme.cards.fill), padding * 0.6),
    ...swatchShapes,
    text(nameLines, sizes.small, 600, theme.cards.ink),
    text(eventLines, sizes.event, 400, theme.cards.ink),
    text(sourceLines, sizes.small, 400, theme.cards.muted),
  ]);
}
