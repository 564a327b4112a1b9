import { describe, expect, it } from 'vitest';
import type { RouteCollectionInput, RouteFeatureInput } from '../../content/schema.ts';
import {
  addRoute,
  EMPTY_ROUTE,
  featureOf,
  lineAt,
  nameProblem,
  newRouteProblems,
  replaceGeometry,
  replacePart,
  replaceProperties,
  splitProblem,
  splitRoute,
  withRole,
} from './collection.ts';
import type { Line } from './geometry.ts';

const BEYNEU_AKTAU: Line = [
  [55.231, 45.328],
  [55.261, 45.311],
  [55.233, 45.255],
  [51.194, 43.632],
  [51.183, 43.62],
];

const rail: RouteFeatureInput = {
  type: 'Feature',
  properties: {
    name: 'Kazakh rail: Beyneu – Aktau port',
    kind: 'rail',
    certainty: 'traced',
    source: 'Traced from Natural Earth 10m railroads.',
  },
  geometry: { type: 'LineString', coordinates: BEYNEU_AKTAU },
};

const ferry: RouteFeatureInput = {
  type: 'Feature',
  properties: {
    name: 'Caspian ferry Aktau – Baku port (Alat)',
    kind: 'ferry',
    certainty: 'indicative',
    source: 'Schematic.',
  },
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [51.17, 43.6],
        [50.5, 42.0],
        [49.9, 40.1],
      ],
      [
        [49.9, 40.1],
        [49.4, 40.0],
      ],
    ],
  },
};

const titr: RouteCollectionInput = { type: 'FeatureCollection', features: [rail, ferry] };

describe('replaceGeometry and replacePart', () => {
  it('replaces one route’s geometry, rounded, and keeps the other feature as it was', () => {
    const changed = replaceGeometry(titr, 0, {
      type: 'LineString',
      coordinates: [
        [55.23149, 45.3281],
        [51.18301, 43.62],
      ],
    });
    expect(changed.features[0]?.geometry.coordinates).toEqual([
      [55.231, 45.328],
      [51.183, 43.62],
    ]);
    expect(changed.features[0]?.properties).toBe(rail.properties);
    expect(changed.features[1]).toBe(ferry);
    expect(titr.features[0]).toBe(rail);
  });

  it('replaces one part of a MultiLineString', () => {
    const line: Line = [
      [49.9, 40.1],
      [49.45, 40.05],
      [49.4, 40.0],
    ];
    const changed = replacePart(titr, 1, 1, line);
    expect(lineAt(changed, 1, 1)).toEqual(line);
    expect(lineAt(changed, 1, 0)).toEqual(lineAt(titr, 1, 0));
  });
});

describe('properties', () => {
  it('changes the properties named and keeps the others', () => {
    const changed = replaceProperties(titr, 0, { certainty: 'approximate' });
    expect(changed.features[0]?.properties).toEqual({
      ...rail.properties,
      certainty: 'approximate',
    });
  });

  it('leaves the default role out of a file that left it out', () => {
    expect(withRole(rail.properties, 'main')).toBe(rail.properties);
    expect(withRole(rail.properties, 'alternative').role).toBe('alternative');
    expect(withRole({ ...rail.properties, role: 'alternative' }, 'main').role).toBe('main');
  });

  it('wants a name no other stretch of the project has', () => {
    expect(nameProblem('', titr, 0)).not.toBeNull();
    expect(nameProblem(ferry.properties.name, titr, 0)).not.toBeNull();
    expect(nameProblem(rail.properties.name, titr, 0)).toBeNull();
    expect(nameProblem('Kazakh rail: Aktau – Kuryk', titr, null)).toBeNull();
  });
});

describe('splitRoute', () => {
  it('puts two routes named (1) and (2) with the same properties in the route’s place', () => {
    const split = splitRoute(titr, 0, 0, 2);
    expect(split.features.map((feature) => feature.properties.name)).toEqual([
      'Kazakh rail: Beyneu – Aktau port (1)',
      'Kazakh rail: Beyneu – Aktau port (2)',
      ferry.properties.name,
    ]);
    expect(split.features[0]?.geometry.coordinates).toEqual(BEYNEU_AKTAU.slice(0, 3));
    expect(split.features[1]?.geometry.coordinates).toEqual(BEYNEU_AKTAU.slice(2));
    expect(split.features[1]?.properties.source).toBe(rail.properties.source);
  });

  it('splits the part of a MultiLineString the vertex is on', () => {
    const split = splitRoute(titr, 1, 0, 1);
    expect(split.features[1]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [51.17, 43.6],
        [50.5, 42.0],
      ],
    });
    expect(split.features[2]?.geometry.type).toBe('MultiLineString');
  });

  it('refuses an end, no vertex, or names already taken', () => {
    expect(splitProblem(titr, 0, 0, 0)).not.toBeNull();
    expect(splitProblem(titr, 0, 0, null)).not.toBeNull();
    const taken = addRoute(titr, {
      ...ferry,
      properties: { ...ferry.properties, name: 'Kazakh rail: Beyneu – Aktau port (2)' },
    });
    expect(splitProblem(taken, 0, 0, 2)).toMatch(/already exists/);
    expect(() => splitRoute(taken, 0, 0, 2)).toThrow();
  });
});

describe('a new route', () => {
  it('lists everything a new route lacks', () => {
    expect(Object.keys(newRouteProblems(EMPTY_ROUTE, titr)).sort()).toEqual([
      'certainty',
      'kind',
      'line',
      'name',
      'source',
    ]);
  });

  it('is written with the file’s fields, rounded, and added at the end', () => {
    const route = {
      ...EMPTY_ROUTE,
      name: ' Kazakh rail: Aktau – Kuryk ',
      kind: 'rail' as const,
      certainty: 'approximate' as const,
      source: 'Through the stations named by KTZ.',
      line: [
        [51.18349, 43.62],
        [51.65, 43.17],
      ] as Line,
    };
    expect(newRouteProblems(route, titr)).toEqual({});
    const added = addRoute(titr, featureOf(route));
    expect(added.features[2]).toEqual({
      type: 'Feature',
      properties: {
        name: 'Kazakh rail: Aktau – Kuryk',
        kind: 'rail',
        certainty: 'approximate',
        source: 'Through the stations named by KTZ.',
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [51.183, 43.62],
          [51.65, 43.17],
        ],
      },
    });
  });

  it('may not be a flow, which is built from other routes', () => {
    const flow = { ...EMPTY_ROUTE, kind: 'flow' as const };
    expect(newRouteProblems(flow, titr).kind).toBeDefined();
  });
});
