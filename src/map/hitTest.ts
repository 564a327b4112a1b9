/**
 * Which projects lie under a pointer. Ranked from the checked route geometry as drawn (with each
 * kind's line offset), not from rendered tiles: the answer never lags behind a toggle or a style
 * change that has not been drawn yet.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Project } from '../content/schema';
import { type RankedProject, rankProjects } from '../geo/nearestRoute';
import type { Theme } from './theme';

/** Pixels around the pointer that still count as on a line: mouse, and the coarser touch. */
export const HIT_TOLERANCE = { mouse: 8, touch: 16 } as const;

/** The given (visible) projects whose routes lie within `tolerance` px of `point`, nearest first. */
export function projectsAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  tolerance: number,
  projects: readonly Project[],
  theme: Theme,
): RankedProject[] {
  const candidates = projects.flatMap((project) =>
    project.routes.map((route) => ({
      project: project.id,
      geometry: route.geometry,
      offset: theme.kinds[route.properties.kind].offset,
    })),
  );
  return rankProjects(
    point,
    candidates,
    ([lng = 0, lat = 0]) => map.project([lng, lat]),
    tolerance,
  );
}
