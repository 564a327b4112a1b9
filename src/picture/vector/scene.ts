/**
 * A picture as a tree of named groups of paths, circles and text, in CSS pixels with y down: what
 * the vector renderer draws and what each writer (SVG, PDF, the PNG cards' canvas) turns into
 * its own format. Text is already laid out (measured with the real font), so no writer measures.
 */
import type { Weight } from '../../fonts/fontNames.ts';

/** One step of a path outline, in pixels: a move, a straight line, or a close of the subpath. */
export type Segment = ['M' | 'L', number, number] | ['Z'];

export interface PathShape {
  type: 'path';
  /** The outline, in pixels; each writer writes it in its own format. */
  segments: readonly Segment[];
  fill?: string;
  fillRule?: 'nonzero' | 'evenodd';
  stroke?: string;
  strokeWidth?: number;
  /** Dash and gap lengths in pixels. */
  dash?: readonly number[];
  cap?: 'butt' | 'round' | 'square';
  join?: 'miter' | 'round' | 'bevel';
  /** Opacity of the whole shape, 0–1. */
  opacity?: number;
}

export interface CircleShape {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
}

/** One line of text, its start on the baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface TextShape {
  type: 'text';
  /** The lines of one label or paragraph; kept together so that an editor edits them as one. */
  lines: readonly TextLine[];
  weight: Weight;
  italic?: boolean;
  /** Font size in pixels. */
  size: number;
  /** Extra space after each character, in pixels. */
  letterSpacing?: number;
  fill: string;
  opacity?: number;
  /** A halo under the glyphs: a stroke of twice `width` in `color`, drawn first. */
  halo?: { color: string; width: number };
  /** Rotation in degrees, clockwise, about `origin` (each line turns with it). */
  rotate?: { angle: number; origin: [number, number] };
}

export type Shape = PathShape | CircleShape | TextShape;

export interface Group {
  type: 'group';
  /** A name a designer reads in a layers panel: `basemap`, `routes/titr`, `legend`. */
  name: string;
  children: readonly Node[];
}

export type Node = Shape | Group;

export interface Scene {
  width: number;
  height: number;
  /** The picture's title and description, for the file's metadata and screen readers. */
  title: string;
  description?: string;
  /** Bottom to top. */
  groups: readonly Group[];
}

/** A group, or null when it would be empty (writers skip nothing then). */
export function group(name: string, children: readonly (Node | null | undefined)[]): Group | null {
  const kept = children.filter((child): child is Node => Boolean(child));
  return kept.length === 0 ? null : { type: 'group', name, children: kept };
}

/** The groups that are not null, in order. */
export const groups = (list: readonly (Group | null)[]): Group[] =>
  list.filter((entry): entry is Group => entry !== null);

/** A rectangle, clockwise from its top left corner. */
export const rectSegments = (x: number, y: number, w: number, h: number): Segment[] => [
  ['M', x, y],
  ['L', x + w, y],
  ['L', x + w, y + h],
  ['L', x, y + h],
  ['Z'],
];

/** A rectangle with corners of radius `r`, each quarter circle as 8 straight segments. */
export function roundedRectSegments(
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): Segment[] {
  const corner = (cx: number, cy: number, from: number) =>
    Array.from({ length: 9 }, (_, i): [number, number] => {
      const a = ((from + (i * 90) / 8) * Math.PI) / 180;
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    });
  const points = [
    ...corner(x + w - r, y + r, -90),
    ...corner(x + w - r, y + h - r, 0),
    ...corner(x + r, y + h - r, 90),
    ...corner(x + r, y + r, 180),
  ];
  return [...points.map(([px, py], i): Segment => [i === 0 ? 'M' : 'L', px, py]), ['Z']];
}

/** A straight line from (x0, y0) to (x1, y1). */
export const lineSegments = (x0: number, y0: number, x1: number, y1: number): Segment[] => [
  ['M', x0, y0],
  ['L', x1, y1],
];

/** Segments as compact SVG path data (`M1,2L3,4Z`), numbers rounded to `digits` decimals. */
export function pathData(segments: readonly Segment[], digits: number): string {
  const k = 10 ** digits;
  // A number rounded to -0 is written `0`, as any number is, by the template string.
  const num = (value: number) => Math.round(value * k) / k;
  return segments
    .map((segment) =>
      segment[0] === 'Z' ? 'Z' : `${segment[0]}${num(segment[1])},${num(segment[2])}`,
    )
    .join('');
}

/** A colour as red, green, blue (0–1) and alpha (0–1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `#rgb`, `#rrggbb`, `rgb(…)` and `rgba(…)`; throws on anything else. */
export function parseColor(color: string): Rgba {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const value = Number.parseInt(digits, 16);
    return {
      r: ((value >> 16) & 255) / 255,
      g: ((value >> 8) & 255) / 255,
      b: (value & 255) / 255,
      a: 1,
    };
  }
  const fn = /^rgba?\(([^)]+)\)$/i.exec(color.trim());
  if (fn?.[1]) {
    const [r = 0, g = 0, b = 0, a = 1] = fn[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return { r: r / 255, g: g / 255, b: b / 255, a };
  }
  throw new Error(`unsupported colour "${color}"`);
}

/** Every shape of a node, depth first, with the names of the groups it is in. */
export function* shapesOf(
  node: Node,
  path: readonly string[] = [],
): Generator<[Shape, readonly string[]]> {
  if (node.type === 'group') {
    for (const child of node.children) yield* shapesOf(child, [...path, node.name]);
  } else {
    yield [node, path];
  }
}
