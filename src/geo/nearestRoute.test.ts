import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  distanceToGeometry,
  distanceToSegment,
  type RouteCandidate,
  rankProjects,
  type ScreenPoint,
} from './nearestRoute.ts';

/** Positions taken as screen pixels, so that the geometry can be read off the test. */
const identity = ([x = 0, y = 0]: Position): ScreenPoint => ({ x, y });

const lineString = (...coordinates: Position[]): LineString => ({
  type: 'LineString',
  coordinates,
});

const candidate = (project: string, geometry: LineString | MultiLineString, offset = 0) =>
  ({ project, geometry, offset }) satisfies RouteCandidate;

describe('distanceToSegment', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 10, y: 0 };

  it('measures perpendicular to the segment when the foot lies between its ends', () => {
    expect(distanceToSegment({ x: 4, y: 3 }, a, b)).toBeCloseTo(3, 9);
  });

  it('measures to the nearer end when the foot lies beyond it', () => {
    expect(distanceToSegment({ x: 13, y: 4 }, a, b)).toBeCloseTo(5, 9);
    expect(distanceToSegment({ x: -3, y: -4 }, a, b)).toBeCloseTo(5, 9);
  });

  it('gives 0 on the segment', () => {
    expect(distanceToSegment({ x: 7, y: 0 }, a, b)).toBe(0);
  });

  it('treats a zero-length segment as a point', () => {
    expect(distanceToSegment({ x: 3, y: 4 }, a, a)).toBeCloseTo(5, 9);
  });

  it('measures to a diagonal segment', () => {
    expect(distanceToSegment({ x: 0, y: 10 }, a, { x: 10, y: 10 })).toBeCloseTo(Math.SQRT2 * 5, 9);
  });
});

