import { describe, expect, it } from 'vitest';
import type { CountryFeature } from '../geo/countriesCrossed.ts';
import { END_PLACE_KM, measureRoute, placeAt } from './measure.ts';
import type { PlaceFeature, RouteFeature } from './schema.ts';

function place(name: string, kind: PlaceFeature['properties']['kind'], lng: number, lat: number) {
  return {
    type: 'Feature',
    properties: { name, kind, source: 'test', approximate: false, label: true },
    geometry: { type: 'Point', coordinates: [lng, lat] },
  } satisfies PlaceFeature;
}

// As in the data: Aktau's centre and its port's point, 7 km apart.
const aktau = place('Aktau', 'city', 51.17, 43.65);
const port = place('Aktau port', 'port', 51.23, 43.6);

describe('placeAt', () => {
  it('puts a line end near a port and a town centre at the port', () => {
    // The end of the Kazakh rail: 3.5 km from the centre, 4.4 km from the port's point.
    expect(placeAt([aktau, port], [51.183, 43.62])?.properties.name).toBe('Aktau port');
  });

  it('puts a line end at the nearest town where no port is in reach', () => {
    expect(placeAt([aktau, port], [51.17, 43.65])?.properties.name).toBe('Aktau');
  });

  it(`names nothing farther than ${END_PLACE_KM} km`, () => {
    expect(placeAt([aktau, port], [51.5, 43.4])).toBeUndefined();
    expect(placeAt([aktau, port], undefined)).toBeUndefined();
  });
});

describe('measureRoute', () => {
  it('names a country once where two lines of one route meet inside it', () => {
    const land: CountryFeature = {
      type: 'Feature',
      properties: { name: 'Kazakhstan' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [50, 40],
            [60, 40],
            [60, 50],
            [50, 50],
            [50, 40],
          ],
        ],
      },
    };
    const route: Omit<RouteFeature, 'geography'> = {
      type: 'Feature',
      properties: {
        project: 'titr',
        name: 'Two lines',
        kind: 'rail',
        certainty: 'approximate',
        role: 'main',
        source: 'test',
      },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [52, 45],
            [54, 45],
          ],
          [
            [54, 45],
            [56, 45],
          ],
        ],
      },
    };
    expect(measureRoute(route, [], { countries: [land], seas: [] }).passes).toEqual([
      { country: 'Kazakhstan' },
    ]);
  });
});
