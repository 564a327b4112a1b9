/**
 * Which projects lie under a pointer. Ranked from the checked route geometry as drawn (with each
 * kind's line offset), not from rendered tiles: the answer never lags behind a toggle or a style
 * change that has not been drawn yet.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Project, RouteGeometry } from '../content/schema.ts';
import { type Bounds, boundsOf, boundsOverlap } from '../geo/bounds.ts';
import { type RankedProject, rankProjects } from '../geo/nearestRoute.ts';
import { routeOffset } from './flows.ts';
import type { Theme } from './theme.ts';

/** Pixels around the pointer that still count as on a line: mouse, and the coarser touch. */
export const HIT_TOLERANCE = { mouse: 8, touch: 16 } as const;

/** Each route's box, worked out once: the routes far from the pointer are never projected. */
const boxes = new WeakMap<RouteGeometry, Bounds | null>();
function boxOf(geometry: RouteGeometry): Bounds | null {
  if (!boxes.has(geometry)) boxes.set(geometry, boundsOf([geometry]));
  return boxes.get(geometry) ?? null;
}

/** The box in degrees of the pixels within `reach` of `point`. */
function reachBox(map: MapLibreMap, point: { x: number; y: number }, reach: number): Bounds {
  const corners = [
    map.unproject([point.x - reach, point.y - reach]),
    map.unproject([point.x + reach, point.y + reach]),
  ];
  const lngs = corners.map((corner) => corner.lng);
  const lats = corners.map((corner) => corner.lat);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The given (visible) projects whose routes lie within `tolerance` px of `point`, nearest first. */
export function projectsAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  tolerance: number,
  projects: readonly Project[],
  theme: Theme,
): RankedProject[] {
  const widest = Math.max(
    ...projects.flatMap((project) =>
      project.routes.map((route) => Math.abs(routeOffset(theme, route.properties))),
    ),
  );
  const near = reachBox(map, point, tolerance + widest);
  const candidates = projects.flatMap((project) =>
    project.routes.flatMap((route) => {
      const box = boxOf(route.geometry);
      if (!box || !boundsOverlap(box, near)) return [];
      return [
        {
          project: project.id,
          geometry: route.geometry,
          offset: routeOffset(theme, route.properties),
        },
      ];
    }),
  );
  return rankProjects(
    point,
    candidates,
    ([lng = 0, lat = 0]) => map.project([lng, lat]),
    tolerance,
  );
}
