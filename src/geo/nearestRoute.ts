/** Which route a pointer is on: pure screen-space geometry, so it can be tested without a map. */
import type { LineString, MultiLineString, Position } from 'geojson';
import { linesOf } from './linesOf.ts';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** A candidate under the pointer: its project and its geometry in longitude/latitude. */
export interface RouteCandidate {
  project: string;
  geometry: LineString | MultiLineString;
  /** Pixels the line is drawn to the right of its geometry (MapLibre's `line-offset`). */
  offset: number;
}

/** A project and its distance in pixels from the pointer. */
export interface RankedProject {
  project: string;
  distance: number;
}

/** Distance in pixels from `p` to the segment `a`–`b`. */
export function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The segment `a`–`b` moved `offset` pixels to its right (screen y grows downwards). */
function offsetSegment(a: ScreenPoint, b: ScreenPoint, offset: number): [ScreenPoint, ScreenPoint] {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (offset === 0 || length === 0) return [a, b];
  const nx = (-(b.y - a.y) / length) * offset;
  const ny = ((b.x - a.x) / length) * offset;
  return [
    { x: a.x + nx, y: a.y + ny },
    { x: b.x + nx, y: b.y + ny },
  ];
}

/** Distance in pixels from `p` to a line as drawn, projecting its positions with `project`. */
export function distanceToGeometry(
  p: ScreenPoint,
  geometry: LineString | MultiLineString,
  project: (position: Position) => ScreenPoint,
  offset = 0,
): number {
  let best = Number.POSITIVE_INFINITY;
  for (const line of linesOf(geometry)) {
    const points = line.map(project);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b) best = Math.min(best, distanceToSegment(p, ...offsetSegment(a, b, offset)));
    }
  }
  return best;
}

/**
 * The projects within `tolerance` pixels of `p`, nearest first, each once (at the distance of its
 * nearest route). The first one is what a click selects; the rest are offered as alternatives.
 */
export function rankProjects(
  p: ScreenPoint,
  candidates: readonly RouteCandidate[],
  project: (position: Position) => ScreenPoint,
  tolerance: number,
): RankedProject[] {
  const nearest = new Map<string, number>();
  for (const candidate of candidates) {
    const distance = distanceToGeometry(p, candidate.geometry, project, candidate.offset);
    if (distance > tolerance) continue;
    nearest.set(candidate.project, Math.min(distance, nearest.get(candidate.project) ?? distance));
  }
  return [...nearest]
    .map(([id, distance]) => ({ project: id, distance }))
    .sort((a, b) => a.distance - b.distance || a.project.localeCompare(b.project));
}
