/** Length of drawn routes, measured on the ellipsoid-free sphere Turf uses. */
import { featureCollection } from '@turf/helpers';
import length from '@turf/length';
import type { Feature, LineString, MultiLineString } from 'geojson';

/** Total length in kilometres of the given line features, as drawn. */
export function routeLengthKm(routes: readonly Feature<LineString | MultiLineString>[]): number {
  return routes.reduce(
    (sum, route) => sum + length(featureCollection([route]), { units: 'kilometers' }),
    0,
  );
}
