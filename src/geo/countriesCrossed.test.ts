import { describe, expect, it } from 'vitest';
import { loadCountries } from '../../test/countries.ts';
import { countriesCrossed, densify } from './countriesCrossed.ts';
import { lineKm } from './flowLine.ts';

const countries = loadCountries();

describe('densify', () => {
  it('keeps every position and puts points about a step apart', () => {
    const line = [
      [49.44, 39.98],
      [46.36, 40.68],
      [44.83, 41.69],
    ];
    const points = densify(line, 1);
    expect(points[0]).toEqual([49.44, 39.98]);
    expect(points).toContainEqual([46.36, 40.68]);
    expect(points.at(-1)).toEqual([44.83, 41.69]);
    for (let i = 1; i < points.length; i++) {
      expect(lineKm([points[i - 1] ?? [], points[i] ?? []])).toBeLessThan(1.05);
    }
  });

  it('gives nothing for an empty line', () => {
    expect(densify([])).toEqual([]);
  });
});

describe('countriesCrossed', () => {
  it('names the countries in the order the line enters them', () => {
    // Tbilisi to Ganja and the Baku port at Alat.
    const line = [
      [44.83, 41.69],
      [46.36, 40.68],
      [49.44, 39.98],
    ];
    expect(countriesCrossed(countries, line)).toEqual(['Georgia', 'Azerbaijan']);
  });

  it('names a country again when the line comes back into it', () => {
    // The old schematic Kazakh rail, straight from Almaty to the Aktau port: it cut across
    // Uzbekistan, where the railway does not go.
    const line = [
      [76.93, 43.26],
      [51.23, 43.6],
    ];
    expect(countriesCrossed(countries, line)).toEqual(['Kazakhstan', 'Uzbekistan', 'Kazakhstan']);
  });

  it('finds a crossing of well under a kilometre between two positions in Kazakhstan', () => {
    // A chord south-west of Taraz across a corner of Kyrgyzstan (Natural Earth's border).
    const line = [
      [71.194, 42.7],
      [71.146, 42.679],
    ];
    expect(countriesCrossed(countries, [line[0] ?? []])).toEqual(['Kazakhstan']);
    expect(countriesCrossed(countries, [line[1] ?? []])).toEqual(['Kazakhstan']);
    expect(countriesCrossed(countries, line)).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Kazakhstan']);
  });

  it('leaves out the sea', () => {
    // Aktau's centre across the Caspian to Baku's.
    const line = [
      [51.17, 43.65],
      [49.89, 40.38],
    ];
    expect(countriesCrossed(countries, line)).toEqual(['Kazakhstan', 'Azerbaijan']);
  });

  it('gives nothing for a line wholly at sea', () => {
    const line = [
      [50.5, 42.5],
      [51, 41.5],
    ];
    expect(countriesCrossed(countries, line)).toEqual([]);
  });
});
