/**
 * Property-based tests of the data check on the real `data/`: whatever one file is broken into,
 * the check never throws and says which file is wrong; a swapped or out-of-range coordinate is
 * always caught, naming the file and the feature.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../test/content.ts';
import { REGION } from './schema.ts';
import { type DataFiles, validateContent } from './validate.ts';

const RUNS = { numRuns: 150 };
const PATHS = [...DATA_FILES.keys()];
const ROUTE_FILES = PATHS.filter((path) => path.startsWith('projects/'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A feature as written in a GeoJSON file of `data/`. */
interface RawFeature {
  properties: { name: string };
  geometry: { type: string; coordinates: unknown };
}

/** The real files, with one file's text replaced. */
function withText(path: string, text: string): DataFiles {
  return new Map(DATA_FILES).set(path, text);
}

/** A real file's text; throws if there is no such file. */
function textOf(path: string): string {
  const text = DATA_FILES.get(path);
  if (text === undefined) throw new Error(`no data/${path}`);
  return text;
}

/** The real files, with one GeoJSON file's features replaced. */
function withFeatures(path: string, features: RawFeature[]): DataFiles {
  return withText(path, JSON.stringify({ ...JSON.parse(textOf(path)), features }, null, 1));
}

/** The features of a real GeoJSON file, freshly parsed so a test may change them. */
function featuresOf(path: string): RawFeature[] {
  return (JSON.parse(textOf(path)) as { features: RawFeature[] }).features;
}

/** The item at an index taken modulo the list's length, so any natural number picks one. */
function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

/** Where a position sits in a feature: the JSON path (as errors write it) and the pair itself. */
interface Spot {
  path: string;
  position: [number, number];
}

/** Every position of a feature's geometry, Point, LineString or MultiLineString. */
function spotsOf(feature: RawFeature): Spot[] {
  const { type, coordinates } = feature.geometry;
  if (type === 'Point') return [{ path: '', position: coordinates as [number, number] }];
  const lines = (
    type === 'LineString'
      ? [['', coordinates]]
      : (coordinates as unknown[]).map((l, i) => [`[${i}]`, l])
  ) as [string, [number, number][]][];
  return lines.flatMap(([line, positions]) =>
    positions.map((position, index) => ({ path: `${line}[${index}]`, position })),
  );
}

/** Every path to a value inside a JSON document, the document itself included. */
function jsonPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [path, ...children.flatMap(([key, child]) => jsonPaths(child, [...path, key]))];
}

/** A JSON document with the value at a path replaced. */
function replaceAt(root: Json, path: (string | number)[], replacement: Json): Json {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const container = root as Record<string | number, Json>;
  const copy = (Array.isArray(root) ? [...root] : { ...container }) as Record<
    string | number,
    Json
  >;
  copy[key] = replaceAt(container[key] ?? null, rest, replacement);
  return copy as Json;
}

/** Whether a position lies in the map's region, where the check accepts it. */
const inRegion = ([lng, lat]: readonly [number, number]) =>
  lng >= REGION.west && lng <= REGION.east && lat >= REGION.south && lat <= REGION.north;

/** Fails unless the check, whatever it says, says it without throwing and names `data/` files. */
function expectReported(files: DataFiles): ReturnType<typeof validateContent> {
  const result = validateContent(files);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error).toBe('string');
      if (!error.startsWith('data/')) throw new Error(`error does not name a file: ${error}`);
    }
  }
  return result;
}

/** Fails unless the check rejected the files with an error that starts as given. */
function expectErrorStarting(result: ReturnType<typeof validateContent>, start: string): void {
  const errors = result.ok ? [] : result.errors;
  if (!errors.some((error) => error.startsWith(start))) {
    throw new Error(`expected an error starting\n  ${start}\ngot\n  ${errors.join('\n  ')}`);
  }
}

