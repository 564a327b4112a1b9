/**
 * The country shapes the basemap is drawn from (Natural Earth 1:10m, npm `world-atlas`) and the
 * seas it names, for measuring which countries and seas a route passes through.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import bboxClip from '@turf/bbox-clip';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Surveyor } from '../../src/content/measure.ts';
import { REGION } from '../../src/content/schema.ts';
import { SEA_LABELS } from '../../src/content/seas.ts';
import type { CountryFeature } from '../../src/geo/countriesCrossed.ts';
import { countryNameIn } from './countryCodes.ts';

const require = createRequire(import.meta.url);

/** Every country of `world-atlas/countries-10m.json` that has a shape, with its Natural Earth name. */
export function loadCountries(): CountryFeature[] {
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name: string }
  >;
  return countries.features.filter(
    (country): country is CountryFeature => country.geometry !== null,
  );
}

/**
 * Areas Natural Earth draws as units of their own inside a country, named as the country whose
 * land they are: the Baikonur cosmodrome is Kazakh land leased to Russia (Natural Earth's own
 * `SOVEREIGNT` for it is Kazakhstan).
 */
const PART_OF: Readonly<Record<string, string>> = { Baikonur: 'Kazakhstan' };

/**
 * The countries cut to the map's region (with a degree to spare), where every route lies: a
 * point is then tested against the few hundred vertices of Russia's or Iran's shore inside it,
 * not against the whole of their coasts. Inside the box the cut shapes are the same.
 */
function inRegion(countries: readonly CountryFeature[]): CountryFeature[] {
  const box: [number, number, number, number] = [
    REGION.west - 1,
    REGION.south - 1,
    REGION.east + 1,
    REGION.north + 1,
  ];
  return countries.flatMap((country) => {
    const clipped = bboxClip(country, box) as CountryFeature;
    const parts =
      clipped.geometry.type === 'Polygon'
        ? [clipped.geometry.coordinates]
        : clipped.geometry.coordinates;
    return parts.some((rings) => (rings[0]?.length ?? 0) > 3) ? [clipped] : [];
  });
}

let surveyor: Surveyor | undefined;

/** The basemap's countries and seas, loaded once. */
export function basemapSurveyor(): Surveyor {
  surveyor ??= {
    shapes: {
      countries: inRegion(loadCountries()).map((country) => {
        const name = PART_OF[country.properties.name];
        return name ? { ...country, properties: { name } } : country;
      }),
      seas: SEA_LABELS,
    },
    countryName: (name, language) => countryNameIn(name, language) ?? name,
  };
  return surveyor;
}
