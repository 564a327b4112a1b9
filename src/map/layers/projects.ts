/** Route layers: one per kind of route, plus casing, rail ties and line labels. */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ROUTE_KINDS, type RouteKind } from '../../content/vocabulary.ts';
import { FONT_SEMIBOLD } from '../../fonts/fontNames.ts';
import {
  emphasisOpacity,
  emphasisWidth,
  HOLLOW_WIDTH,
  hollowFilter,
  matchProperty,
  visibleFilter,
  withEmphasis,
} from '../expressions.ts';
import { FLOW_CLEARANCE, FLOW_PX_PER_TONNE, flowWidth } from '../flows.ts';
import { dashFor, type ProjectLook, projectColor, type Theme } from '../theme.ts';

/** Id of the GeoJSON source holding every project's routes. */
export const PROJECTS_SOURCE = 'projects';

/** The casing is this many pixels wider than its line, and drawn at this opacity. */
export const CASING_EXTRA = 3;
export const CASING_OPACITY = 0.8;
/** Rail's ties over the line: width in pixels, dash pattern in widths. */
export const RAIL_TIES = { width: 1.2, dash: [1, 3] } as const;

const kindIs = (kind: RouteKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

/** The kinds drawn as lines of their own width; flows are drawn by `flowLayers`. */
const DRAWN_KINDS = ROUTE_KINDS.filter((kind) => kind !== 'flow');

/** The layer that draws the arrows along flows. */
export const FLOW_ARROWS_LAYER = 'projects-flow-arrows';

/** The layer id that draws one kind of route. */
export function kindLayerId(kind: RouteKind) {
  return `projects-${kind}` as const;
}

/** The layer id that hollows out one kind of route where its project is not yet in service. */
function hollowLayerId(kind: RouteKind) {
  return `projects-${kind}-hollow` as const;
}

/**
 * Each project's colour in the theme, by its id, from the projects' own `colours`. The fallback
 * (the legend's neutral grey) is never drawn: every route belongs to one of the projects.
 */
function colorByProject(
  theme: Theme,
  projects: readonly ProjectLook[],
): ExpressionSpecification | string {
  const cases = projects.map((project) => [project.id, projectColor(theme, project)] as const);
  return cases.length > 0 ? matchProperty('project', cases, theme.placeDot) : theme.placeDot;
}

function byKind(value: (kind: RouteKind) => number): ExpressionSpecification {
  return matchProperty(
    'kind',
    ROUTE_KINDS.map((kind) => [kind, value(kind)] as const),
    0,
  );
}

/**
 * Dashes by certainty (`dashFor`), as a style expression. Dash lengths count in line widths, so a
 * line `widthRatio` times as wide as the kind's gets them divided by it, to fall on the same
 * pixels.
 */
function dashExpression(
  theme: Theme,
  projects: readonly ProjectLook[],
  kind: RouteKind,
  widthRatio = 1,
): ExpressionSpecification {
  const literal = (dash: readonly number[] | null): ExpressionSpecification => [
    'literal',
    (dash ?? [1, 0]).map((length) => length / widthRatio),
  ];
  const overrides = projects.flatMap((project) =>
    project.indicativeDash
      ? [[project.id, literal(dashFor(theme, kind, 'indicative', project))] as const]
      : [],
  );
  const kindDash = literal(dashFor(theme, kind, 'indicative'));
  const indicative =
    overrides.length > 0 ? matchProperty('project', overrides, kindDash) : kindDash;
  return [
    'match',
    ['get', 'certainty'],
    'indicative',
    indicative,
    'approximate',
    literal(dashFor(theme, kind, 'approximate')),
    literal(dashFor(theme, kind, 'traced')),
  ];
}

function kindLayer(
  theme: Theme,
  projects: readonly ProjectLook[],
  kind: RouteKind,
  hollow = false,
): LayerSpecification {
  const style = theme.kinds[kind];
  // The hollow variant draws the middle of a route of a project not yet in service, in the
  // casing's colour, over the route itself.
  const ratio = hollow ? HOLLOW_WIDTH : 1;
  return {
    id: hollow ? hollowLayerId(kind) : kindLayerId(kind),
    type: 'line',
    source: PROJECTS_SOURCE,
    filter: visibleFilter(hollow ? ['all', kindIs(kind), hollowFilter] : kindIs(kind)),
    layout: { 'line-cap': style.cap, 'line-join': 'round' },
    paint: {
      'line-color': hollow ? theme.casing : colorByProject(theme, projects),
      'line-width': emphasisWidth(style.width * ratio),
      'line-opacity': emphasisOpacity(),
      'line-dasharray': dashExpression(theme, projects, kind, ratio),
      'line-offset': style.offset,
    },
  };
}

const tonnes: ExpressionSpecification = ['to-number', ['get', 'tonnesPerYear'], 0];
/** A flow's width, from its volume, as a style expression (see `flowWidth`). */
const flowWidthExpression: ExpressionSpecification = ['*', FLOW_PX_PER_TONNE, tonnes];
/** The size of a flow's arrows, in pixels. */
const ARROW_SIZE = 13;
/** A volume beyond any flow's, so that a linear interpolation up to it is exact below it. */
const MAX_TONNES = 1e9;

/**
 * The arrows' shift onto the flow, in ems, as `text-offset` takes it: half the (emphasised) width
 * plus the clearance. Linear in the volume, so interpolating between two volumes is exact; style
 * expressions have no other way to make an array from a feature's value.
 */
function arrowOffset(scale: number): ExpressionSpecification {
  const ems = (tonnesPerYear: number) =>
    ((flowWidth(tonnesPerYear) * scale) / 2 + FLOW_CLEARANCE) / ARROW_SIZE;
  return [
    'interpolate',
    ['linear'],
    tonnes,
    0,
    ['literal', [0, ems(0)]],
    MAX_TONNES,
    ['literal', [0, ems(MAX_TONNES)]],
  ];
}

/** The flows: as wide as their volume, beside the routes they follow, with arrows. */
function flowLayers(theme: Theme, projects: readonly ProjectLook[]): LayerSpecification[] {
  const style = theme.kinds.flow;
  const offset = withEmphasis((scale) => [
    '+',
    ['*', scale / 2, flowWidthExpression],
    FLOW_CLEARANCE,
  ]);
  return [
    {
      id: kindLayerId('flow'),
      type: 'line',
      source: PROJECTS_SOURCE,
      filter: visibleFilter(kindIs('flow')),
      layout: { 'line-cap': style.cap, 'line-join': 'round' },
      paint: {
        'line-color': colorByProject(theme, projects),
        'line-width': emphasisWidth(flowWidthExpression),
        'line-opacity': emphasisOpacity(),
        'line-dasharray': dashExpression(theme, projects, 'flow'),
        'line-offset': offset,
      },
    },
    {
      // Arrows point the way the goods go: the glyph is not kept upright, so it follows the line.
      id: FLOW_ARROWS_LAYER,
      type: 'symbol',
      source: PROJECTS_SOURCE,
      filter: visibleFilter(kindIs('flow')),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'text-field': '›',
        'text-font': [FONT_SEMIBOLD],
        'text-size': ARROW_SIZE,
        'text-keep-upright': false,
        'text-rotation-alignment': 'map',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        // Down, for a glyph that follows the line, is to the right of the way it goes: onto the flow.
        'text-offset': withEmphasis(arrowOffset),
      },
      paint: {
        'text-color': colorByProject(theme, projects),
        'text-halo-color': theme.halo,
        'text-halo-width': 1.5,
        'text-opacity': emphasisOpacity(),
      },
    },
  ];
}

