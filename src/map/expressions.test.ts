import {
  expression,
  type FilterSpecification,
  featureFilter,
  latest,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  ALTERNATIVE_OPACITY,
  DIMMED_OPACITY,
  EMPHASIS_WIDTH,
  emphasisOpacity,
  emphasisWidth,
  hollowFilter,
  type ProjectLayerState,
  STATUS_STYLE,
  stateValues,
  styleState,
  visibleFilter,
} from './expressions.ts';

const ALL = ['titr', 'oil-transit', 'fiber-optic', 'power-cable'];
const NOTHING: ProjectLayerState = { selected: null, hovered: null, visible: ALL, statuses: {} };
const SELECTED: ProjectLayerState = { ...NOTHING, selected: 'fiber-optic' };
const HOVERED: ProjectLayerState = { ...NOTHING, hovered: 'oil-transit' };
const BOTH: ProjectLayerState = { ...NOTHING, selected: 'fiber-optic', hovered: 'oil-transit' };

type Properties = Record<string, string>;
/** The spec's JSON types `type` as a plain string; createExpression wants the literal union. */
type PropertySpec = Parameters<typeof expression.createExpression>[2];

/** The global state MapLibre reads for `state`. */
const globalState = (state: ProjectLayerState) => Object.fromEntries(stateValues(state));

/** Evaluates a paint value for a line feature as MapLibre would, typed by the property's spec. */
function evaluatePaint(
  property: 'line-opacity' | 'line-width',
  value: unknown,
  properties: Properties,
  state: ProjectLayerState,
): unknown {
  const parsed = expression.createExpression(
    value,
    property,
    latest.paint_line[property] as PropertySpec,
    globalState(state),
  );
  if (parsed.result === 'error') {
    throw new Error(parsed.value.map((error) => `${error.key}: ${error.message}`).join('; '));
  }
  return parsed.value.evaluateWithoutErrorHandling({ zoom: 6 }, { type: 'LineString', properties });
}

/** Whether a filter keeps a line feature in a state (by default all visible, all operating). */
function keeps(
  filter: FilterSpecification,
  properties: Properties,
  visible = ALL,
  statuses: ProjectLayerState['statuses'] = {},
): boolean {
  return featureFilter(filter, 'filter', globalState({ ...NOTHING, visible, statuses })).filter(
    { zoom: 6 },
    { type: 'LineString', properties },
  );
}

const route = (project: string, role = 'main'): Properties => ({ project, role, kind: 'cable' });

describe('styleState and stateValues', () => {
  it("start the style's global state from the reader's state", () => {
    expect(styleState(BOTH)).toEqual({
      selected: { default: 'fiber-optic' },
      hovered: { default: 'oil-transit' },
      visible: { default: ALL },
      statuses: { default: {} },
    });
  });

  it('set the same keys the style declares', () => {
    expect(stateValues(BOTH).map(([key]) => key)).toEqual(Object.keys(styleState(BOTH)));
  });

  it('copy the visible list, so that a later change of it is not seen', () => {
    const visible = ['titr'];
    const values = Object.fromEntries(stateValues({ ...NOTHING, visible }));
    visible.push('fiber-optic');
    expect(values.visible).toEqual(['titr']);
  });
});

describe('visibleFilter', () => {
  it('lets a visible project through', () => {
    expect(keeps(visibleFilter(null), route('fiber-optic'))).toBe(true);
  });

  it('filters out a hidden project', () => {
    const visible = ['titr', 'oil-transit', 'power-cable'];
    expect(keeps(visibleFilter(null), route('fiber-optic'), visible)).toBe(false);
  });

  it('filters out everything when no project is visible', () => {
    expect(keeps(visibleFilter(null), route('titr'), [])).toBe(false);
  });

  it("filters out a visible project's feature that fails the layer's own filter", () => {
    const filter = visibleFilter(['==', ['get', 'kind'], 'rail']);
    expect(keeps(filter, route('titr'))).toBe(false);
    expect(keeps(filter, { ...route('titr'), kind: 'rail' })).toBe(true);
  });
});

