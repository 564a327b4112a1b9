/**
 * The no-WebGL poster: the map's default view (every project as of the latest milestone, nothing
 * selected) without an overlay, drawn by the vector renderer from the live map's style.
 */
import type { FeatureCollection } from 'geojson';
import type { PlaceFeature, Project, Status } from '../../content/schema';
import { BASEMAP_SOURCE } from '../../map/layers/basemap';
import { PLACES_SOURCE } from '../../map/layers/places';
import { PROJECTS_SOURCE } from '../../map/layers/projects';
import { placesCollection, routesCollection } from '../../map/sources';
import { buildStyle, type MapWords } from '../../map/style';
import type { Theme } from '../../map/theme';
import { drawMap } from './drawMap';
import type { FontBook } from './fontBook';
import { fitCamera } from './projection';
import type { Scene } from './scene';

export interface PosterInput {
  basemap: FeatureCollection;
  projects: readonly Project[];
  places: readonly PlaceFeature[];
  theme: Theme;
  words: MapWords;
  width: number;
  height: number;
  /** The area to fit into the picture: [[west, south], [east, north]]. */
  bounds: [[number, number], [number, number]];
  /** The picture's accessible title. */
  title: string;
  /** Each project's status; operating where absent. */
  statuses: Readonly<Record<string, Status>>;
}

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

/** The poster as a scene. */
export function posterScene(input: PosterInput, fonts: FontBook): Scene {
  const content = { projects: [...input.projects], places: [...input.places] };
  const style = buildStyle(
    input.theme,
    content,
    {
      selected: null,
      hovered: null,
      visible: input.projects.map((project) => project.id),
      statuses: input.statuses,
    },
    { basemapUrl: '', fontFaces: {} },
    input.words,
  );
  const groups = drawMap(
    style,
    {
      [BASEMAP_SOURCE]: input.basemap,
      [PROJECTS_SOURCE]: routesCollection(content.projects),
      [PLACES_SOURCE]: placesCollection(content.places),
    },
    {
      camera: fitCamera(input.bounds, input.width, input.height, NO_PADDING),
      scale: 1,
      projectOrder: input.projects.map((project) => project.id),
    },
    fonts,
  );
  return { width: input.width, height: input.height, title: input.title, groups };
}
