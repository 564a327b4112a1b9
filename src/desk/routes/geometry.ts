/**
 * The route editor's geometry: positions rounded as the files write them, the lines of a route,
 * and the vertex edits (move, remove, split). Pure; lines are never changed in place.
 */
import type { RouteFeatureInput } from '../../content/schema.ts';

/** A position as the files write it: [longitude, latitude]. */
export type LngLat = [number, number];
/** One line of a route: its positions in drawn order. */
export type Line = LngLat[];
/** A route's geometry as written: a LineString or a MultiLineString. */
export type RouteGeometryInput = RouteFeatureInput['geometry'];

/** Decimals the data files write positions with: about 100 m, finer than any source here. */
export const DECIMALS = 3;

const FACTOR = 10 ** DECIMALS;
const round = (value: number) => Math.round(value * FACTOR) / FACTOR;

/** A position rounded to the files' decimals. */
export function roundPosition(position: readonly number[]): LngLat {
  return [round(position[0] ?? 0), round(position[1] ?? 0)];
}

/** A line with every position rounded to the files' decimals. */
export function roundLine(line: readonly (readonly number[])[]): Line {
  return line.map(roundPosition);
}

/** Whether two lines have the same positions. */
export function sameLine(a: readonly LngLat[] | null, b: readonly LngLat[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every(([lng, lat], index) => b[index]?.[0] === lng && b[index]?.[1] === lat);
}

/** The lines of a geometry: the line of a LineString, each part of a MultiLineString. */
export function partsOf(geometry: RouteGeometryInput): Line[] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** The geometry of some lines: a LineString for one, a MultiLineString for more. */
export function geometryOf(lines: readonly Line[]): RouteGeometryInput {
  const [first] = lines;
  return lines.length === 1 && first
    ? { type: 'LineString', coordinates: first }
    : { type: 'MultiLineString', coordinates: [...lines] };
}

/** A geometry with one of its lines (`part`, from 0) replaced; the type stays as it was. */
export function withPart(
  geometry: RouteGeometryInput,
  part: number,
  line: Line,
): RouteGeometryInput {
  if (geometry.type === 'LineString') {
    if (part !== 0) throw new RangeError(`a LineString has no part ${part}`);
    return { type: 'LineString', coordinates: line };
  }
  if (part < 0 || part >= geometry.coordinates.length) {
    throw new RangeError(`the MultiLineString has no part ${part}`);
  }
  return {
    type: 'MultiLineString',
    coordinates: geometry.coordinates.map((old, index) => (index === part ? line : old)),
  };
}

/** Whether a line can be split at a vertex: one between its ends. */
export function canSplitAt(line: readonly LngLat[], index: number): boolean {
  return Number.isInteger(index) && index > 0 && index < line.length - 1;
}

/** A line split at a vertex between its ends into two lines that share that vertex. */
export function splitLine(line: readonly LngLat[], index: number): [Line, Line] {
  if (!canSplitAt(line, index)) {
    throw new RangeError(`a line of ${line.length} positions splits only at 1…${line.length - 2}`);
  }
  return [line.slice(0, index + 1), line.slice(index)];
}

/**
 * A geometry split at a vertex of one part into two: the parts before it with the part's first
 * half, and the part's second half with the parts after it.
 */
export function splitGeometry(
  geometry: RouteGeometryInput,
  part: number,
  index: number,
): [RouteGeometryInput, RouteGeometryInput] {
  const parts = partsOf(geometry);
  const line = parts[part];
  if (!line) throw new RangeError(`the geometry has no part ${part}`);
  const [first, second] = splitLine(line, index);
  return [
    geometryOf([...parts.slice(0, part), first]),
    geometryOf([second, ...parts.slice(part + 1)]),
  ];
}

/** Whether a vertex can be removed: a line keeps at least two positions. */
export function canRemoveVertex(line: readonly LngLat[], index: number): boolean {
  return line.length > 2 && Number.isInteger(index) && index >= 0 && index < line.length;
}

/** A line without one of its vertices. */
export function removeVertex(line: readonly LngLat[], index: number): Line {
  if (!canRemoveVertex(line, index)) {
    throw new RangeError(`vertex ${index} cannot be removed from a line of ${line.length}`);
  }
  return line.filter((_, at) => at !== index);
}

/** A line with one vertex moved to a position (rounded to the files' decimals). */
export function moveVertex(line: readonly LngLat[], index: number, position: LngLat): Line {
  if (index < 0 || index >= line.length) throw new RangeError(`the line has no vertex ${index}`);
  return line.map((old, at) => (at === index ? roundPosition(position) : old));
}

const samePosition = (a: LngLat | undefined, b: LngLat | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * The vertex an edit moved or inserted, comparing the line before and after it; null when no
 * single vertex was (a vertex removed, several moved, nothing changed).
 */
export function changedVertex(before: readonly LngLat[], after: readonly LngLat[]): number | null {
  if (after.length === before.length) {
    const moved = after.flatMap((position, index) =>
      samePosition(position, before[index]) ? [] : [index],
    );
    return moved.length === 1 ? (moved[0] ?? null) : null;
  }
  if (after.length === before.length + 1) {
    let inserted = after.findIndex((position, index) => !samePosition(position, before[index]));
    if (inserted === -1) inserted = after.length - 1;
    const rest = after.slice(inserted + 1);
    return rest.every((position, index) => samePosition(position, before[inserted + index]))
      ? inserted
      : null;
  }
  return null;
}

/** A point in pixels. */
export interface Pixel {
  x: number;
  y: number;
}

/** The index of the point nearest to a target within a tolerance (pixels); null for none. */
export function nearestVertex(
  points: readonly Pixel[],
  target: Pixel,
  tolerance: number,
): number | null {
  let best: number | null = null;
  let bestDistance = tolerance;
  for (const [index, point] of points.entries()) {
    const distance = Math.hypot(point.x - target.x, point.y - target.y);
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}
