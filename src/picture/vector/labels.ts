/**
 * Label placement for the vector renderer, after MapLibre's rules as the map's layers use them:
 * point labels beside their anchor (the first of `text-variable-anchor` that fits), labels along
 * lines every `symbol-spacing` pixels, kept upright and rejected where the line bends more than
 * `text-max-angle`, and a collision index that places the top layer's labels first. Widths come
 * from the real font, so a label's box is the box it is drawn in.
 */
import type { TextLine } from './scene.ts';

/** An axis-aligned box in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
const inside = (outer: Box, inner: Box) =>
  inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/** Boxes already taken; a label fits where its boxes are inside the view and overlap none. */
export class CollisionIndex {
  private readonly taken: Box[];
  constructor(
    private readonly view: Box,
    obstacles: readonly Box[] = [],
  ) {
    this.taken = [...obstacles];
  }
  fits(boxes: readonly Box[]): boolean {
    return boxes.every(
      (box) => inside(this.view, box) && !this.taken.some((other) => overlaps(box, other)),
    );
  }
  add(boxes: readonly Box[]): void {
    this.taken.push(...boxes);
  }
}

/** MapLibre's anchors: which side of the point the text's box is tied to. */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

/** Where the baseline sits below the middle of a line of Noto Sans, in ems. */
export const BASELINE_SHIFT = 0.35;

/** A block of lines laid out about an anchor, with each line's measured width. */
export interface Block {
  lines: readonly string[];
  widths: readonly number[];
  size: number;
  lineHeight: number;
}

/**
 * The lines of `block` placed with their `anchor` at (x, y): their start points and the box they
 * fill. Justified as `text-justify: auto` does (left for a left anchor, right for right, centred
 * otherwise).
 */
export function placeBlock(
  block: Block,
  anchor: Anchor,
  x: number,
  y: number,
): { lines: TextLine[]; box: Box } {
  const width = Math.max(...block.widths);
  const height = block.lines.length * block.lineHeight * block.size;
  const left = anchor === 'left' ? x : anchor === 'right' ? x - width : x - width / 2;
  const top = anchor === 'top' ? y : anchor === 'bottom' ? y - height : y - height / 2;
  const lines = block.lines.map((text, i) => {
    const lineWidth = block.widths[i] ?? 0;
    const start =
      anchor === 'left'
        ? left
        : anchor === 'right'
          ? left + width - lineWidth
          : left + (width - lineWidth) / 2;
    const middle = top + (i + 0.5) * block.lineHeight * block.size;
    return { text, x: start, y: middle + BASELINE_SHIFT * block.size };
  });
  return { lines, box: { x0: left, y0: top, x1: left + width, y1: top + height } };
}

/** The point an anchor is tied to, `radial` ems from the feature's point, as MapLibre offsets it. */
export function anchorPoint(
  anchor: Anchor,
  x: number,
  y: number,
  radialPx: number,
): [number, number] {
  switch (anchor) {
    case 'left':
      return [x + radialPx, y];
    case 'right':
      return [x - radialPx, y];
    case 'top':
      return [x, y + radialPx];
    case 'bottom':
      return [x, y - radialPx];
    default:
      return [x, y];
  }
}

/** A box grown by `padding` pixels on each side. */
export const padded = (box: Box, padding: number): Box => ({
  x0: box.x0 - padding,
  y0: box.y0 - padding,
  x1: box.x1 + padding,
  y1: box.y1 + padding,
});

type Point = [number, number];

/** A point on a line in pixels at a distance along it, and the direction of its segment. */
interface Along {
  point: Point;
  angle: number;
}

