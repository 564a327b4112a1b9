/** The map's style: a pure function of the theme, the content and the reader's state. */
import type {
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Content } from '../content/schema.ts';
import type { MapWords } from '../i18n/mapWords.ts';
import { type ProjectLayerState, styleState } from './expressions.ts';
import { LAYER_ORDER } from './layerOrder.ts';
import { BASEMAP_SOURCE, basemapLayers } from './layers/basemap.ts';
import { PLACES_SOURCE, placeLayers } from './layers/places.ts';
import { PROJECTS_SOURCE, projectLayers } from './layers/projects.ts';
import { placesCollection, routesCollection } from './sources.ts';
import type { ProjectLook, Theme } from './theme.ts';

/** Where the style's files come from; absolute URLs, resolved by the caller. */
export interface StyleAssets {
  basemapUrl: string;
  fontFaces: FontFacesSpecification;
}

/** Orders layers by `LAYER_ORDER`; throws on a layer that the order does not list. */
export function orderLayers(layers: readonly LayerSpecification[]): LayerSpecification[] {
  const rank = new Map<string, number>(LAYER_ORDER.map((id, index) => [id, index]));
  for (const layer of layers) {
    if (!rank.has(layer.id)) throw new Error(`layer "${layer.id}" is missing from LAYER_ORDER`);
  }
  return [...layers].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/** Every layer of the map for a theme, language and the projects' looks, in z-order. */
export function allLayers(
  theme: Theme,
  words: MapWords,
  projects: readonly ProjectLook[],
): LayerSpecification[] {
  return orderLayers([
    ...basemapLayers(theme, words.language),
    ...projectLayers(theme, projects),
    ...placeLayers(theme, words.approximatePlace),
  ]);
}

/** The complete style of the map. */
export function buildStyle(
  theme: Theme,
  content: Pick<Content, 'projects' | 'places'>,
  state: ProjectLayerState,
  assets: StyleAssets,
  words: MapWords,
): StyleSpecification {
  return {
    version: 8,
    name: 'Trans-Caspian projects',
    'font-faces': assets.fontFaces,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: assets.basemapUrl,
        attribution: words.credit,
      },
      [PROJECTS_SOURCE]: { type: 'geojson', data: routesCollection(content.projects) },
      [PLACES_SOURCE]: { type: 'geojson', data: placesCollection(content.places) },
    },
    state: styleState(state),
    layers: allLayers(theme, words, content.projects),
  };
}
