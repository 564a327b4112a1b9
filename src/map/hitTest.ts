/** Which projects lie under a pointer: the map finds candidates, pure geometry ranks them. */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Project, RouteKind } from '../content/schema';
import { type RankedProject, type RouteCandidate, rankProjects } from '../geo/nearestRoute';
import { INTERACTIVE_LAYERS } from './layerOrder';
import type { Theme } from './theme';

/** Pixels around the pointer that still count as on a line: mouse, and the coarser touch. */
export const HIT_TOLERANCE = { mouse: 8, touch: 16 } as const;

/** Projects whose drawn routes lie within `tolerance` px of `point`, nearest first. */
export function projectsAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  tolerance: number,
  projects: readonly Project[],
  theme: Theme,
): RankedProject[] {
  const box: [PointLike, PointLike] = [
    [point.x - tolerance, point.y - tolerance],
    [point.x + tolerance, point.y + tolerance],
  ];
  const hitIds = new Set(
    map
      .queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] })
      .map((feature) => feature.properties.project as string),
  );
  const candidates: RouteCandidate[] = projects
    .filter((project) => hitIds.has(project.id))
    .flatMap((project) =>
      project.routes.map((route) => ({
        project: project.id,
        geometry: route.geometry,
        offset: theme.kinds[route.properties.kind as RouteKind].offset,
      })),
    );
  return rankProjects(
    point,
    candidates,
    ([lng = 0, lat = 0]) => map.project([lng, lat]),
    tolerance,
  );
}
