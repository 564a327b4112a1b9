/** Bounding boxes of drawn routes. */
import type { LineString, MultiLineString } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The box around every position of the given geometries; null when there are none. */
export function boundsOf(geometries: readonly (LineString | MultiLineString)[]): Bounds | null {
  const positions = geometries.flatMap((geometry) =>
    geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat(),
  );
  if (positions.length === 0) return null;
  const lngs = positions.map(([lng = 0]) => lng);
  const lats = positions.map(([, lat = 0]) => lat);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** Whether two boxes share any point. */
export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