/**
 * Every route layer for a theme, each project in its own colours and patterns; the reader's state
 * reaches them through the global state.
 */
export function projectLayers(
  theme: Theme,
  projects: readonly ProjectLook[],
): LayerSpecification[] {
  const casingWidth = byKind((kind) => theme.kinds[kind].width + CASING_EXTRA);
  return [
    {
      id: 'projects-casing',
      type: 'line',
      source: PROJECTS_SOURCE,
      // Flows have none: they are drawn beside the routes they follow, and their arrows have halos.
      filter: visibleFilter(['!=', ['get', 'kind'], 'flow']),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.casing,
        'line-width': casingWidth,
        'line-opacity': ['*', CASING_OPACITY, emphasisOpacity()],
        'line-offset': byKind((kind) => theme.kinds[kind].offset),
      },
    },
    ...DRAWN_KINDS.flatMap((kind) => [
      kindLayer(theme, projects, kind),
      kindLayer(theme, projects, kind, true),
    ]),
    ...flowLayers(theme, projects),
    {
      id: 'projects-rail-ties',
      type: 'line',
      source: PROJECTS_SOURCE,
      filter: visibleFilter(kindIs('rail')),
      paint: {
        'line-color': theme.railTies,
        'line-width': emphasisWidth(RAIL_TIES.width),
        'line-opacity': emphasisOpacity(),
        'line-dasharray': [...RAIL_TIES.dash],
      },
    },
    {
      id: 'projects-labels',
      type: 'symbol',
      source: PROJECTS_SOURCE,
      // A flow's name would sit on the route it follows; the legend names it, with its volume.
      filter: visibleFilter([
        'all',
        ['==', ['get', 'role'], 'main'],
        ['!=', ['get', 'kind'], 'flow'],
      ]),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'label'],
        'text-font': [FONT_SEMIBOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 13],
        'text-offset': [0, -1],
        'text-max-angle': 30,
      },
      paint: {
        'text-color': colorByProject(theme, projects),
        'text-halo-color': theme.halo,
        'text-halo-width': 1.5,
        'text-opacity': emphasisOpacity(),
      },
    },
  ];
}
