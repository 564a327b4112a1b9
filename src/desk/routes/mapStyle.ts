/**
 * The route editor's own small map: the app's basemap (land, lakes and borders, without labels,
 * which would need the fonts) under the project's lines. The line being edited is left out: the
 * drawing tool draws it, with its vertices. Pure: style and data from their inputs.
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ProjectMetaInput, RouteCollectionInput } from '../../content/schema.ts';
import { HEX_COLOUR } from '../../content/themeColours.ts';
import { BASEMAP_SOURCE, basemapLayers } from '../../map/layers/basemap.ts';
import { lightTheme, projectColor, type Theme } from '../../map/theme.ts';
import { type LngLat, partsOf } from './geometry.ts';

/** The source of the project's lines. */
export const LINES_SOURCE = 'desk-route-lines';
/** The layer of the project's lines, which a click on the map picks a stretch from. */
export const LINES_LAYER = 'desk-route-lines';
/** The source of the selected vertex's ring. */
export const VERTEX_SOURCE = 'desk-route-vertex';
/** The layer of the selected vertex's ring. */
export const VERTEX_LAYER = 'desk-route-vertex';

/** What each drawn line says about itself: its route (index in the file) and part. */
export interface LineProperties {
  index: number;
  part: number;
  alternative: boolean;
}

/**
 * The colour the editor draws a project's lines in: the project's own on the map of `theme`, or
 * the theme's neutral grey while the draft gives none as `#rrggbb` (the check says why).
 */
export function editorColour(
  project: Pick<ProjectMetaInput, 'colours'> | undefined,
  theme: Theme = lightTheme,
): string {
  const own = project?.colours?.[theme.name];
  return project && typeof own === 'string' && HEX_COLOUR.test(own)
    ? projectColor(theme, project)
    : theme.placeDot;
}

/** The editor map's layers: the basemap without labels, the lines and the vertex ring. */
export function routeMapLayers(colour: string, theme: Theme = lightTheme): LayerSpecification[] {
  return [
    ...basemapLayers(theme, 'en').filter((layer) => layer.type !== 'symbol'),
    {
      id: LINES_LAYER,
      type: 'line',
      source: LINES_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': 3,
        'line-opacity': ['case', ['get', 'alternative'], 0.45, 0.8],
      },
    },
    {
      id: VERTEX_LAYER,
      type: 'circle',
      source: VERTEX_SOURCE,
      paint: {
        'circle-radius': 11,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': '#d40000',
        'circle-stroke-width': 3,
      },
    },
  ];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The editor map's style; `basemapUrl` is the app's built basemap, absolute. */
export function routeMapStyle(
  basemapUrl: string,
  colour: string,
  theme: Theme = lightTheme,
): StyleSpecification {
  return {
    version: 8,
    name: 'The desk: route editor',
    sources: {
      [BASEMAP_SOURCE]: { type: 'geojson', data: basemapUrl },
      [LINES_SOURCE]: { type: 'geojson', data: EMPTY },
      [VERTEX_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers: routeMapLayers(colour, theme),
  };
}

/**
 * The project's lines, one feature per part, without the one being edited (`editing`: the
 * route's index and part; null for none).
 */
export function linesData(
  collection: RouteCollectionInput | undefined,
  editing: { index: number; part: number } | null,
): FeatureCollection<LineString, LineProperties> {
  const features = (collection?.features ?? []).flatMap((feature, index) =>
    partsOf(feature.geometry).flatMap((line, part) =>
      editing?.index === index && editing.part === part
        ? []
        : [
            {
              type: 'Feature' as const,
              properties: { index, part, alternative: feature.properties.role === 'alternative' },
              geometry: { type: 'LineString' as const, coordinates: line },
            },
          ],
    ),
  );
  return { type: 'FeatureCollection', features };
}

/** The selected vertex's ring: one point, or none. */
export function vertexData(position: LngLat | null): FeatureCollection<Point> {
  const features: Feature<Point>[] = position
    ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } }]
    : [];
  return { type: 'FeatureCollection', features };
}
