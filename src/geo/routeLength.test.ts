import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { routeLengthKm } from './routeLength.ts';

/** One degree of latitude on Turf's sphere (radius 6,371.0088 km): 2πR / 360. */
const DEGREE_KM = 111.19;
const TOLERANCE_KM = 0.1;

function line(coordinates: Position[]): Feature<LineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}

function multiLine(coordinates: Position[][]): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } };
}

/** One degree north along Baku's meridian, and one along Aktau's. */
const bakuMeridian: Position[] = [
  [49.89, 40],
  [49.89, 41],
];
const aktauMeridian: Position[] = [
  [51.23, 43],
  [51.23, 44],
];

describe('routeLengthKm', () => {
  it('measures one degree of latitude along a meridian as about 111.19 km', () => {
    expect(Math.abs(routeLengthKm([line(bakuMeridian)]) - DEGREE_KM)).toBeLessThan(TOLERANCE_KM);
  });

  it('sums the parts of a MultiLineString, without the gap between them', () => {
    const km = routeLengthKm([multiLine([bakuMeridian, aktauMeridian])]);
    expect(Math.abs(km - 2 * DEGREE_KM)).toBeLessThan(TOLERANCE_KM);
  });

  it('sums several features', () => {
    const km = routeLengthKm([line(bakuMeridian), line(aktauMeridian), line(bakuMeridian)]);
    expect(Math.abs(km - 3 * DEGREE_KM)).toBeLessThan(TOLERANCE_KM);
  });

  it('measures a line along its vertices, not between its ends', () => {
    const thereAndBack = line([...bakuMeridian, [49.89, 40]]);
    const km = routeLengthKm([thereAndBack]);
    expect(Math.abs(km - 2 * DEGREE_KM)).toBeLessThan(TOLERANCE_KM);
  });

  it('gives 0 for no routes', () => {
    expect(routeLengthKm([])).toBe(0);
  });
});
