/**
 * Where a line crosses itself, for the data check: plain segment geometry on longitude/latitude,
 * which is enough to catch a mis-ordered or mistyped position. The crossings are `@turf/kinks`'s;
 * pure.
 */
import bbox from '@turf/bbox';
import kinks from '@turf/kinks';
import { type Bounds, boundsOverlap } from './bounds.ts';

/** A longitude/latitude pair as GeoJSON writes it. */
type Position = readonly [number, number];

/** Twice the signed area of the triangle pqr: positive if r lies left of pq, 0 if collinear. */
function orientation(p: Position, q: Position, r: Position): number {
  return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
}

/** Whether r lies on the segment pq: on its line, between its ends. */
function onSegment(p: Position, q: Position, r: Position): boolean {
  return (
    orientation(p, q, r) === 0 &&
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1])
  );
}

/** The point where the segments ab and cd meet at an angle, as `@turf/kinks` finds it. */
function kinkOf(a: Position, b: Position, c: Position, d: Position): Position | undefined {
  const [kink] = kinks({
    type: 'MultiLineString',
    coordinates: [
      [[...a], [...b]],
      [[...c], [...d]],
    ],
  }).features;
  const [x, y] = kink?.geometry.coordinates ?? [];
  return x === undefined || y === undefined ? undefined : [x, y];
}

/** Where the segments ab and cd cross or touch (a point they share), or undefined if apart. */
export function segmentIntersection(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): Position | undefined {
  // kinks finds no meeting of parallel segments, even overlapping ones: an end on the other does.
  return (
    kinkOf(a, b, c, d) ??
    [a, b].find((end) => onSegment(c, d, end)) ??
    [c, d].find((end) => onSegment(a, b, end))
  );
}

/** A point where a line crosses itself, and the positions that start the two segments. */
export interface SelfIntersection {
  at: Position;
  segments: [number, number];
}

/**
 * The first point where a line crosses or touches itself, or undefined. Repeated consecutive
 * positions, the joint of consecutive segments and a closed line's start are not crossings.
 */
export function selfIntersection(line: readonly Position[]): SelfIntersection | undefined {
  const segments = segmentsOf(line);
  const closed = segments.length > 2 && samePosition(line[0], line[line.length - 1]);
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 2; j < segments.length; j++) {
      if (closed && i === 0 && j === segments.length - 1) continue;
      const [one, two] = [segments[i], segments[j]];
      // Segments whose boxes are apart cannot meet: most pairs of a route end here.
      if (!one || !two || !boundsOverlap(one.box, two.box)) continue;
      const at = segmentIntersection(one.from, one.to, two.from, two.to);
      if (at) return { at, segments: [one.start, two.start] };
    }
  }
  return undefined;
}

/** A segment of a line, the index of the position it starts at, and its box. */
interface Segment {
  from: Position;
  to: Position;
  start: number;
  box: Bounds;
}

/** A line's segments of non-zero length. */
function segmentsOf(line: readonly Position[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (let index = 1; index < line.length; index++) {
    const [from, to] = [line[start], line[index]];
    if (!from || !to || samePosition(from, to)) continue;
    const [west, south, east, north] = bbox({
      type: 'LineString',
      coordinates: [[...from], [...to]],
    });
    segments.push({ from, to, start, box: [west, south, east, north] });
    start = index;
  }
  return segments;
}

/** Whether two positions are the same point. */
function samePosition(p: Position | undefined, q: Position | undefined): boolean {
  return p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];
}
