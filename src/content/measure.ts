/**
 * The build's measurements of each drawn route: its length, the places at its ends, and the
 * countries and seas it passes through. Pure: the shapes are given (the build gives the basemap's
 * own, `scripts/lib/basemapCountries.ts`).
 */
import type { Position } from 'geojson';
import { countryLocator } from '../geo/countriesCrossed.ts';
import { lineKm } from '../geo/flowLine.ts';
import { linesOf } from '../geo/linesOf.ts';
import { routeLengthKm } from '../geo/routeLength.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { type PassageShapes, passagesOf, withoutRepeats } from './passages.ts';
import { countriesIn } from './routeSummary.ts';
import type { Passage, PlaceFeature, PlaceKind, RouteFeature, RouteGeography } from './schema.ts';

/** What the build measures routes against, and how it names a country in each language. */
export interface Surveyor {
  shapes: PassageShapes;
  countryName: (name: string, language: Language) => string;
}

/**
 * A place this close (km) to a line's end is where the line starts or ends. Drawn ends are
 * snapped to stations a few km from a city's centre or a port's point (the data says which);
 * farther than this the end is a junction or a stretch of coast the data does not name.
 */
export const END_PLACE_KM = 5;

export type DrawnRoute = Omit<RouteFeature, 'geography'>;

/** Places that are towns: a line's end near one of them and near a port is at the port. */
const TOWNS: ReadonlySet<PlaceKind> = new Set(['capital', 'city']);

/**
 * The place a line's end is at: the nearest within `END_PLACE_KM`, a port, terminal, station,
 * junction or border before a town (the rail ends at the Aktau port, 3.5 km from Aktau's centre
 * and 4.4 km from the port's point), if any.
 */
export function placeAt(
  places: readonly PlaceFeature[],
  point: Position | undefined,
): PlaceFeature | undefined {
  if (!point) return undefined;
  let best: { place: PlaceFeature; km: number; town: boolean } | undefined;
  for (const place of places) {
    const km = lineKm([point, place.geometry.coordinates]);
    if (km > END_PLACE_KM) continue;
    const town = TOWNS.has(place.properties.kind);
    const better = !best || (best.town && !town) || (best.town === town && km < best.km);
    if (better) best = { place, km, town };
  }
  return best?.place;
}

/**
 * The passages of a route's lines; a line that starts or ends at sea starts or ends in the country
 * of the place there: a ferry drawn from a port's quay, which the coastline of a 1:10 million map
 * leaves at sea, still sails from that port's country.
 */
function passagesBetween(
  shapes: PassageShapes,
  lines: readonly Position[][],
  ends: { from: PlaceFeature | undefined; to: PlaceFeature | undefined },
): Passage[] {
  const locate = countryLocator(shapes.countries);
  const countryOf = (place: PlaceFeature | undefined): Passage | undefined => {
    const [lng = 0, lat = 0] = place?.geometry.coordinates ?? [];
    const name = place && locate([lng, lat])?.properties.name;
    return name ? { country: name } : undefined;
  };
  // The lines of one route meet: where one ends in a country the next starts in, it is named once.
  const passes = withoutRepeats(lines.flatMap((line) => passagesOf(shapes, line, locate)));
  const atSea = (passage: Passage | undefined) => !passage || 'sea' in passage;
  const first = countryOf(ends.from);
  const last = countryOf(ends.to);
  if (first && atSea(passes[0])) passes.unshift(first);
  if (last && atSea(passes.at(-1))) passes.push(last);
  return passes;
}

/** A route's geography; `passes` is null without shapes to measure against. */
export function measureRoute(
  route: DrawnRoute,
  places: readonly PlaceFeature[],
  shapes: PassageShapes | undefined,
): RouteGeography {
  const lines = linesOf(route.geometry);
  const from = placeAt(places, lines[0]?.[0]);
  const to = placeAt(places, lines.at(-1)?.at(-1));
  return {
    lengthKm: routeLengthKm([route]),
    from: from?.properties.name ?? null,
    to: to?.properties.name ?? null,
    passes: shapes ? passagesBetween(shapes, lines, { from, to }) : null,
  };
}

/** Every country the routes pass through, by its English name, in every language. */
export function countryNamesOf(
  routes: readonly RouteFeature[],
  countryName: Surveyor['countryName'] | undefined,
): Record<string, Record<Language, string>> {
  const names = countriesIn(routes.flatMap((route) => route.geography.passes ?? [])).sort();
  return Object.fromEntries(
    names.map((name) => [
      name,
      Object.fromEntries(
        LANGUAGES.map((language) => [language, countryName?.(name, language) ?? name]),
      ) as Record<Language, string>,
    ]),
  );
}
