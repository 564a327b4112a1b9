/**
 * `npm run basemap`: builds the map's own basemap from Natural Earth (npm `world-atlas`), clipped
 * to the region and simplified, into `public/basemap/basemap.json`. Lakes (the Aral Sea among
 * them) come from `@geo-maps/earth-lakes-10km`, because `world-atlas` has no lakes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import bbox from '@turf/bbox';
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
import polygonClipping from 'polygon-clipping';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LANGUAGES, type Language } from '../src/content/languages.ts';
import { SEA_LABELS } from '../src/content/seas.ts';
import {
  BASEMAP_BOUNDS,
  type BasemapLayer,
  DETAIL_BOUNDS,
  labelProperty,
} from '../src/map/basemapBounds.ts';
import { COUNTRY_CODES, countryNameIn } from './lib/countryCodes.ts';

const require = createRequire(import.meta.url);
const OUT_DIR = fileURLToPath(new URL('../public/basemap/', import.meta.url));
const TOLERANCE_DEG = 0.01;
const DECIMALS = 3;
/** [west, south, east, north] in degrees. */
type Box = [number, number, number, number];
const DETAIL: Box = [
  DETAIL_BOUNDS.west,
  DETAIL_BOUNDS.south,
  DETAIL_BOUNDS.east,
  DETAIL_BOUNDS.north,
];
const WHOLE: Box = [
  BASEMAP_BOUNDS.west,
  BASEMAP_BOUNDS.south,
  BASEMAP_BOUNDS.east,
  BASEMAP_BOUNDS.north,
];
/**
 * The ring around the detailed part, as four boxes that tile it without overlapping it: the
 * coarse coastlines never show inside the detailed part, and the two meet edge to edge.
 */
const RING: Box[] = [
  [WHOLE[0], WHOLE[1], DETAIL[0], WHOLE[3]],
  [DETAIL[2], WHOLE[1], WHOLE[2], WHOLE[3]],
  [DETAIL[0], WHOLE[1], DETAIL[2], DETAIL[1]],
  [DETAIL[0], DETAIL[3], DETAIL[2], WHOLE[3]],
];
/** The ring draws only lakes at least this large, in square degrees (Baikal, Victoria). */
const RING_LAKE_MIN_AREA = 1;

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

/**
 * The part of a shape inside a box. Lines are cut by turf's bbox-clip; areas are intersected
 * with the box as a polygon, because bbox-clip (Sutherland–Hodgman) joins the pieces of a concave
 * area by zero-width edges along the box's sides, which MapLibre's antialiasing draws as hairlines
 * across the sea, and wraps bands around a box that a large area enters more than once.
 */
function clipToBox<G extends Polygon | MultiPolygon | MultiLineString>(
  input: Feature<G>,
  box: Box,
): Feature<G> | null {
  if (input.geometry.type === 'MultiLineString') {
    const clipped = bboxClip(input, box) as Feature<G>;
    return isEmpty(clipped.geometry) ? null : clipped;
  }
  const [west, south, east, north] = box;
  const rectangle: [number, number][][] = [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
  // Only the polygons that cross the box's sides are intersected, which keeps the build fast.
  const kept: Position[][][] = [];
  for (const polygon of polygonsOf(input.geometry as Polygon | MultiPolygon)) {
    const outerRing = polygon[0] ?? [];
    const [minX, minY, maxX, maxY] = bbox({ type: 'LineString', coordinates: outerRing });
    if (maxX <= west || minX >= east || maxY <= south || minY >= north) continue;
    if (minX >= west && maxX <= east && minY >= south && maxY <= north) {
      kept.push(polygon);
      continue;
    }
    const clipped = polygonClipping.intersection(
      polygon.map(unwrapRing) as [number, number][][],
      rectangle,
    );
    kept.push(...clipped);
  }
  if (kept.length === 0) return null;
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
  return { type: 'Feature', properties: input.properties, geometry } as Feature<G>;
}

/**
 * A ring that crosses the antimeridian (Natural Earth's Eurasia jumps from 180° to −180° at
 * Chukotka) made continuous, running on past 180°: read as flat geometry, the jump would be an
 * edge across the whole world, and the clipped land would lose the Arctic coast.
 */
function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  const unwrapped = ring.map(([lng = 0, lat = 0], index) => {
    const before = ring[index - 1]?.[0];
    if (before !== undefined && Math.abs(lng - before) > 180)
      shift -= Math.sign(lng - before) * 360;
    return [lng + shift, lat];
  });
  // Back into the world that holds most of it (the ring may start on the far side, at Chukotka).
  const mean = unwrapped.reduce((sum, [lng = 0]) => sum + lng, 0) / unwrapped.length;
  const back = 360 * Math.round(mean / 360);
  return unwrapped.map(([lng = 0, lat = 0]) => [lng - back, lat]);
}

