/**
 * How the reader's state (selection, hover, hidden projects, each project's status on the chosen
 * date) reaches the map: pure functions from
 * state to MapLibre expressions, applied by the layer builders.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  StateSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Status } from '../content/vocabulary.ts';

/** What the project layers depend on. */
export interface ProjectLayerState {
  selected: string | null;
  hovered: string | null;
  visible: readonly string[];
  /** Each project's status on the date the reader chose, by id. */
  statuses: Readonly<Record<string, Status>>;
}

/** Opacity of routes that are not the selected project's. */
export const DIMMED_OPACITY = 0.25;
/** Opacity of alternative (superseded or backup) variants of a route. */
export const ALTERNATIVE_OPACITY = 0.55;
/**
 * How each status draws: a project not yet in service is drawn hollow (a line of the casing's
 * colour down its middle), and fainter the further it is from being built.
 */
export const STATUS_STYLE: Readonly<Record<Status, { opacity: number; hollow: boolean }>> = {
  operating: { opacity: 1, hollow: false },
  'under-construction': { opacity: 1, hollow: true },
  agreed: { opacity: 0.7, hollow: true },
  proposed: { opacity: 0.45, hollow: true },
};
/** The width of a hollow line's middle, as a fraction of the line's width. */
export const HOLLOW_WIDTH = 0.4;

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
    ['statuses', { ...state.statuses }],
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

/** The status of a feature's project on the chosen date; a project without one is operating. */
const projectStatus: ExpressionSpecification = [
  'coalesce',
  ['get', ['get', 'project'], ['object', read('statuses')]],
  'operating',
];

/** One value per status, for the feature's project. */
function byStatus(value: (status: Status) => number): ExpressionSpecification {
  const statuses = Object.keys(STATUS_STYLE) as Status[];
  return [
    'match',
    projectStatus,
    ...statuses.flatMap((status) => [status, value(status)]),
    value('operating'),
  ] as ExpressionSpecification;
}

/** Keeps only the routes drawn hollow: those of projects not yet in service. */
export const hollowFilter: ExpressionSpecification = [
  'in',
  projectStatus,
  [
    'literal',
    (Object.keys(STATUS_STYLE) as Status[]).filter((status) => STATUS_STYLE[status].hollow),
  ],
];

/** Keeps only the features of visible projects, on top of a layer's own filter. */
export function visibleFilter(own: FilterSpecification | null): FilterSpecification {
  const inVisible: ExpressionSpecification = ['in', ['get', 'project'], read('visible')];
  return own ? ['all', own as ExpressionSpecification, inVisible] : inVisible;
}

/** Whether the feature's project is the selected or the hovered one. */
const emphasised: ExpressionSpecification = ['any', projectIs('selected'), projectIs('hovered')];

/** Line width (a number, or one per feature): wider for the selected and the hovered project. */
export function emphasisWidth(base: number | ExpressionSpecification): ExpressionSpecification {
  const wider = typeof base === 'number' ? base * EMPHASIS_WIDTH : ['*', EMPHASIS_WIDTH, base];
  return ['case', emphasised, wider, base] as ExpressionSpecification;
}

/**
 * A value that grows with the feature's width: `at(width)` for the width drawn, which is wider
 * for the selected and the hovered project (as `emphasisWidth` draws it).
 */
export function withEmphasis(at: (scale: number) => unknown): ExpressionSpecification {
  return ['case', emphasised, at(EMPHASIS_WIDTH), at(1)] as unknown as ExpressionSpecification;
}

/**
 * Opacity: alternatives lighter, projects further from being built fainter; everything but the
 * selected project dimmed while one is.
 */
export function emphasisOpacity(): ExpressionSpecification {
  const own: ExpressionSpecification = [
    '*',
    byStatus((status) => STATUS_STYLE[status].opacity),
    ['case', ['==', ['get', 'role'], 'alternative'], ALTERNATIVE_OPACITY, 1],
  ];
  return [
    'case',
    ['any', ['==', read('selected'), null], projectIs('selected')],
    own,
    ['*', DIMMED_OPACITY, own],
  ];
}