function cumulative(line: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    out.push((out[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  return out;
}

function at(line: readonly Point[], lengths: readonly number[], distance: number): Along {
  let i = 1;
  while (i < line.length - 1 && (lengths[i] ?? 0) < distance) i++;
  const a = line[i - 1] as Point;
  const b = line[i] as Point;
  const start = lengths[i - 1] ?? 0;
  const span = (lengths[i] ?? 0) - start || 1;
  const t = Math.max(0, Math.min(1, (distance - start) / span));
  return {
    point: [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])],
    angle: Math.atan2(b[1] - a[1], b[0] - a[0]),
  };
}

/**
 * The largest bend, in radians, of the line between two distances along it: turns summed with
 * their sign over any stretch half as long as the label, as MapLibre's `checkMaxAngle` sums them,
 * so that a wiggle that comes back does not count as a bend.
 */
function largestTurn(
  line: readonly Point[],
  lengths: readonly number[],
  from: number,
  to: number,
): number {
  const turns: { at: number; turn: number }[] = [];
  for (let i = 1; i < line.length - 1; i++) {
    const d = lengths[i] ?? 0;
    if (d <= from || d >= to) continue;
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const c = line[i + 1] as Point;
    const turn = Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0]);
    turns.push({ at: d, turn: ((turn + 3 * Math.PI) % (2 * Math.PI)) - Math.PI });
  }
  const window = (to - from) / 2;
  let largest = 0;
  for (let i = 0; i < turns.length; i++) {
    let sum = 0;
    for (let j = i; j < turns.length && (turns[j]?.at ?? 0) - (turns[i]?.at ?? 0) <= window; j++) {
      sum += turns[j]?.turn ?? 0;
      largest = Math.max(largest, Math.abs(sum));
    }
  }
  return largest;
}

/** A label along a line: its centre, its rotation in degrees, and its collision boxes. */
export interface LineAnchor {
  point: Point;
  angle: number;
}

/**
 * Anchors along a line every `spacing` pixels, the first half a spacing in, where a label
 * `length` pixels long fits without bending more than `maxAngle` degrees. Upright labels turn
 * to read left to right; others (arrows) keep the line's direction.
 */
export function lineAnchors(
  line: readonly Point[],
  spacing: number,
  length: number,
  maxAngle: number,
  keepUpright: boolean,
): LineAnchor[] {
  if (line.length < 2) return [];
  const lengths = cumulative(line);
  const total = lengths[lengths.length - 1] ?? 0;
  if (total < length) return [];
  const starts: number[] = [];
  for (let d = spacing / 2; d <= total - length / 2; d += spacing) {
    if (d >= length / 2) starts.push(d);
  }
  if (starts.length === 0) starts.push(total / 2);
  const anchors: LineAnchor[] = [];
  for (const d of starts) {
    if (largestTurn(line, lengths, d - length / 2, d + length / 2) > (maxAngle * Math.PI) / 180)
      continue;
    // The chord over the label's length gives its direction, as the glyphs follow it.
    const a = at(line, lengths, d - length / 2).point;
    const b = at(line, lengths, d + length / 2).point;
    let angle = length > 0 ? Math.atan2(b[1] - a[1], b[0] - a[0]) : at(line, lengths, d).angle;
    if (keepUpright && Math.abs(angle) > Math.PI / 2) angle += angle > 0 ? -Math.PI : Math.PI;
    anchors.push({ point: at(line, lengths, d).point, angle: (angle * 180) / Math.PI });
  }
  return anchors;
}

/**
 * Collision boxes of a straight label `length` × `height` centred at `centre`, turned by
 * `angle` degrees: squares along its axis, as MapLibre uses circles for labels on lines.
 */
export function boxesAlong(centre: Point, angle: number, length: number, height: number): Box[] {
  const radians = (angle * Math.PI) / 180;
  const [dx, dy] = [Math.cos(radians), Math.sin(radians)];
  const count = Math.max(1, Math.ceil(length / height));
  const step = length / count;
  return Array.from({ length: count }, (_, i) => {
    const offset = -length / 2 + (i + 0.5) * step;
    const [x, y] = [centre[0] + dx * offset, centre[1] + dy * offset];
    const half = Math.max(step, height) / 2;
    return { x0: x - half, y0: y - half, x1: x + half, y1: y + half };
  });
}
