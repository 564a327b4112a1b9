/** Basemap layers: water, land, lakes, borders and the names of countries and seas. */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_REGULAR, FONT_SEMIBOLD } from '../../fonts/fontNames.ts';
import { type BasemapLayer, labelProperty } from '../basemapBounds.ts';
import type { Theme } from '../theme.ts';

/** Country borders: width in pixels, dash pattern in widths. */
export const BORDER_LINE = { width: 0.8, dash: [3, 2] } as const;

/** Id of the GeoJSON source holding the built basemap. */
export const BASEMAP_SOURCE = 'basemap';

const only = (layer: BasemapLayer) =>
  ['==', ['get', 'layer'], layer] as ['==', ['get', string], string];

/** A basemap label in a language, falling back to the Natural Earth name. */
export function basemapLabel(language: string): ExpressionSpecification {
  return ['coalesce', ['get', labelProperty(language)], ['get', 'name']];
}

/** The basemap's layers for a theme, labelled in a language. */
export function basemapLayers(theme: Theme, language: string): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.water } },
    {
      id: 'land',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: only('land'),
      paint: { 'fill-color': theme.land },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: only('lake'),
      paint: { 'fill-color': theme.water },
    },
    {
      id: 'borders',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: only('border'),
      paint: {
        'line-color': theme.border,
        'line-width': BORDER_LINE.width,
        'line-dasharray': [...BORDER_LINE.dash],
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      filter: only('country-label'),
      layout: {
        'text-field': basemapLabel(language),
        'text-font': [FONT_SEMIBOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: {
        'text-color': theme.countryLabel,
        'text-halo-color': theme.land,
        'text-halo-width': 1,
      },
    },
    {
      id: 'sea-labels',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      filter: only('sea-label'),
      layout: {
        'text-field': basemapLabel(language),
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
        'text-letter-spacing': 0.08,
        'text-max-width': 6,
      },
      paint: { 'text-color': theme.seaLabel },
    },
  ];
}
