/**
 * A picture as a tree of named groups of paths, circles and text, in CSS pixels with y down: what
 * the vector renderer draws and what each writer (SVG, PDF, the PNG overlay's canvas) turns into
 * its own format. Text is already laid out (measured with the real font), so no writer measures.
 */

/** Weights of Noto Sans the map uses. */
export type Weight = 400 | 600;

export interface PathShape {
  type: 'path';
  /** SVG path data, absolute or relative commands M, L, H, V, Z, in pixels. */
  d: string;
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
