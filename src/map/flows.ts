/**
 * How a flow of goods is drawn: as wide as its volume (so that a 14:1 ratio looks like one), and
 * shifted sideways, to the right of the direction of travel, clear of the route it follows. The
 * shift is in pixels, so that the flow stays beside that route at every zoom.
 */
import type { RouteKind } from '../content/schema.ts';
import type { Theme } from './theme.ts';

/** Pixels of width per tonne a year: 200,000 t a year draws 12 px wide. */
export const FLOW_PX_PER_TONNE = 12 / 200_000;
/** Pixels kept clear between a flow's edge and the middle of the route it follows. */
export const FLOW_CLEARANCE = 7;

/** A flow's width in pixels. */
export function flowWidth(tonnesPerYear: number): number {
  return tonnesPerYear * FLOW_PX_PER_TONNE;
}

/** A flow's sideways shift in pixels: half its width, plus the clearance. */
export function flowOffset(tonnesPerYear: number): number {
  return flowWidth(tonnesPerYear) / 2 + FLOW_CLEARANCE;
}

/** How far a route is drawn beside its geometry, in pixels: its kind's, or its flow's. */
export function routeOffset(
  theme: Theme,
  properties: { kind: RouteKind; tonnesPerYear?: number },
): number {
  return properties.kind === 'flow' && properties.tonnesPerYear !== undefined
    ? flowOffset(properties.tonnesPerYear)
    : theme.kinds[properties.kind].offset;
}
