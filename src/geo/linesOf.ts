import type { LineString, MultiLineString, Position } from 'geojson';

/** The lines of a route's geometry: itself for a LineString, each part of a MultiLineString. */
export function linesOf(geometry: LineString | MultiLineString): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}
