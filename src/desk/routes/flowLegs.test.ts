import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectsFileInput, RouteCollectionInput } from '../../content/schema.ts';
import { joinStretches, legStretch, lineKm } from '../../geo/flowLine.ts';
import {
  type FlowLegInput,
  type RouteSplit,
  renameInFlows,
  splitInFlows,
  splitLeg,
} from './flowLegs.ts';
import { type Line, partsOf, splitLine } from './geometry.ts';

const RAIL = 'Kazakh rail: Beyneu – Aktau port';
const titr = JSON.parse(
  readFileSync(new URL('../../../data/projects/titr.geojson', import.meta.url), 'utf8'),
) as RouteCollectionInput;
const rail = titr.features.find((feature) => feature.properties.name === RAIL);
const line = rail ? (partsOf(rail.geometry)[0] ?? []) : [];
const VERTEX = 20;
const [first, second] = splitLine(line, VERTEX);
const split: RouteSplit = {
  project: 'titr',
  route: RAIL,
  part: 0,
  parts: 1,
  names: [`${RAIL} (1)`, `${RAIL} (2)`],
  splitKm: lineKm(first),
};
const lines: Record<string, Line> = {
  [RAIL]: line,
  [split.names[0]]: first,
  [split.names[1]]: second,
};

/** The line a flow's legs travel, as the build draws it. */
const travelled = (legs: readonly FlowLegInput[]) =>
  joinStretches(
    legs.map((leg) =>
      legStretch({ ...leg, line: lines[leg.route] ?? [], reverse: leg.reverse ?? false }),
    ),
  );

describe('splitLeg', () => {
  it('keeps the line of a leg that starts 48 km in and runs to the end (grain exports)', () => {
    const leg = { project: 'titr', route: RAIL, fromKm: 48 };
    const legs = splitLeg(leg, split);
    expect(legs.map((one) => one.route)).toEqual(split.names);
    expect(travelled(legs)).toEqual(travelled([leg]));
  });

  it('lists the halves in the order travelled for a reversed leg (fruit and vegetables)', () => {
    const leg = { project: 'titr', route: RAIL, fromKm: 48, reverse: true };
    const legs = splitLeg(leg, split);
    expect(legs.map((one) => one.route)).toEqual([split.names[1], split.names[0]]);
    expect(travelled(legs)).toEqual(travelled([leg]));
  });

  it('puts a leg within one half on that half alone, its kilometres counted from its start', () => {
    const late = {
      project: 'titr',
      route: RAIL,
      fromKm: split.splitKm + 10,
      toKm: split.splitKm + 30,
    };
    const [moved] = splitLeg(late, split);
    expect(splitLeg(late, split)).toHaveLength(1);
    expect(moved).toEqual({ project: 'titr', route: split.names[1], fromKm: 10, toKm: 30 });
    expect(splitLeg({ project: 'titr', route: RAIL, toKm: 20 }, split)).toEqual([
      { project: 'titr', route: split.names[0], toKm: 20 },
    ]);
  });

  it('leaves legs on other routes as they are', () => {
    const other = { project: 'titr', route: 'Caspian ferry Aktau – Baku port (Alat)' };
    expect(splitLeg(other, split)[0]).toBe(other);
  });

  it('numbers the lines of MultiLineString halves', () => {
    const multi: RouteSplit = { ...split, part: 1, parts: 3 };
    expect(splitLeg({ project: 'titr', route: RAIL, part: 0 }, multi)).toEqual([
      { project: 'titr', route: split.names[0], part: 0 },
    ]);
    expect(splitLeg({ project: 'titr', route: RAIL, part: 2 }, multi)).toEqual([
      { project: 'titr', route: split.names[1], part: 1 },
    ]);
    expect(splitLeg({ project: 'titr', route: RAIL, part: 1 }, multi)).toEqual([
      { project: 'titr', route: split.names[0], part: 1 },
      { project: 'titr', route: split.names[1], part: 0 },
    ]);
  });
});

describe('renameInFlows and splitInFlows', () => {
  const file = {
    mapTitle: 'Map',
    projects: [
      { id: 'titr', name: 'TITR' },
      {
        id: 'grain-exports',
        flow: {
          legs: [
            { project: 'titr', route: RAIL, fromKm: 48 },
            { project: 'titr', route: 'Caspian ferry Aktau – Baku port (Alat)' },
          ],
        },
      },
    ],
  } as unknown as ProjectsFileInput;

  it('renames the legs that follow a route', () => {
    const renamed = renameInFlows(file, 'titr', RAIL, 'Beyneu – Aktau');
    expect(renamed.projects[1]?.flow?.legs.map((leg) => leg.route)).toEqual([
      'Beyneu – Aktau',
      'Caspian ferry Aktau – Baku port (Alat)',
    ]);
    expect(renamed.projects[0]).toBe(file.projects[0]);
  });

  it('replaces a leg by the legs of the halves', () => {
    expect(splitInFlows(file, split).projects[1]?.flow?.legs).toHaveLength(3);
  });

  it('returns the same file when no leg follows the route', () => {
    expect(renameInFlows(file, 'oil-transit', RAIL, 'X')).toBe(file);
    expect(splitInFlows(file, { ...split, route: 'Other' })).toBe(file);
  });
});
