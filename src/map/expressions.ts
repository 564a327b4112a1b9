/**
 * How the reader's state (selection, hover, hidden projects) reaches the map: pure functions from
 * state to MapLibre expressions, applied by the layer builders.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
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

const projectIs = (id: string): ExpressionSpecification => ['==', ['get', 'project'], id];

/** Keeps only the features of visible projects, on top of a layer's own filter. */
export function visibleFilter(
  own: FilterSpecification | null,
  visible: readonly string[],
): FilterSpecification {
  const inVisible: ExpressionSpecification = ['in', ['get', 'project'], ['literal', [...visible]]];
  return own ? ['all', own as ExpressionSpecification, inVisible] : inVisible;
}

/** Line width: wider for the selected and the hovered project. */
export function emphasisWidth(
  base: number,
  state: Pick<ProjectLayerState, 'selected' | 'hovered'>,
): ExpressionSpecification | number {
  const emphasised = [state.selected, state.hovered].filter((id): id is string => id !== null);
  if (emphasised.length === 0) return base;
  return ['case', ['in', ['get', 'project'], ['literal', emphasised]], base * EMPHASIS_WIDTH, base];
}

/** Opacity: alternatives lighter; everything but the selected project dimmed while one is. */
export function emphasisOpacity(
  state: Pick<ProjectLayerState, 'selected'>,
): ExpressionSpecification {
  const own: ExpressionSpecification = [
    'case',
    ['==', ['get', 'role'], 'alternative'],
    ALTERNATIVE_OPACITY,
    1,
  ];
  if (state.selected === null) return own;
  return ['case', projectIs(state.selected), own, ['*', DIMMED_OPACITY, own]];
}
