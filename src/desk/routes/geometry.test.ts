import { describe, expect, it } from 'vitest';
import {
  changedVertex,
  type Line,
  moveVertex,
  nearestVertex,
  partsOf,
  removeVertex,
  roundLine,
  roundPosition,
  sameLine,
  splitGeometry,
  splitLine,
  withPart,
} from './geometry.ts';

/** The first positions of "Kazakh rail: Beyneu – Aktau port", as in data/projects/titr.geojson. */
const BEYNEU: Line = [
  [55.231, 45.328],
  [55.261, 45.311],
  [55.233, 45.255],
  [55.218, 45.146],
  [55.191, 45.122],
];

describe('roundPosition', () => {
  it('rounds to the three decimals the files write', () => {
    expect(roundPosition([55.23149, 45.32751])).toEqual([55.231, 45.328]);
  });

  it('keeps only longitude and latitude', () => {
    expect(roundPosition([51.1834, 43.6201, 12])).toEqual([51.183, 43.62]);
  });

  it('rounds every position of a line', () => {
    expect(
      roundLine([
        [51.17049, 43.6504],
        [49.66951, 40.59],
      ]),
    ).toEqual([
      [51.17, 43.65],
      [49.67, 40.59],
    ]);
  });
});

describe('splitLine', () => {
  it('splits at an inner vertex into two lines sharing it', () => {
    expect(splitLine(BEYNEU, 2)).toEqual([BEYNEU.slice(0, 3), BEYNEU.slice(2)]);
  });

  it('refuses the ends, which would leave a line of one position', () => {
    expect(() => splitLine(BEYNEU, 0)).toThrow(RangeError);
    expect(() => splitLine(BEYNEU, 4)).toThrow(RangeError);
  });

  it('leaves the line it was given as it was', () => {
    const copy = structuredClone(BEYNEU);
    splitLine(BEYNEU, 1);
    expect(BEYNEU).toEqual(copy);
  });
});

describe('splitGeometry', () => {
  it('splits a LineString into two LineStrings', () => {
    const [first, second] = splitGeometry({ type: 'LineString', coordinates: BEYNEU }, 0, 3);
    expect(first).toEqual({ type: 'LineString', coordinates: BEYNEU.slice(0, 4) });
    expect(second).toEqual({ type: 'LineString', coordinates: BEYNEU.slice(3) });
  });

  it('splits one part of a MultiLineString, the parts before and after going with each half', () => {
    const before: Line = [
      [50.0, 44.0],
      [50.5, 44.2],
    ];
    const after: Line = [
      [56.0, 45.0],
      [56.5, 45.5],
    ];
    const [first, second] = splitGeometry(
      { type: 'MultiLineString', coordinates: [before, BEYNEU, after] },
      1,
      2,
    );
    expect(first).toEqual({ type: 'MultiLineString', coordinates: [before, BEYNEU.slice(0, 3)] });
    expect(second).toEqual({ type: 'MultiLineString', coordinates: [BEYNEU.slice(2), after] });
  });

  it('gives a LineString where a half has one line left', () => {
    const after: Line = [
      [56.0, 45.0],
      [56.5, 45.5],
    ];
    const [first, second] = splitGeometry(
      { type: 'MultiLineString', coordinates: [BEYNEU, after] },
      0,
      1,
    );
    expect(first).toEqual({ type: 'LineString', coordinates: BEYNEU.slice(0, 2) });
    expect(second.type).toBe('MultiLineString');
  });
});

describe('withPart and partsOf', () => {
  it('replaces the one line of a LineString', () => {
    const line: Line = [
      [51.17, 43.65],
      [49.67, 40.59],
    ];
    expect(withPart({ type: 'LineString', coordinates: BEYNEU }, 0, line)).toEqual({
      type: 'LineString',
      coordinates: line,
    });
  });

  it('replaces one part of a MultiLineString and keeps the others', () => {
    const other: Line = [
      [56.0, 45.0],
      [56.5, 45.5],
    ];
    const geometry = withPart({ type: 'MultiLineString', coordinates: [BEYNEU, other] }, 1, BEYNEU);
    expect(partsOf(geometry)).toEqual([BEYNEU, BEYNEU]);
  });

  it('refuses a part the geometry does not have', () => {
    expect(() => withPart({ type: 'LineString', coordinates: BEYNEU }, 1, BEYNEU)).toThrow();
  });
});

describe('vertex edits', () => {
  it('removes a vertex', () => {
    expect(removeVertex(BEYNEU, 1)).toEqual([BEYNEU[0], ...BEYNEU.slice(2)]);
  });

  it('keeps at least two positions', () => {
    expect(() => removeVertex(BEYNEU.slice(0, 2), 0)).toThrow(RangeError);
  });

  it('moves a vertex, rounded', () => {
    expect(moveVertex(BEYNEU, 0, [55.30049, 45.4])[0]).toEqual([55.3, 45.4]);
  });
});

describe('changedVertex', () => {
  it('finds the vertex a drag moved', () => {
    expect(changedVertex(BEYNEU, moveVertex(BEYNEU, 3, [55.4, 45.2]))).toBe(3);
  });

  it('finds the vertex a midpoint inserted', () => {
    const after = [...BEYNEU.slice(0, 2), [55.247, 45.283] as [number, number], ...BEYNEU.slice(2)];
    expect(changedVertex(BEYNEU, after)).toBe(2);
  });

  it('finds a vertex added at the end', () => {
    expect(changedVertex(BEYNEU, [...BEYNEU, [55.1, 45.1]])).toBe(5);
  });

  it('is null when a vertex was removed or nothing changed', () => {
    expect(changedVertex(BEYNEU, removeVertex(BEYNEU, 2))).toBeNull();
    expect(changedVertex(BEYNEU, BEYNEU)).toBeNull();
  });
});

describe('nearestVertex', () => {
  const points = [
    { x: 10, y: 10 },
    { x: 40, y: 10 },
    { x: 44, y: 12 },
  ];

  it('picks the nearest point within the tolerance', () => {
    expect(nearestVertex(points, { x: 43, y: 11 }, 12)).toBe(2);
  });

  it('picks none farther than the tolerance', () => {
    expect(nearestVertex(points, { x: 100, y: 100 }, 12)).toBeNull();
  });
});

describe('sameLine', () => {
  it('compares positions, not objects', () => {
    expect(sameLine(BEYNEU, structuredClone(BEYNEU))).toBe(true);
    expect(sameLine(BEYNEU, moveVertex(BEYNEU, 0, [55.232, 45.328]))).toBe(false);
    expect(sameLine(null, BEYNEU)).toBe(false);
  });
});
