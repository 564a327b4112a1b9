import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { stateValues } from './expressions.ts';
import { FLOW_CLEARANCE, flowOffset, flowWidth, routeOffset } from './flows.ts';
import { FLOW_ARROWS_LAYER, kindLayerId, projectLayers } from './layers/projects.ts';
import { lightTheme } from './theme.ts';

const content = loadTestContent();
const tonnes = (id: string) =>
  content.projects.find((project) => project.id === id)?.routes[0]?.properties.tonnesPerYear ?? 0;
const GRAIN = tonnes('grain-exports');
const FRUIT = tonnes('fruit-vegetable-supplies');

type Spec = Parameters<typeof expression.createExpression>[2];
const state = (selected: string | null) =>
  Object.fromEntries(stateValues({ selected, hovered: null, visible: [], statuses: {} }));

/** A layer's paint or layout value for a flow of `tonnesPerYear`, as MapLibre evaluates it. */
function evaluate(
  layerId: string,
  group: 'paint' | 'layout',
  property: string,
  tonnesPerYear: number,
  selected: string | null = null,
): unknown {
  const layer = projectLayers(lightTheme, content.projects).find(
    (candidate) => candidate.id === layerId,
  );
  const value = (layer?.[group] as Record<string, unknown> | undefined)?.[property];
  const kind = layer?.type === 'symbol' ? 'symbol' : 'line';
  const specs = latest[`${group}_${kind}`] as unknown as Record<string, Spec>;
  const parsed = expression.createExpression(value, property, specs[property], state(selected));
  if (parsed.result === 'error') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluateWithoutErrorHandling(
    { zoom: 6 },
    { type: 'LineString', properties: { kind: 'flow', project: 'grain-exports', tonnesPerYear } },
  );
}

describe('how wide a flow is drawn', () => {
  it('is in proportion to its volume: the grain flow about 14 times the fruit flow', () => {
    expect(GRAIN / FRUIT).toBeCloseTo(13.8, 1);
    expect(flowWidth(GRAIN) / flowWidth(FRUIT)).toBeCloseTo(GRAIN / FRUIT, 9);
    expect(evaluate(kindLayerId('flow'), 'paint', 'line-width', GRAIN)).toBeCloseTo(
      flowWidth(GRAIN),
      9,
    );
    expect(evaluate(kindLayerId('flow'), 'paint', 'line-width', FRUIT)).toBeCloseTo(
      flowWidth(FRUIT),
      9,
    );
  });
});

describe('how far a flow is drawn beside the route it follows', () => {
  const followed = Math.max(lightTheme.kinds.rail.width, lightTheme.kinds.ferry.width);

  it('keeps clear of the route it follows, however wide the flow', () => {
    for (const volume of [FRUIT, GRAIN]) {
      const nearEdge = flowOffset(volume) - flowWidth(volume) / 2;
      expect(nearEdge).toBeGreaterThanOrEqual(followed / 2 + 2);
      expect(nearEdge).toBe(FLOW_CLEARANCE);
    }
  });

  it('is what the map draws, also when the flow is selected and drawn wider', () => {
    const id = kindLayerId('flow');
    expect(evaluate(id, 'paint', 'line-offset', GRAIN)).toBeCloseTo(flowOffset(GRAIN), 9);
    const selected = evaluate(id, 'paint', 'line-offset', GRAIN, 'grain-exports') as number;
    const width = evaluate(id, 'paint', 'line-width', GRAIN, 'grain-exports') as number;
    expect(selected - width / 2).toBeCloseTo(FLOW_CLEARANCE, 9);
  });

  it("puts the arrows on the flow's middle", () => {
    const size = evaluate(FLOW_ARROWS_LAYER, 'layout', 'text-size', GRAIN) as number;
    const [x, y] = evaluate(FLOW_ARROWS_LAYER, 'layout', 'text-offset', GRAIN) as number[];
    expect(x).toBe(0);
    expect((y ?? 0) * size).toBeCloseTo(flowOffset(GRAIN), 6);
    const [, fruitY] = evaluate(FLOW_ARROWS_LAYER, 'layout', 'text-offset', FRUIT) as number[];
    expect((fruitY ?? 0) * size).toBeCloseTo(flowOffset(FRUIT), 6);
  });

  it('gives the hit test the same shift, and other routes their kind’s', () => {
    expect(routeOffset(lightTheme, { kind: 'flow', tonnesPerYear: GRAIN })).toBe(flowOffset(GRAIN));
    expect(routeOffset(lightTheme, { kind: 'tanker' })).toBe(lightTheme.kinds.tanker.offset);
  });
});
