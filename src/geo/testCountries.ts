/** Natural Earth's 1:10m countries (npm `world-atlas`), for unit tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryFeature } from './countriesCrossed';

const require = createRequire(import.meta.url);

/** Every country of `world-atlas/countries-10m.json` that has a shape, with its name. */
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