/** Clips to a box, simplifies and rounds; null when nothing is left. */
function prepare<G extends Polygon | MultiPolygon | MultiLineString>(
  input: Feature<G>,
  layer: BasemapLayer,
  box: Box,
): Feature | null {
  const clipped = clipToBox(input, box);
  if (!clipped) return null;
  const simple =
    clipped.geometry.type === 'MultiLineString'
      ? simplify(clipped, { tolerance: TOLERANCE_DEG, highQuality: false }).geometry
      : simplifyAreas(clipped.geometry as Polygon | MultiPolygon);
  if (!simple) return null;
  return {
    type: 'Feature',
    properties: { layer },
    geometry: { type: simple.type, coordinates: roundPositions(simple.coordinates) } as Geometry,
  };
}

/** Simplifies each polygon; one that is only a sliver (Turf refuses it) is left out. */
function simplifyAreas(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const polygons = polygonsOf(geometry).flatMap((coordinates) => {
    try {
      const polygon: Feature<Polygon> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates },
      };
      return [simplify(polygon, { tolerance: TOLERANCE_DEG, highQuality: false }).geometry];
    } catch {
      return [];
    }
  });
  if (polygons.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: polygons.map((polygon) => polygon.coordinates) };
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
  if (!COUNTRY_CODES[name]) return null;
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const local = countryNameIn(name, language) ?? name;
      return [labelProperty(language), local.toLocaleUpperCase(language)];
    }),
  );
}

/**
 * A label point for a country: the centre of mass of its largest part inside the box. Only
 * countries with an ISO code are labelled (Somaliland is not), so every label has every language.
 */
function countryLabel(country: Feature<Polygon | MultiPolygon>, box: Box): Feature | null {
  const labels = countryLabels(country.properties?.name ?? '');
  if (!labels) return null;
  const clipped = clipToBox(country, box);
  if (!clipped) return null;
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

type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Land, lakes at least `minLakeArea` large, borders and country shapes at one scale. */
function layersAt(scale: '10m' | '110m', boxes: Box[], minLakeArea: number) {
  const land = readTopology(`land-${scale}.json`);
  const countries = readTopology(`countries-${scale}.json`);
  const countryObjects = countries.objects.countries as GeometryCollection<{ name: string }>;
  const landFc = feature(land, land.objects.land as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const lakes = (
    require('@geo-maps/earth-lakes-10km/map.geo.json') as {
      geometries: (Polygon | MultiPolygon)[];
    }
  ).geometries.filter((lake) => ringArea(polygonsOf(lake)[0]?.[0] ?? []) >= minLakeArea);
  const borders = mesh(countries, countryObjects, (a, b) => a !== b);
  const features = boxes.flatMap((box) => [
    ...landFc.features.map((f) => prepare(f, 'land', box)),
    ...lakes.map((geometry) => prepare({ type: 'Feature', properties: {}, geometry }, 'lake', box)),
    prepare({ type: 'Feature', properties: {}, geometry: borders }, 'border', box),
  ]);
  return { features, countries: feature(countries, countryObjects) as Countries };
}

function build(): FeatureCollection {
  const detail = layersAt('10m', [DETAIL], 0);
  const ring = layersAt('110m', RING, RING_LAKE_MIN_AREA);
  const features: (Feature | null)[] = [...detail.features, ...ring.features];

  // Countries are labelled where the detailed part shows them; the others from the coarse shapes.
  const detailLabels = detail.countries.features.map((country) => countryLabel(country, DETAIL));
  const labelled = new Set(detailLabels.map((label) => label?.properties?.name));
  const ringLabels = ring.countries.features
    .filter((country) => !labelled.has(country.properties.name))
    .map((country) => countryLabel(country, WHOLE));
  features.push(...detailLabels, ...ringLabels);

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
