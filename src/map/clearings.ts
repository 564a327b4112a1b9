/**
 * The cards over the map (the legend, the project panel) and the part of the map they leave free.
 * The cards are measured where they are drawn, so a longer title, another language or a folded
 * legend changes the free part with them; which edge each card is cleared from is chosen here,
 * as the choice that shows what is asked largest. Pure, so the camera logic can be tested.
 */
import type { Bounds } from '../geo/bounds.ts';
import { mercator } from '../geo/mercator.ts';

/** Widths up to this are laid out as a phone (the CSS media query's breakpoint). */
export const PHONE_MAX_WIDTH = 640;

/** Room kept between a fitted project and the edge of the free part, in CSS pixels. */
export const FIT_MARGIN = 24;

/** The smallest free width and height, margins included, worth fitting anything into. */
export const MIN_FREE = 160;

/**
 * The farthest the reader may zoom out: low enough for a phone to fit the whole Middle Corridor,
 * with the names of the places at its ends, above its bottom sheet.
 */
export const MIN_ZOOM = 0.75;

/** The closest the reader may zoom in, and the closest a picture looks. */
export const MAX_ZOOM = 10;

/** The least zoom a project is shown at beside the open legend and the panel. */
export const ZOOM_BESIDE_PANEL = 1.5;

/**
 * The free width, margins included, that shows every project with the names of the places on
 * it at ZOOM_BESIDE_PANEL, in every language: the Middle Corridor in Kazakh needs the most,
 * 396 px on 7 December 2026.
 */
export const ROOM_FOR_A_PROJECT = 408;

/**
 * Up to this window width the open legend (its right edge 342 px from the left, styles.css) and
 * the panel (its left edge 402 px from the right) leave less than ROOM_FOR_A_PROJECT between
 * them, so opening a project folds the legend.
 */
export const NO_ROOM_BESIDE_PANEL = 342 + 402 + ROOM_FOR_A_PROJECT - 1;

/**
 * The table view shows a table when its card has this much room inside, and a list of cards
 * when it has less: the widest language's table (Russian, 800 px at the least on 7 December
 * 2026) fits with room to spare, so no column is cut and nothing scrolls sideways.
 */
export const TABLE_MIN_WIDTH = 820;

/** Pixels covered along each edge of the map. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in the map's own CSS pixels (0, 0 is its top left corner). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A card drawn over the map. */
export interface Card {
  rect: Rect;
  /**
   * Whether the card may be left over the map when nothing fits beside it (the legend, which the
   * reader can fold); the panel never is.
   */
  mayOverlap: boolean;
}

/** How well a free part of this size serves; the highest wins. */
export type FreeScore = (free: { width: number; height: number }) => number;

export const NONE: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The part of `rect` that lies on a width × height map, or null when none does. */
export function clipToMap(rect: Rect, width: number, height: number): Rect | null {
  const clipped = {
    left: Math.max(0, rect.left),
    top: Math.max(0, rect.top),
    right: Math.min(width, rect.right),
    bottom: Math.min(height, rect.bottom),
  };
  return clipped.right > clipped.left && clipped.bottom > clipped.top ? clipped : null;
}

/** The four ways to clear a card: the map gives up everything from one edge to the card's far side. */
export function clearingsOf(rect: Rect, width: number, height: number): Insets[] {
  return [
    { ...NONE, left: rect.right },
    { ...NONE, right: width - rect.left },
    { ...NONE, top: rect.bottom },
    { ...NONE, bottom: height - rect.top },
  ];
}

export function union(a: Insets, b: Insets): Insets {
  return {
    top: Math.max(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
  };
}

/** Every combination of one clearing per card. */
function combinations(cards: readonly Card[], width: number, height: number): Insets[] {
  return cards.reduce<Insets[]>(
    (sofar, card) =>
      sofar.flatMap((insets) =>
        clearingsOf(card.rect, width, height).map((clearing) => union(insets, clearing)),
      ),
    [NONE],
  );
}

/** The free part inside the insets, less the margin on every side. */
function freeSize(insets: Insets, width: number, height: number, margin: number) {
  return {
    width: width - insets.left - insets.right - 2 * margin,
    height: height - insets.top - insets.bottom - 2 * margin,
  };
}

/** The best of the combinations that leave at least MIN_FREE each way, or null when none does. */
function best(
  candidates: readonly Insets[],
  width: number,
  height: number,
  score: FreeScore,
  margin: number,
): Insets | null {
  let chosen: Insets | null = null;
  let top = { score: Number.NEGATIVE_INFINITY, area: 0 };
  for (const insets of candidates) {
    const free = freeSize(insets, width, height, margin);
    if (free.width + 2 * margin < MIN_FREE || free.height + 2 * margin < MIN_FREE) continue;
    const ranked = { score: score(free), area: free.width * free.height };
    if (ranked.score > top.score || (ranked.score === top.score && ranked.area > top.area)) {
      chosen = insets;
      top = ranked;
    }
  }
  return chosen;
}

/**
 * The insets that keep the cards off what the map shows: each card cleared from the edge that
 * serves `score` best. When clearing every card leaves too little, the cards that may overlap
 * are left over the map; when even the panel leaves too little, nothing is cleared.
 */
export function clearingInsets(
  width: number,
  height: number,
  cards: readonly Card[],
  score: FreeScore,
  margin = FIT_MARGIN,
): Insets {
  const onMap = cards.flatMap((card) => {
    const rect = clipToMap(card.rect, width, height);
    return rect ? [{ ...card, rect }] : [];
  });
  const required = onMap.filter((card) => !card.mayOverlap);
  return (
    best(combinations(onMap, width, height), width, height, score, margin) ??
    best(combinations(required, width, height), width, height, score, margin) ??
    NONE
  );
}

/** Scores a free part by the scale at which `bounds` would fill it: the largest picture wins. */
export function fitsBounds(bounds: Bounds): FreeScore {
  const [west, south, east, north] = bounds;
  const nw = mercator(west, north, 0);
  const se = mercator(east, south, 0);
  const size = { width: Math.max(se.x - nw.x, 1e-9), height: Math.max(se.y - nw.y, 1e-9) };
  return (free) => Math.min(free.width / size.width, free.height / size.height);
}

/** Scores a free part by its area: the most room around a point. */
export const largestArea: FreeScore = (free) => free.width * free.height;

/** Padding for fitting bounds into the free part: the insets plus the margin on every edge. */
export function withMargin(insets: Insets, margin = FIT_MARGIN): Insets {
  return {
    top: insets.top + margin,
    right: insets.right + margin,
    bottom: insets.bottom + margin,
    left: insets.left + margin,
  };
}

function shift(value: number, min: number, max: number): number {
  if (min > max) return 0;
  if (value < min) return value - min;
  if (value > max) return value - max;
  return 0;
}

/**
 * The pan, in pixels, that brings `point` into the free part of the map with `margin` to spare;
 * [0, 0] when it is already there (or when there is no free part to bring it to).
 */
export function panToReveal(
  point: { x: number; y: number },
  width: number,
  height: number,
  covered: Insets,
  margin = 40,
): [number, number] {
  return [
    shift(point.x, covered.left + margin, width - covered.right - margin),
    shift(point.y, covered.top + margin, height - covered.bottom - margin),
  ];
}
