/**
 * Where a line crosses itself, for the data check: plain segment geometry on longitude/latitude,
 * which is enough to catch a mis-ordered or mistyped position. Pure.
 */

/** A longitude/latitude pair as GeoJSON writes it. */
type Position = readonly [number, number];

/** Twice the signed area of the triangle pqr: positive if r lies left of pq, 0 if collinear. */
function orientation(p: Position, q: Position, r: Position): number {
  return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
}

/** Whether r, collinear with pq, lies on the segment pq. */
function onSegment(p: Position, q: Position, r: Position): boolean {
  return (
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1])
  );
}

/** Where the segments ab and cd cross or touch (a point they share), or undefined if apart. */
export function segmentIntersection(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): Position | undefined {
  const [oa, ob] = [orientation(c, d, a), orientation(c, d, b)];
  const [oc, od] = [orientation(a, b, c), orientation(a, b, d)];
  if (oa * ob < 0 && oc * od < 0) {
    const t = oa / (oa - ob);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (oa === 0 && onSegment(c, d, a)) return a;
  if (ob === 0 && onSegment(c, d, b)) return b;
  if (oc === 0 && onSegment(a, b, c)) return c;
  if (od === 0 && onSegment(a, b, d)) return d;
  return undefined;
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
      if (!one || !two) continue;
      const at = segmentIntersection(one.from, one.to, two.from, two.to);
      if (at) return { at, segments: [one.start, two.start] };
    }
  }
  return undefined;
}

/** A line's segments of non-zero length, each with the index of the position it starts at. */
function segmentsOf(line: readonly Position[]): { from: Position; to: Position; start: number }[] {
  const segments: { from: Position; to: Position; start: number }[] = [];
  let start = 0;
  for (let index = 1; index < line.length; index++) {
    const [from, to] = [line[start], line[index]];
    if (!from || !to || samePosition(from, to)) continue;
    segments.push({ from, to, start });
    start = index;
  }
  return segments;
}

/** Whether two positions are the same point. */
function samePosition(p: Position | undefined, q: Position | undefined): boolean {
  return p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];
}