describe('distanceToGeometry', () => {
  const eastward = lineString([0, 0], [10, 0]);

  it('takes the nearest segment of a LineString', () => {
    const bent = lineString([0, 0], [10, 0], [10, 10]);
    expect(distanceToGeometry({ x: 12, y: 6 }, bent, identity)).toBeCloseTo(2, 9);
  });

  it('takes the nearest line of a MultiLineString', () => {
    const parts: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [10, 0],
        ],
        [
          [0, 20],
          [10, 20],
        ],
      ],
    };
    expect(distanceToGeometry({ x: 5, y: 18 }, parts, identity)).toBeCloseTo(2, 9);
  });

  it('does not join the lines of a MultiLineString', () => {
    const parts: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [10, 0],
        ],
        [
          [20, 0],
          [30, 0],
        ],
      ],
    };
    expect(distanceToGeometry({ x: 15, y: 0 }, parts, identity)).toBeCloseTo(5, 9);
  });

  it('is infinite for a line with a single position', () => {
    expect(distanceToGeometry({ x: 0, y: 0 }, lineString([0, 0]), identity)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('draws a line going east with offset +4 at y + 4 (right of its direction, y down)', () => {
    expect(distanceToGeometry({ x: 5, y: 4 }, eastward, identity, 4)).toBeCloseTo(0, 9);
    expect(distanceToGeometry({ x: 5, y: -4 }, eastward, identity, 4)).toBeCloseTo(8, 9);
  });

  it('draws a line going west with offset +4 at y - 4', () => {
    const westward = lineString([10, 0], [0, 0]);
    expect(distanceToGeometry({ x: 5, y: -4 }, westward, identity, 4)).toBeCloseTo(0, 9);
  });

  it('draws a line going down the screen with offset +4 at x - 4', () => {
    const downward = lineString([0, 0], [0, 10]);
    expect(distanceToGeometry({ x: -4, y: 5 }, downward, identity, 4)).toBeCloseTo(0, 9);
  });

  it('draws a negative offset to the left of the direction', () => {
    expect(distanceToGeometry({ x: 5, y: -4 }, eastward, identity, -4)).toBeCloseTo(0, 9);
  });

  it('measures to the line as drawn without offset by default', () => {
    expect(distanceToGeometry({ x: 5, y: 4 }, eastward, identity)).toBeCloseTo(4, 9);
  });

  it('projects positions with the given function before measuring', () => {
    // 100 px per degree, north up: the fibre-optic line from Aktau to Sumgayit.
    const project = ([lng = 0, lat = 0]: Position): ScreenPoint => ({
      x: lng * 100,
      y: -lat * 100,
    });
    const aktau: Position = [51.17, 43.65];
    const sumgayit: Position = [49.67, 40.59];
    const fibre = lineString(aktau, sumgayit);
    const middle = project([(51.17 + 49.67) / 2, (43.65 + 40.59) / 2]);
    // 6 px east of the middle; the line runs 150 px west for 306 px south.
    const expected = (306 * 6) / Math.hypot(150, 306);
    const distance = distanceToGeometry({ x: middle.x + 6, y: middle.y }, fibre, project);
    expect(distance).toBeCloseTo(expected, 6);
    expect(distance).toBeCloseTo(5.39, 2);
  });
});

describe('rankProjects', () => {
  const pointer = { x: 5, y: 0 };

  it('puts the nearest project first', () => {
    const ranked = rankProjects(
      pointer,
      [
        candidate('titr', lineString([0, 6], [10, 6])),
        candidate('oil-transit', lineString([0, 2], [10, 2])),
      ],
      identity,
      8,
    );
    expect(ranked.map((r) => r.project)).toEqual(['oil-transit', 'titr']);
  });

  it('gives each project its distance in pixels', () => {
    const ranked = rankProjects(
      pointer,
      [
        candidate('titr', lineString([0, 6], [10, 6])),
        candidate('oil-transit', lineString([0, 2], [10, 2])),
      ],
      identity,
      8,
    );
    expect(ranked[0]?.distance).toBeCloseTo(2, 9);
    expect(ranked[1]?.distance).toBeCloseTo(6, 9);
  });

  it('lists a project once, at the distance of its nearest route', () => {
    const ranked = rankProjects(
      pointer,
      [
        candidate('titr', lineString([0, 7], [10, 7])),
        candidate('titr', lineString([0, 1], [10, 1])),
        candidate('titr', lineString([0, 3], [10, 3])),
      ],
      identity,
      8,
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.distance).toBeCloseTo(1, 9);
  });

  it('leaves out projects beyond the tolerance', () => {
    const ranked = rankProjects(
      pointer,
      [
        candidate('titr', lineString([0, 8], [10, 8])),
        candidate('power-cable', lineString([0, 8.5], [10, 8.5])),
      ],
      identity,
      8,
    );
    expect(ranked.map((r) => r.project)).toEqual(['titr']);
  });

  it('breaks ties by project id', () => {
    const ranked = rankProjects(
      pointer,
      [
        candidate('titr', lineString([0, 3], [10, 3])),
        candidate('fiber-optic', lineString([0, -3], [10, -3])),
        candidate('power-cable', lineString([0, 3], [10, 3])),
      ],
      identity,
      8,
    );
    expect(ranked.map((r) => r.project)).toEqual(['fiber-optic', 'power-cable', 'titr']);
  });

  it('measures to routes as drawn, with their offset', () => {
    // Tanker lane and ferry share a geometry; the tanker line is drawn 4 px to its right.
    const shared = lineString([0, 3], [10, 3]);
    const ranked = rankProjects(
      pointer,
      [candidate('titr', shared, 0), candidate('oil-transit', shared, 4)],
      identity,
      8,
    );
    expect(ranked).toEqual([
      { project: 'titr', distance: expect.closeTo(3, 9) },
      { project: 'oil-transit', distance: expect.closeTo(7, 9) },
    ]);
  });

  it('gives nothing when no route is near', () => {
    expect(
      rankProjects(pointer, [candidate('titr', lineString([0, 50], [10, 50]))], identity, 8),
    ).toEqual([]);
  });

  it('applies the tolerance in pixels after projection', () => {
    // A route 0.05° north of the pointer: 5 px at 100 px per degree, 50 px at 1,000.
    const route = candidate('power-cable', lineString([49, 40.05], [51, 40.05]));
    const at = (pxPerDegree: number) => ({
      project: ([lng = 0, lat = 0]: Position) => ({ x: lng * pxPerDegree, y: -lat * pxPerDegree }),
      pointer: { x: 50 * pxPerDegree, y: -40 * pxPerDegree },
    });
    const near = at(100);
    const far = at(1000);
    expect(rankProjects(near.pointer, [route], near.project, 8)).toEqual([
      { project: 'power-cable', distance: expect.closeTo(5, 6) },
    ]);
    expect(rankProjects(far.pointer, [route], far.project, 8)).toEqual([]);
  });
});
