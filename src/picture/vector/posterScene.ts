/**
 * The no-WebGL poster: the map's default view (every project as of the latest milestone, nothing
 * selected) without cards, drawn by the vector renderer from the live map's style.
 */
import type { FeatureCollection } from 'geojson';
import type { PlaceFeature, Project, Status } from '../../content/schema.ts';
import type { FontBook } from '../../fonts/fontBook.ts';
import type { MapWords } from '../../i18n/mapWords.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../map/clearings.ts';
import { frameNamedOrLines, projectsFootprint } from '../../map/framing.ts';
import { BASEMAP_SOURCE } from '../../map/layers/basemap.ts';
import { PLACES_SOURCE } from '../../map/layers/places.ts';
import { PROJECTS_SOURCE } from '../../map/layers/projects.ts';
import { placesCollection, routesCollection } from '../../map/sources.ts';
import { buildStyle } from '../../map/style.ts';
import type { Theme } from '../../map/theme.ts';
import { drawMap } from './drawMap.ts';
import type { Camera } from './projection.ts';
import type { Scene } from './scene.ts';

export interface PosterInput {
  basemap: FeatureCollection;
  projects: readonly Project[];
  places: readonly PlaceFeature[];
  theme: Theme;
  words: MapWords;
  width: number;
  height: number;
  /** The picture's accessible title. */
  title: string;
  /** Each project's status; operating where absent. */
  statuses: Readonly<Record<string, Status>>;
}

/** Room kept around the projects, in pixels, as on the live map. */
const MARGIN = 24;

/**
 * The poster's camera: every project, with the names of the places on its lines, as large as it
 * fits, by the rule the live map's opening view and every exported picture are framed by.
 */
function posterCamera(input: PosterInput, fonts: FontBook): Camera {
  const view = { width: input.width, height: input.height };
  const footprint = projectsFootprint(input.projects, {
    places: input.places,
    approximateTemplate: input.words.approximatePlace,
    measure: (text, weight, size) => fonts.measure(text, weight, size),
    scale: 1,
  });
  const options = { margin: MARGIN, minRoom: 0, gap: 0, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM };
  const framed = frameNamedOrLines(footprint, view, [], options);
  if (!framed) throw new Error('the poster has no room for the projects');
  return { ...view, ...framed.camera };
}

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
      camera: posterCamera(input, fonts),
      scale: 1,
      projectOrder: input.projects.map((project) => project.id),
    },
    fonts,
  );
  return { width: input.width, height: input.height, title: input.title, groups };
}