describe('hollowFilter', () => {
  it('keeps the routes of projects not yet in service, and only those', () => {
    const statuses = {
      titr: 'operating',
      'oil-transit': 'agreed',
      'fiber-optic': 'under-construction',
      'power-cable': 'proposed',
    } as const;
    const hollow = ALL.filter((id) => keeps(hollowFilter, route(id), ALL, statuses));
    expect(hollow).toEqual(['oil-transit', 'fiber-optic', 'power-cable']);
  });

  it('treats a project without a status as operating', () => {
    expect(keeps(hollowFilter, route('titr'), ALL, {})).toBe(false);
  });
});

describe('emphasisWidth', () => {
  const width = emphasisWidth(2.5);
  const at = (state: ProjectLayerState, project: string) =>
    evaluatePaint('line-width', width, route(project), state);

  it('is the plain width when nothing is selected or hovered', () => {
    for (const project of ALL) expect(at(NOTHING, project)).toBe(2.5);
  });

  it('widens the selected project only', () => {
    expect(at(SELECTED, 'fiber-optic')).toBeCloseTo(2.5 * EMPHASIS_WIDTH, 9);
    expect(at(SELECTED, 'titr')).toBe(2.5);
  });

  it('widens the hovered project only', () => {
    expect(at(HOVERED, 'oil-transit')).toBeCloseTo(2.5 * EMPHASIS_WIDTH, 9);
    expect(at(HOVERED, 'fiber-optic')).toBe(2.5);
  });

  it('widens both the selected and the hovered project', () => {
    expect(at(BOTH, 'fiber-optic')).toBeCloseTo(4, 9);
    expect(at(BOTH, 'oil-transit')).toBeCloseTo(4, 9);
    expect(at(BOTH, 'titr')).toBe(2.5);
  });
});

describe('emphasisOpacity', () => {
  const opacity = emphasisOpacity();
  const at = (state: ProjectLayerState, project: string, role = 'main') =>
    evaluatePaint('line-opacity', opacity, route(project, role), state);

  it('draws every main route opaque when nothing is selected', () => {
    for (const project of ALL) expect(at(NOTHING, project)).toBe(1);
  });

  it('draws an alternative route lighter when nothing is selected', () => {
    expect(at(NOTHING, 'fiber-optic', 'alternative')).toBe(ALTERNATIVE_OPACITY);
  });

  it('ignores the hover when nothing is selected', () => {
    for (const project of ALL) expect(at(HOVERED, project)).toBe(at(NOTHING, project));
  });

  it('draws the selected project opaque', () => {
    expect(at(SELECTED, 'fiber-optic')).toBe(1);
  });

  it('dims the projects that are not selected', () => {
    expect(at(SELECTED, 'titr')).toBe(DIMMED_OPACITY);
  });

  it("keeps the selected project's alternative lighter than its main route", () => {
    expect(at(SELECTED, 'fiber-optic', 'alternative')).toBe(ALTERNATIVE_OPACITY);
  });

  it('dims an alternative of a project that is not selected twice over', () => {
    expect(at(SELECTED, 'power-cable', 'alternative')).toBeCloseTo(
      DIMMED_OPACITY * ALTERNATIVE_OPACITY,
      9,
    );
  });

  it('dims a hovered project like the others while another is selected', () => {
    expect(at(BOTH, 'oil-transit')).toBe(DIMMED_OPACITY);
  });

  it('draws a project fainter the further it is from being built', () => {
    const statuses = { 'power-cable': 'proposed', 'fiber-optic': 'agreed' } as const;
    const state = { ...NOTHING, statuses };
    expect(at(state, 'power-cable')).toBe(STATUS_STYLE.proposed.opacity);
    expect(at(state, 'fiber-optic')).toBe(STATUS_STYLE.agreed.opacity);
    expect(STATUS_STYLE.proposed.opacity).toBeLessThan(STATUS_STYLE.agreed.opacity);
    expect(at(state, 'titr')).toBe(1);
  });

  it("multiplies a status's faintness with the selection's dimming", () => {
    const state = { ...SELECTED, statuses: { 'power-cable': 'proposed' } } as const;
    expect(at(state, 'power-cable')).toBeCloseTo(DIMMED_OPACITY * STATUS_STYLE.proposed.opacity, 9);
  });
});
