import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { joinStretches, type LegLine, legStretch, lineKm } from './flowLine.ts';

const flowLine = (legs: LegLine[]) => joinStretches(legs.map(legStretch));

import { mercator } from './mercator.ts';

const ACROSS: [number, number][] = [
  [50, 40],
  [51, 40],
  [52, 40],
];
const ON: [number, number][] = [
  [52, 40],
  [52, 41],
];

describe('legStretch', () => {
  it('gives a whole line when no stretch is named', () => {
    expect(legStretch({ line: ACROSS, reverse: false })).toEqual(ACROSS);
  });

  it('gives the line reversed for goods going against its direction', () => {
    expect(legStretch({ line: ACROSS, reverse: true })).toEqual([...ACROSS].reverse());
  });

  it('slices from fromKm to toKm along the line, measured on the sphere', () => {
    const total = lineKm(ACROSS);
    const stretch = legStretch({
      line: ACROSS,
      fromKm: total / 4,
      toKm: (3 * total) / 4,
      reverse: false,
    });
    expect(lineKm(stretch)).toBeCloseTo(total / 2, 0);
    expect(stretch[0]).toEqual([50.5, 40]);
    expect(stretch.at(-1)).toEqual([51.5, 40]);
    expect(stretch).toContainEqual([51, 40]);
  });
});

describe('joinStretches', () => {
  it('joins legs that meet, keeping the shared point once', () => {
    expect(
      flowLine([
        { line: ACROSS, reverse: false },
        { line: ON, reverse: false },
      ]),
    ).toEqual([...ACROSS, [52, 41]]);
  });

  it('follows the legs in the order travelled, each in its own direction', () => {
    expect(
      flowLine([
        { line: ON, reverse: true },
        { line: ACROSS, reverse: true },
      ]),
    ).toEqual([
      [52, 41],
      [52, 40],
      [51, 40],
      [50, 40],
    ]);
  });
});

describe('the flows of the real data', () => {
  const content = loadTestContent();
  const project = (id: string) => content.projects.find((candidate) => candidate.id === id);
  const titr = project('titr');
  const line = (id: string) => {
    const geometry = project(id)?.routes[0]?.geometry;
    return geometry?.type === 'LineString' ? geometry.coordinates : [];
  };
  const routeLine = (name: string, part = 0) => {
    const geometry = titr?.routes.find((route) => route.properties.name === name)?.geometry;
    if (geometry?.type === 'LineString') return geometry.coordinates;
    return geometry?.coordinates[part] ?? [];
  };
  const rail = routeLine('Kazakh rail: Beyneu – Aktau port');
  const ferry = routeLine('Caspian ferry Aktau – Baku port (Alat)');

  it('takes grain by rail to Aktau, then by ferry to the Baku port at Alat', () => {
    const grain = line('grain-exports');
    const aktau = rail.at(-1);
    const alat = ferry.at(-1);
    expect(grain.at(-1)).toEqual(alat);
    expect(grain).toContainEqual(aktau);
    const port = grain.findIndex((p) => p[0] === aktau?.[0] && p[1] === aktau?.[1]);
    // The rail stretch: from 48 km along the Beyneu – Aktau port line, its last 370 km or so
    // (within 1 %: the cut lies on the line as drawn, not on the great circle).
    const railKm = lineKm(grain.slice(0, port + 1));
    expect(Math.abs(railKm - (lineKm(rail) - 48))).toBeLessThan(3.7);
    // Past the cut, every turn of the rail is on the flow, in order.
    const next = rail.findIndex((p) => p[0] === grain[1]?.[0] && p[1] === grain[1]?.[1]);
    expect(next).toBeGreaterThan(0);
    expect(grain.slice(1, port + 1)).toEqual(rail.slice(next));
    // The cut point lies on the rail line as the map draws it: straight in Web Mercator.
    const at = (p: readonly number[] | undefined) => mercator(p?.[0] ?? 0, p?.[1] ?? 0, 0);
    const [start, a, b] = [at(grain[0]), at(rail[next - 1]), at(rail[next])];
    const cross = (b.x - a.x) * (start.y - a.y) - (b.y - a.y) * (start.x - a.x);
    expect(Math.abs(cross) / Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThan(1e-3);
    // Every turn of the ferry lane is on the flow, in order.
    expect(grain.slice(port)).toEqual(ferry);
  });

  it('takes fruit and vegetables the same way in the other direction', () => {
    expect(line('fruit-vegetable-supplies')).toEqual([...line('grain-exports')].reverse());
  });

  it('marks each flow indicative, with its volume', () => {
    expect(project('grain-exports')?.routes[0]?.properties).toMatchObject({
      kind: 'flow',
      certainty: 'indicative',
      tonnesPerYear: 200_000,
    });
    expect(project('fruit-vegetable-supplies')?.routes[0]?.properties.tonnesPerYear).toBe(14_500);
  });
});