/** Any text a file may be broken into: plain, full Unicode, JSON of any shape. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
);

describe('validateContent with one file of data/ replaced', () => {
  it('never throws, and names a data/ file in every error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), anyText, (path, text) => {
        const result = expectReported(withText(path, text));
        if (text === DATA_FILES.get(path)) expect(result.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws when any one value inside a file becomes arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.nat(), fc.jsonValue(), (path, at, replacement) => {
        const original = JSON.parse(textOf(path)) as Json;
        const where = pick(jsonPaths(original), at);
        const changed = replaceAt(original, where, replacement as Json);
        const result = expectReported(withText(path, JSON.stringify(changed)));
        if (JSON.stringify(changed) === JSON.stringify(original)) expect(result.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws when a place or route is renamed, and rejects a name used twice', () => {
    // Names of the object prototype's own properties once made the translation check throw.
    const name = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('Baku', ' Baku ', 'Kars', 'constructor', 'toString', '__proto__'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('places.geojson', ...ROUTE_FILES),
        fc.nat(),
        name,
        (path, featureIndex, newName) => {
          const features = featuresOf(path);
          const index = featureIndex % features.length;
          pick(features, index).properties.name = newName;
          const result = expectReported(withFeatures(path, features));
          const other = features.findIndex(
            (feature, i) => i !== index && feature.properties.name === newName.trim(),
          );
          if (other < 0) return;
          const [first, second] = [Math.min(index, other), Math.max(index, other)];
          expectErrorStarting(
            result,
            `data/${path}: feature ${second} "${newName.trim()}": the name is already used by feature ${first}`,
          );
        },
      ),
      RUNS,
    );
  });

  it('gives back the real data unchanged when the text is the original', () => {
    for (const path of PATHS) expect(expectReported(withText(path, textOf(path))).ok).toBe(true);
  });
});

describe('validateContent with one coordinate broken', () => {
  it('rejects a swapped [lng, lat] unless the swapped point still lies in the region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUTE_FILES),
        fc.nat(),
        fc.nat(),
        (path, featureIndex, spotIndex) => {
          const features = featuresOf(path);
          const index = featureIndex % features.length;
          const feature = pick(features, index);
          const spot = pick(spotsOf(feature), spotIndex);
          const [lng, lat] = spot.position;
          spot.position.splice(0, 2, lat, lng);
          const result = expectReported(withFeatures(path, features));
          if (inRegion([lat, lng])) return;
          expectErrorStarting(
            result,
            `data/${path}: feature ${index} "${feature.properties.name}": geometry.coordinates${spot.path}: lies outside the map's region`,
          );
        },
      ),
      RUNS,
    );
  });

  it('rejects a longitude beyond ±180 or a latitude beyond ±90, naming file and feature', () => {
    const beyond = (limit: number) =>
      fc
        .tuple(fc.double({ min: limit, max: 1e300, minExcluded: true, noNaN: true }), fc.boolean())
        .map(([value, negative]) => (negative ? -value : value));
    fc.assert(
      fc.property(
        fc.constantFrom('places.geojson', ...ROUTE_FILES),
        fc.nat(),
        fc.nat(),
        fc.oneof(
          beyond(180).map((value) => ({ axis: 0, value })),
          beyond(90).map((value) => ({ axis: 1, value })),
        ),
        (path, featureIndex, spotIndex, { axis, value }) => {
          const features = featuresOf(path);
          const index = featureIndex % features.length;
          const feature = pick(features, index);
          const spot = pick(spotsOf(feature), spotIndex);
          spot.position[axis] = value;
          const result = expectReported(withFeatures(path, features));
          const limit = `${axis === 0 ? 'longitude' : 'latitude'} must be ${value > 0 ? '≤' : '≥'}`;
          expectErrorStarting(
            result,
            `data/${path}: feature ${index} "${feature.properties.name}": geometry.coordinates${spot.path}[${axis}]: ${limit}`,
          );
        },
      ),
      RUNS,
    );
  });
});
