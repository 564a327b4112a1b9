/**
 * A flow's line: the legs it travels, each a stretch of another route, in the direction the goods
 * move, joined into one line. Pure. Turf measures the lines on the sphere; a stretch is cut on
 * the segments as the map draws them (straight in Web Mercator), so that the flow runs exactly
 * beside the route it follows.
 */
import { lineString } from '@turf/helpers';
import length from '@turf/length';
import type { Position } from 'geojson';
import { alongDrawnSegment } from './mercator.ts';

/** A position as the content stores it: longitude, latitude. */
type LngLat = [number, number];

/** A leg as geometry: a line of another route, the stretch of it travelled, and which way. */
export interface LegLine {
  line: readonly Position[];
  fromKm?: number;
  toKm?: number;
  reverse: boolean;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const same = (a: LngLat | undefined, b: LngLat | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** The length of a line in km, as Turf measures it on the sphere. */
export function lineKm(line: readonly Position[]): number {
  return length(lineString(line.map((position) => [...position])), { units: 'kilometers' });
}

/** The positions of a line from `fromKm` to `toKm` along it (km measured by Turf). */
function cut(line: readonly Position[], fromKm: number, toKm: number): LngLat[] {
  const out: LngLat[] = [];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    if (!a || !b) continue;
    const km = lineKm([a, b]);
    const [start, end] = [walked, walked + km];
    walked = end;
    if (end < fromKm || start > toKm || km === 0) continue;
    const at = (distance: number) => alongDrawnSegment(a, b, (distance - start) / km);
    if (out.length === 0) out.push(fromKm > start ? at(fromKm) : [a[0] ?? 0, a[1] ?? 0]);
    out.push(toKm < end ? at(toKm) : [b[0] ?? 0, b[1] ?? 0]);
  }
  return out;
}

/** The stretch of one leg travelled, in the direction of travel. */
export function legStretch(leg: LegLine): LngLat[] {
  const total = lineKm(leg.line);
  const stretch = cut(leg.line, leg.fromKm ?? 0, Math.min(leg.toKm ?? total, total));
  const rounded = stretch.map(([lng, lat]): LngLat => [round(lng), round(lat)]);
  return leg.reverse ? rounded.reverse() : rounded;
}

/** Stretches joined into one line; one that starts where the last one ended shares its point. */
export function joinStretches(stretches: readonly (readonly LngLat[])[]): LngLat[] {
  const out: LngLat[] = [];
  for (const stretch of stretches) {
    out.push(...(same(out.at(-1), stretch[0]) ? stretch.slice(1) : stretch));
  }
  return out;
}
