/** Place layers: dots and names of ports, terminals, border crossings, capitals and cities. */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_REGULAR, FONT_SEMIBOLD } from '../../fonts/fontNames.ts';
import { fillParts } from '../../i18n/translate.ts';
import type { Theme } from '../theme.ts';

/** Id of the GeoJSON source holding the places. */
export const PLACES_SOURCE = 'places';

/**
 * How a place's name is set: sizes in pixels, offsets and widths in ems, MapLibre's line height.
 * The layer below and the framing that keeps names whole (`map/framing.ts`) both read it.
 */
export const PLACE_LABEL = {
  capitalSize: 13,
  size: 11.5,
  radialOffset: 0.6,
  lineHeight: 1.2,
  maxWidthEms: 9,
  halo: 1.5,
} as const;

/** Capitals first when labels compete for room, then ports and terminals, then the rest. */
const rank: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  'capital',
  0,
  ['port', 'terminal'],
  1,
  'border',
  2,
  3,
];

/**
 * The label of a place whose location is approximate, from a template such as "{name} (approx.)".
 */
export function approximateLabel(template: string): ExpressionSpecification {
  const name: ExpressionSpecification = ['get', 'name'];
  const parts = fillParts<ExpressionSpecification | string>(template, { name });
  return ['concat', ...parts] as ExpressionSpecification;
}

/** The place layers for a theme; `approximate` is the template of an approximate place's name. */
export function placeLayers(theme: Theme, approximate: string): LayerSpecification[] {
  return [
    {
      id: 'places-dots',
      type: 'circle',
      source: PLACES_SOURCE,
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'capital', 4, 3],
        'circle-color': ['match', ['get', 'kind'], 'capital', theme.placeDot, theme.halo],
        'circle-stroke-color': theme.placeDot,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'places-labels',
      type: 'symbol',
      source: PLACES_SOURCE,
      layout: {
        'text-field': [
          'case',
          ['get', 'approximate'],
          approximateLabel(approximate),
          ['get', 'name'],
        ],
        'text-font': [
          'match',
          ['get', 'kind'],
          'capital',
          ['literal', [FONT_SEMIBOLD]],
          ['literal', [FONT_REGULAR]],
        ],
        'text-size': [
          'match',
          ['get', 'kind'],
          'capital',
          PLACE_LABEL.capitalSize,
          PLACE_LABEL.size,
        ],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': PLACE_LABEL.radialOffset,
        'text-justify': 'auto',
        'text-max-width': PLACE_LABEL.maxWidthEms,
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': theme.placeLabel,
        'text-halo-color': theme.halo,
        'text-halo-width': PLACE_LABEL.halo,
      },
    },
  ];
}
