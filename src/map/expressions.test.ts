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
  type ProjectLayerState,
  visibleFilter,
} from './expressions';

const ALL = ['titr', 'oil-transit', 'fiber-optic', 'power-cable'];
const NOTHING: ProjectLayerState = { selected: null, hovered: null, visible: ALL };
const SELECTED: ProjectLayerState = { ...NOTHING, selected: 'fiber-optic' };
const HOVERED: ProjectLayerState = { ...NOTHING, hovered: 'oil-transit' };
const BOTH: ProjectLayerState = { ...NOTHING, selected: 'fiber-optic', hovered: 'oil-transit' };

type Properties = Record<string, string>;
/** The spec's JSON types `type` as a plain string; createExpression wants the literal union. */
type PropertySpec = Parameters<typeof expression.createExpression>[2];

/** Evaluates a paint value for a line feature as MapLibre would, typed by the property's spec. */
function evaluatePaint(
  property: 'line-opacity' | 'line-width',
  value: unknown,
  properties: Properties,
): unknown {
  const parsed = expression.createExpression(
    value,
    property,
    latest.paint_line[property] as PropertySpec,
  );
  if (parsed.result === 'error') {
    throw new Error(parsed.value.map((error) => `${error.key}: ${error.message}`).join('; '));
  }
  return parsed.value.evaluateWithoutErrorHandling({ zoom: 6 }, { type: 'LineString', properties });
}

/** Whether a filter keeps a line feature. */
function keeps(filter: FilterSpecification, properties: Properties): boolean {
  return featureFilter(filter, 'filter').filter({ zoom: 6 }, { type: 'LineString', properties });
}

const route = (project: string, role = 'main'): Properties => ({ project, role, kind: 'cable' });

describe('visibleFilter', () => {
  it('keeps the visible projects only', () => {
    expect(visibleFilter(null, ['titr', 'power-cable'])).toEqual([
      'in',
      ['get', 'project'],
      ['literal', ['titr', 'power-cable']],
    ]);
  });

  it("adds the layer's own filter", () => {
    const own: FilterSpecification = ['==', ['get', 'kind'], 'cable'];
    expect(visibleFilter(own, ['titr'])).toEqual([
      'all',
      own,
      ['in', ['get', 'project'], ['literal', ['titr']]],
    ]);
  });

  it('lets a visible project through', () => {
    expect(keeps(visibleFilter(null, ALL), route('fiber-optic'))).toBe(true);
  });

  it('filters out a hidden project', () => {
    const filter = visibleFilter(null, ['titr', 'oil-transit', 'power-cable']);
    expect(keeps(filter, route('fiber-optic'))).toBe(false);
  });

  it('filters out everything when no project is visible', () => {
    expect(keeps(visibleFilter(null, []), route('titr'))).toBe(false);
  });

  it("filters out a visible project's feature that fails the layer's own filter", () => {
    const filter = visibleFilter(['==', ['get', 'kind'], 'rail'], ALL);
    expect(keeps(filter, route('titr'))).toBe(false);
    expect(keeps(filter, { ...route('titr'), kind: 'rail' })).toBe(true);
  });

  it('does not copy a later change of the visible list into the filter', () => {
    const visible = ['titr'];
    const filter = visibleFilter(null, visible);
    visible.push('fiber-optic');
    expect(keeps(filter, route('fiber-optic'))).toBe(false);
  });
});

describe('emphasisWidth', () => {
  it('is the plain width when nothing is selected or hovered', () => {
    expect(emphasisWidth(3, NOTHING)).toBe(3);
  });

  it('widens the selected project', () => {
    expect(emphasisWidth(3, SELECTED)).toEqual([
      'case',
      ['in', ['get', 'project'], ['literal', ['fiber-optic']]],
      3 * EMPHASIS_WIDTH,
      3,
    ]);
  });

  it('widens the hovered project', () => {
    expect(emphasisWidth(3, HOVERED)).toEqual([
      'case',
      ['in', ['get', 'project'], ['literal', ['oil-transit']]],
      3 * EMPHASIS_WIDTH,
      3,
    ]);
  });

  it('widens both the selected and the hovered project', () => {
    expect(emphasisWidth(3, BOTH)).toEqual([
      'case',
      ['in', ['get', 'project'], ['literal', ['fiber-optic', 'oil-transit']]],
      3 * EMPHASIS_WIDTH,
      3,
    ]);
  });

  it('evaluates to the wider width for the emphasised projects and the plain one otherwise', () => {
    const width = emphasisWidth(2.5, BOTH);
    expect(evaluatePaint('line-width', width, route('fiber-optic'))).toBeCloseTo(4, 9);
    expect(evaluatePaint('line-width', width, route('oil-transit'))).toBeCloseTo(4, 9);
    expect(evaluatePaint('line-width', width, route('titr'))).toBe(2.5);
  });
});

describe('emphasisOpacity', () => {
  const lighterAlternatives = [
    'case',
    ['==', ['get', 'role'], 'alternative'],
    ALTERNATIVE_OPACITY,
    1,
  ];

  it('only lightens alternatives when nothing is selected', () => {
    expect(emphasisOpacity(NOTHING)).toEqual(lighterAlternatives);
  });

  it('dims every project but the selected one', () => {
    expect(emphasisOpacity(SELECTED)).toEqual([
      'case',
      ['==', ['get', 'project'], 'fiber-optic'],
      lighterAlternatives,
      ['*', DIMMED_OPACITY, lighterAlternatives],
    ]);
  });

  it('ignores the hover', () => {
    expect(emphasisOpacity(HOVERED)).toEqual(emphasisOpacity(NOTHING));
    expect(emphasisOpacity(BOTH)).toEqual(emphasisOpacity(SELECTED));
  });

  it('draws every main route opaque when nothing is selected', () => {
    expect(evaluatePaint('line-opacity', emphasisOpacity(NOTHING), route('titr'))).toBe(1);
  });

  it('draws an alternative route lighter when nothing is selected', () => {
    const opacity = emphasisOpacity(NOTHING);
    expect(evaluatePaint('line-opacity', opacity, route('fiber-optic', 'alternative'))).toBe(
      ALTERNATIVE_OPACITY,
    );
  });

  it('draws the selected project opaque', () => {
    const opacity = emphasisOpacity(SELECTED);
    expect(evaluatePaint('line-opacity', opacity, route('fiber-optic'))).toBe(1);
  });

  it('dims the projects that are not selected', () => {
    const opacity = emphasisOpacity(SELECTED);
    expect(evaluatePaint('line-opacity', opacity, route('titr'))).toBe(DIMMED_OPACITY);
  });

  it("keeps the selected project's alternative lighter than its main route", () => {
    const opacity = emphasisOpacity(SELECTED);
    expect(evaluatePaint('line-opacity', opacity, route('fiber-optic', 'alternative'))).toBe(
      ALTERNATIVE_OPACITY,
    );
  });

  it('dims an alternative of a project that is not selected twice over', () => {
    const opacity = emphasisOpacity(SELECTED);
    expect(evaluatePaint('line-opacity', opacity, route('power-cable', 'alternative'))).toBeCloseTo(
      DIMMED_OPACITY * ALTERNATIVE_OPACITY,
      9,
    );
  });

  it('dims a hovered project like the others while another is selected', () => {
    const opacity = emphasisOpacity(BOTH);
    expect(evaluatePaint('line-opacity', opacity, route('oil-transit'))).toBe(DIMMED_OPACITY);
  });
});
