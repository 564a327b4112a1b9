import { describe, expect, it } from 'vitest';
import type { CountryFeature } from '../geo/countriesCrossed.ts';
import { MIN_PASSAGE_KM, type PassageShapes, passagesOf } from './passages.ts';

/** A square country from `west` to `east` degrees of longitude, 10° south to 10° north. */
function country(name: string, west: number, east: number): CountryFeature {
  return {
    type: 'Feature',
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, -10],
          [east, -10],
          [east, 10],
          [west, 10],
          [west, -10],
        ],
      ],
    },
  };
}

// West 0°–2°, a strait from 2° to 3°, East 3°–5°; seas named at two points north and south.
const shapes: PassageShapes = {
  countries: [country('West', 0, 2), country('East', 3, 5)],
  seas: [
    { name: 'North Sea', at: [2.5, 8] },
    { name: 'South Sea', at: [2.5, -8] },
  ],
};

describe('passagesOf', () => {
  it('names the countries and the sea between them, in the order the line meets them', () => {
    expect(
      passagesOf(shapes, [
        [0.5, 5],
        [4.5, 5],
      ]),
    ).toEqual([{ country: 'West' }, { sea: 'North Sea' }, { country: 'East' }]);
  });

  it('names the sea whose label is nearest the stretch at sea', () => {
    expect(
      passagesOf(shapes, [
        [4.5, -5],
        [0.5, -5],
      ]),
    ).toEqual([{ country: 'East' }, { sea: 'South Sea' }, { country: 'West' }]);
  });

  it('names a country entered again after the sea twice', () => {
    expect(
      passagesOf(shapes, [
        [1, 0],
        [4, 0],
        [1, 1],
      ]),
    ).toEqual([
      { country: 'West' },
      { sea: 'North Sea' },
      { country: 'East' },
      { sea: 'North Sea' },
      { country: 'West' },
    ]);
  });

  it(`leaves out a stretch at sea shorter than ${MIN_PASSAGE_KM} km inside a line`, () => {
    // Along West's coast, out to 0.005° (about 0.6 km) at sea and back: about 1.2 km at sea.
    expect(
      passagesOf(shapes, [
        [1, 0],
        [1.99, 0],
        [2.005, 0.005],
        [1.99, 0.01],
        [1, 0.01],
      ]),
    ).toEqual([{ country: 'West' }]);
  });

  it('keeps the country a line starts in, however little of it the line crosses', () => {
    // A ferry from a quay 0.5 km inside West's coast across to East.
    expect(
      passagesOf(shapes, [
        [1.9955, 0],
        [3.5, 0],
      ]),
    ).toEqual([{ country: 'West' }, { sea: 'North Sea' }, { country: 'East' }]);
  });

  it('does not count a line ending a few km across a land border as crossing it', () => {
    const neighbours: PassageShapes = {
      countries: [country('West', 0, 2), country('East', 2, 4)],
      seas: [],
    };
    // About 2.2 km into East: the border as drawn at 1:10 million, not a crossing.
    expect(
      passagesOf(neighbours, [
        [0.5, 0],
        [2.02, 0],
      ]),
    ).toEqual([{ country: 'West' }]);
    // About 11 km into East: a crossing.
    expect(
      passagesOf(neighbours, [
        [0.5, 0],
        [2.1, 0],
      ]),
    ).toEqual([{ country: 'West' }, { country: 'East' }]);
  });

  it('names the sea alone for a line all at sea', () => {
    expect(
      passagesOf(shapes, [
        [2.2, 6],
        [2.8, 7],
      ]),
    ).toEqual([{ sea: 'North Sea' }]);
  });
});
