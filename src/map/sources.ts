/** GeoJSON for the map's sources, derived from the checked content. */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { PlaceFeature, Project, RouteProperties } from '../content/schema.ts';

/** Route properties as drawn: the project's short name rides along for line labels. */
export type DrawnRouteProperties = RouteProperties & { label: string };

/** Every project's routes in one collection, each feature labelled with its project. */
export function routesCollection(
  projects: readonly Project[],
): FeatureCollection<LineString | MultiLineString, DrawnRouteProperties> {
  return {
    type: 'FeatureCollection',
    features: projects.flatMap((project) =>
      // Only what the map draws goes to its worker: not the build's measurements (`geography`).
      project.routes.map(({ type, geometry, properties }) => ({
        type,
        geometry,
        properties: { ...properties, label: project.shortName },
      })),
    ),
  };
}

/**
 * The places the map labels, as one collection; the stations and junctions that only name a
 * line's end (`label: false`) are left out.
 */
export function placesCollection(places: readonly PlaceFeature[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.filter((place) => place.properties.label).map((place) => ({ ...place })),
  };
}
