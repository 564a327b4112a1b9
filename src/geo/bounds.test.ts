import { describe, expect, it } from 'vitest';
import { boundsOf, boundsOverlap } from './bounds.ts';

describe('boundsOf', () => {
  it('boxes every position of every line', () => {
    expect(
      boundsOf([
        {
          type: 'LineString',
          coordinates: [
            [50, 40],
            [51, 42],
          ],
        },
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [49, 41],
              [52, 39],
            ],
          ],
        },
      ]),
    ).toEqual([49, 39, 52, 42]);
  });
});

describe('boundsOverlap', () => {
  const caspian: [number, number, number, number] = [47, 37, 54, 47];
  it('is true for boxes that share an area or an edge', () => {
    expect(boundsOverlap(caspian, [53, 46, 60, 50])).toBe(true);
    expect(boundsOverlap(caspian, [54, 30, 55, 37])).toBe(true);
  });

  it('is false for boxes apart on either axis', () => {
    expect(boundsOverlap(caspian, [55, 40, 60, 45])).toBe(false);
    expect(boundsOverlap(caspian, [48, 47.5, 50, 49])).toBe(false);
  });
});
