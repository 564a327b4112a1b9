/**
 * `npm run basemap`: builds the map's own basemap from Natural Earth (npm `world-atlas`), clipped
 * to the region and simplified, into `public/basemap/basemap.json`. Lakes (the Aral Sea among
 * them) come from `@geo-maps/earth-lakes-10km`, because `world-atlas` has no lakes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import bboxClip from '@turf/bbox-clip';
import centerOfMass from '@turf/center-of-mass';
import simplify from '@turf/simplify';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { SEA_LABELS } from '../src/content/seas';
import { LANGUAGES, type Language } from '../src/i18n/languages';
import { BASEMAP_BOUNDS, type BasemapLayer, labelProperty } from '../src/map/basemapBounds';
import { COUNTRY_CODES } from './lib/countryCodes';

const require = createRequire(import.meta.url);
const OUT_DIR = fileURLToPath(new URL('../public/basemap/', import.meta.url));
const TOLERANCE_DEG = 0.01;
const DECIMALS = 3;
const bbox: [number, number, number, number] = [
  BASEMAP_BOUNDS.west,
  BASEMAP_BOUNDS.south,
  BASEMAP_BOUNDS.east,
  BASEMAP_BOUNDS.north,
];

function readTopology(name: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
}

function round(value: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor;
}

function roundPositions(coords: unknown): unknown {
  if (typeof coords === 'number') return round(coords);
  return (coords as unknown[]).map(roundPositions);
}

function isEmpty(geometry: Geometry): boolean {
  return 'coordinates' in geometry && (geometry.coordinates as unknown[]).length === 0;
}

/** Clips to the basemap box, simplifies and rounds; null when nothing is left. */
function prepare<G extends Polygon | MultiPolygon | MultiLineString>(
  input: Feature<G>,
  layer: BasemapLayer,
): Feature | null {
  const clipped = bboxClip(input, bbox) as Feature<G>;
  if (isEmpty(clipped.geometry)) return null;
  const simple = simplify(clipped, { tolerance: TOLERANCE_DEG, highQuality: false });
  return {
    type: 'Feature',
    properties: { layer },
    geometry: {
      type: simple.geometry.type,
      coordinates: roundPositions(simple.geometry.coordinates),
    } as Geometry,
  };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

/** Sea names by language, from `data/i18n/` (English, the names' own language, when missing). */
function seaNames(language: Language): Record<string, string> {
  try {
    const file = new URL(`../data/i18n/${language}.json`, import.meta.url);
    return (
      (JSON.parse(readFileSync(file, 'utf8')) as { places?: Record<string, string> }).places ?? {}
    );
  } catch {
    return {};
  }
}

/** A country's name in capitals in every language, from CLDR; null for a name with no ISO code. */
function countryLabels(name: string): Record<string, string> | null {
  const code = COUNTRY_CODES[name];
  if (!code) return null;
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const local = new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? name;
      return [labelProperty(language), local.toLocaleUpperCase(language)];
    }),
  );
}

/**
 * A label point for a country: the centre of mass of its largest part inside the box. Only
 * countries with an ISO code are labelled (Somaliland is not), so every label has every language.
 */
function countryLabel(country: Feature<Polygon | MultiPolygon>): Feature | null {
  const labels = countryLabels(country.properties?.name ?? '');
  if (!labels) return null;
  const clipped = bboxClip(country, bbox) as Feature<Polygon | MultiPolygon>;
  const parts = polygonsOf(clipped.geometry).filter((rings) => (rings[0]?.length ?? 0) > 3);
  const largest = parts.sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
  if (!largest || ringArea(largest[0] ?? []) < 1.5) return null;
  const at = centerOfMass({ type: 'Polygon', coordinates: largest }).geometry.coordinates;
  return {
    type: 'Feature',
    properties: { layer: 'country-label', name: country.properties?.name ?? '', ...labels },
    geometry: { type: 'Point', coordinates: roundPositions(at) as Position },
  };
}

function build(): FeatureCollection {
  const land = readTopology('land-10m.json');
  const countries = readTopology('countries-10m.json');
  const countryObjects = countries.objects.countries as GeometryCollection<{ name: string }>;
  const features: (Feature | null)[] = [];

  const landFc = feature(land, land.objects.land as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  for (const f of landFc.features) features.push(prepare(f, 'land'));

  const lakes = require('@geo-maps/earth-lakes-10km/map.geo.json') as {
    geometries: (Polygon | MultiPolygon)[];
  };
  for (const geometry of lakes.geometries) {
    features.push(prepare({ type: 'Feature', properties: {}, geometry }, 'lake'));
  }

  const borders = mesh(countries, countryObjects, (a, b) => a !== b);
  features.push(prepare({ type: 'Feature', properties: {}, geometry: borders }, 'border'));

  const countryFc = feature(countries, countryObjects) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  for (const country of countryFc.features) features.push(countryLabel(country));

  const seas = LANGUAGES.map((language) => [language, seaNames(language)] as const);
  for (const sea of SEA_LABELS) {
    const labels = seas.map(([language, names]) => [
      labelProperty(language),
      names[sea.name] ?? sea.name,
    ]);
    features.push({
      type: 'Feature',
      properties: { layer: 'sea-label', name: sea.name, ...Object.fromEntries(labels) },
      geometry: { type: 'Point', coordinates: sea.at },
    });
  }
  return {
    type: 'FeatureCollection',
    features: features.filter((f): f is Feature => f !== null),
  };
}

const started = performance.now();
const basemap = build();
mkdirSync(OUT_DIR, { recursive: true });
const text = JSON.stringify(basemap);
writeFileSync(`${OUT_DIR}basemap.json`, text);
console.log(
  `basemap: ${basemap.features.length} features, ${(text.length / 1024).toFixed(0)} KiB, built in ${Math.round(performance.now() - started)} ms`,
);
