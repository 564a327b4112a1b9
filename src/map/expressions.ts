/**
 * How the reader's state (selection, hover, hidden projects) reaches the map: pure functions from
 * state to MapLibre expressions, applied by the layer builders.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  StateSpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** What the project layers depend on. */
export interface ProjectLayerState {
  selected: string | null;
  hovered: string | null;
  visible: readonly string[];
}

/** Opacity of routes that are not the selected project's. */
export const DIMMED_OPACITY = 0.25;
/** Opacity of alternative (superseded or backup) variants of a route. */
export const ALTERNATIVE_OPACITY = 0.55;
/** How much wider the selected or hovered project is drawn. */
export const EMPHASIS_WIDTH = 1.6;

/** `['match', ['get', property], case, output, …, fallback]`, typed for the style spec. */
export function matchProperty(
  property: string,
  cases: readonly (readonly [string | readonly string[], unknown])[],
  fallback: unknown,
): ExpressionSpecification {
  return [
    'match',
    ['get', property],
    ...cases.flat(),
    fallback,
  ] as unknown as ExpressionSpecification;
}

/**
 * The reader's state, as the values of the style's global state (MapLibre's `global-state`) that
 * the layers read: the layers never change; a selection or a hover sets a value, which restyles
 * the lines in place, and a toggle re-filters the routes.
 */
export function stateValues(state: ProjectLayerState): [keyof ProjectLayerState, unknown][] {
  return [
    ['selected', state.selected],
    ['hovered', state.hovered],
    ['visible', [...state.visible]],
  ];
}

/** The style's `state`: the same values, as the defaults a new style starts from. */
export function styleState(state: ProjectLayerState): StateSpecification {
  return Object.fromEntries(stateValues(state).map(([key, value]) => [key, { default: value }]));
}

const read = (key: keyof ProjectLayerState): ExpressionSpecification => ['global-state', key];
const projectIs = (key: 'selected' | 'hovered'): ExpressionSpecification => [
  '==',
  ['get', 'project'],
  read(key),
];

/** Keeps only the features of visible projects, on top of a layer's own filter. */
export function visibleFilter(own: FilterSpecification | null): FilterSpecification {
  const inVisible: ExpressionSpecification = ['in', ['get', 'project'], read('visible')];
  return own ? ['all', own as ExpressionSpecification, inVisible] : inVisible;
}

/** Line width: wider for the selected and the hovered project. */
export function emphasisWidth(base: number): ExpressionSpecification {
  return [
    'case',
    ['any', projectIs('selected'), projectIs('hovered')],
    base * EMPHASIS_WIDTH,
    base,
  ];
}

/** Opacity: alternatives lighter; everything but the selected project dimmed while one is. */
export function emphasisOpacity(): ExpressionSpecification {
  const own: ExpressionSpecification = [
    'case',
    ['==', ['get', 'role'], 'alternative'],
    ALTERNATIVE_OPACITY,
    1,
  ];
  return [
    'case',
    ['any', ['==', read('selected'), null], projectIs('selected')],
    own,
    ['*', DIMMED_OPACITY, own],
  ];
}
