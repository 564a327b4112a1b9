/**
 * Which countries a drawn line passes through, in order. Pure: the country shapes are given, so
 * it can be tested against any borders (the checks use Natural Earth's, npm `world-atlas`).
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { lineKm } from './flowLine.ts';
import { alongDrawnSegment } from './mercator.ts';

/** A country's shape and its name, as `topojson-client` gives them from `world-atlas`. */
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/**
 * How far apart the points tested along a line are (km): close enough that a line clipping a
 * corner of a country for a few hundred metres is still seen there.
 */
export const STEP_KM = 0.25;

type LngLat = [number, number];
type Box = [number, number, number, number];

/**
 * Points along a line about `stepKm` apart (within a few per cent: the steps are equal on each
 * segment as the map draws it, straight in Web Mercator), each segment's ends included.
 */
export function densify(line: readonly Position[], stepKm: number = STEP_KM): LngLat[] {
  const [first] = line;
  if (!first) return [];
  const out: LngLat[] = [[first[0] ?? 0, first[1] ?? 0]];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    if (!a || !b) continue;
    const steps = Math.max(1, Math.ceil(lineKm([a, b]) / stepKm));
    for (let step = 1; step < steps; step++) out.push(alongDrawnSegment(a, b, step / steps));
    out.push([b[0] ?? 0, b[1] ?? 0]);
  }
  return out;
}

/** [west, south, east, north] of a country's positions, whatever `bbox` the shape may carry. */
function boxOf(country: CountryFeature): Box {
  const [west, south, east, north] = bbox(country.geometry, { recompute: true });
  return [west, south, east, north];
}

/**
 * A function telling the country a point is in (undefined at sea), for points met one after the
 * other along a line: the country of the last point is tried first, as the next is most often in
 * it too, and a country's bounding box before its shape.
 */
export type CountryLocator = (point: LngLat) => CountryFeature | undefined;

export function countryLocator(countries: readonly CountryFeature[]): CountryLocator {
  const boxed = countries.map((country) => ({ country, box: boxOf(country) }));
  const contains = ({ country, box }: (typeof boxed)[number], [lng, lat]: LngLat) =>
    lng >= box[0] &&
    lng <= box[2] &&
    lat >= box[1] &&
    lat <= box[3] &&
    booleanPointInPolygon([lng, lat], country);
  let last: (typeof boxed)[number] | undefined;
  return (point) => {
    const found =
      last && contains(last, point) ? last : boxed.find((candidate) => contains(candidate, point));
    if (found) last = found;
    return found?.country;
  };
}

/**
 * The names of the countries `line` passes through, in the order it enters them; a country left
 * and entered again is named again (`['Kazakhstan', 'Kyrgyzstan', 'Kazakhstan']`). The line is
 * tested every `stepKm` along it (see `densify`); points in none of the countries, at sea for
 * instance, are left out.
 */
export function countriesCrossed(
  countries: readonly CountryFeature[],
  line: readonly Position[],
  stepKm: number = STEP_KM,
): string[] {
  const locate = countryLocator(countries);
  const crossed: string[] = [];
  for (const point of densify(line, stepKm)) {
    const name = locate(point)?.properties.name;
    if (name !== undefined && crossed.at(-1) !== name) crossed.push(name);
  }
  return crossed;
}
