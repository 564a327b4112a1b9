/** Bounding boxes of drawn routes. */
import bbox from '@turf/bbox';
import type { LineString, MultiLineString } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The box around every position of the given geometries; null when there are none. */
export function boundsOf(geometries: readonly (LineString | MultiLineString)[]): Bounds | null {
  const [west, south, east, north] = bbox({
    type: 'GeometryCollection',
    geometries: [...geometries],
  });
  // The box of no positions is [Infinity, Infinity, -Infinity, -Infinity].
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

/** Whether two boxes share any point. */
export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
