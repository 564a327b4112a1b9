/**
 * The map's own style, evaluated for one picture: each layer's filter and properties, computed
 * by MapLibre's style-spec for a feature at a zoom with the style's global state, exactly as the
 * live map computes them. The vector renderer draws from these values, never from copies.
 */
import {
  expression,
  featureFilter,
  type LayerSpecification,
  latest,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Geometry } from 'geojson';

export type GlobalState = Record<string, unknown>;

/** A feature as the evaluator reads it. */
export interface StyleFeature {
  geometry: Geometry;
  properties: Record<string, unknown> | null;
}

/** The global state a style starts with: each `state` entry's default. */
export function globalStateOf(style: StyleSpecification): GlobalState {
  return Object.fromEntries(
    Object.entries(style.state ?? {}).map(([key, spec]) => [
      key,
      (spec as { default: unknown }).default,
    ]),
  );
}

const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
};

interface Evaluable {
  evaluate: (globals: { zoom: number }, feature?: unknown) => unknown;
}

type Spec = Record<string, Record<string, { default?: unknown }>>;

/** Reads one layer's properties for features, at one zoom. */
export class LayerEvaluator {
  private readonly filter: ((feature: StyleFeature) => boolean) | null;
  private readonly expressions = new Map<string, Evaluable | { constant: unknown }>();

  constructor(
    readonly layer: LayerSpecification,
    private readonly zoom: number,
    private readonly state: GlobalState,
  ) {
    const filter = 'filter' in layer ? layer.filter : undefined;
    if (filter) {
      const compiled = featureFilter(filter, `layers.${layer.id}.filter`, state);
      this.filter = (feature) =>
        compiled.filter({ zoom }, this.asFeature(feature) as Parameters<typeof compiled.filter>[1]);
    } else {
      this.filter = null;
    }
  }

  private asFeature(feature: StyleFeature) {
    return {
      type: GEOMETRY_TYPE[feature.geometry.type] ?? 1,
      properties: feature.properties ?? {},
    };
  }

  /** Whether the layer draws `feature`. */
  accepts(feature: StyleFeature): boolean {
    return this.filter ? this.filter(feature) : true;
  }

  private compiled(kind: 'paint' | 'layout', key: string): Evaluable | { constant: unknown } {
    const id = `${kind}.${key}`;
    const known = this.expressions.get(id);
    if (known) return known;
    const specs = (latest as unknown as Spec)[`${kind}_${this.layer.type}`] ?? {};
    const spec = specs[key];
    if (!spec) throw new Error(`layer "${this.layer.id}": "${key}" is not a ${kind} property`);
    const own = (this.layer as unknown as Record<string, Record<string, unknown> | undefined>)[
      kind
    ]?.[key];
    let made: Evaluable | { constant: unknown };
    if (own === undefined) {
      made = { constant: spec.default };
    } else {
      const result = expression.normalizePropertyExpression(
        own as never,
        `layers.${this.layer.id}.${kind}.${key}`,
        spec as never,
        this.state,
      );
      made = result as unknown as Evaluable;
    }
    this.expressions.set(id, made);
    return made;
  }

  private value(kind: 'paint' | 'layout', key: string, feature?: StyleFeature): unknown {
    const compiled = this.compiled(kind, key);
    if ('constant' in compiled) return compiled.constant;
    return compiled.evaluate({ zoom: this.zoom }, feature ? this.asFeature(feature) : undefined);
  }

  /** A paint property's value for `feature` (its default when the layer does not set it). */
  paint(key: string, feature?: StyleFeature): unknown {
    return this.value('paint', key, feature);
  }

  /** A layout property's value for `feature`. */
  layout(key: string, feature?: StyleFeature): unknown {
    return this.value('layout', key, feature);
  }

  /** A number-valued property. */
  number(kind: 'paint' | 'layout', key: string, feature?: StyleFeature): number {
    const value = this.value(kind, key, feature);
    return typeof value === 'number' ? value : 0;
  }

  /** A colour-valued property as CSS `#rrggbb` and an alpha. */
  color(key: string, feature?: StyleFeature): { color: string; alpha: number } {
    return cssColor(this.value('paint', key, feature));
  }
}

const hex2 = (value: number) =>
  Math.round(Math.max(0, Math.min(1, value)) * 255)
    .toString(16)
    .padStart(2, '0');

/** A style-spec colour (premultiplied red, green, blue and alpha) as CSS hex and an alpha. */
export function cssColor(value: unknown): { color: string; alpha: number } {
  if (typeof value === 'string') return { color: value, alpha: 1 };
  const c = value as { r?: number; g?: number; b?: number; a?: number } | null;
  const a = c?.a ?? 1;
  if (!c || a === 0) return { color: '#000000', alpha: 0 };
  return {
    color: `#${hex2((c.r ?? 0) / a)}${hex2((c.g ?? 0) / a)}${hex2((c.b ?? 0) / a)}`,
    alpha: a,
  };
}
