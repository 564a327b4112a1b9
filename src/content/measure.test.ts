import { describe, expect, it } from 'vitest';
import { END_PLACE_KM, placeAt } from './measure';
import type { PlaceFeature } from './schema';

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
