/**
 * What a drawn line passes through, in order: countries, and the seas between them. Pure: the
 * country shapes and sea names are given (the build gives the basemap's own, see
 * `scripts/lib/basemapCountries.ts`), so it can be tested against any borders.
 */
import type { Position } from 'geojson';
import {
  type CountryFeature,
  type CountryLocator,
  countryLocator,
  densify,
} from '../geo/countriesCrossed.ts';
import { lineKm } from '../geo/flowLine.ts';
import { passageKey } from './routeSummary.ts';
import type { Passage } from './schema.ts';

/** A named sea and where the basemap writes its name. */
export interface SeaAnchor {
  name: string;
  at: readonly [number, number];
}

export interface PassageShapes {
  countries: readonly CountryFeature[];
  seas: readonly SeaAnchor[];
}

/** How far apart the points tested along a line are (km). */
export const PASSAGE_STEP_KM = 0.5;

/**
 * A stretch shorter than this (km) is not named: Natural Earth's borders and coasts are drawn for
 * 1:10 million, a few km off the ground, so a line drawn along a coast, or to a station at a
 * border (the railway to the Turkish border at Kartsakhi ends 2.5 km inside Natural Earth's
 * Türkiye), would otherwise "cross" a sea or a country it does not.
 */
export const MIN_PASSAGE_KM = 5;

/** The sea whose name the basemap writes nearest to a point. */
function nearestSea(seas: readonly SeaAnchor[], point: Position): string | undefined {
  let best: { name: string; km: number } | undefined;
  for (const sea of seas) {
    const km = lineKm([point, [...sea.at]]);
    if (!best || km < best.km) best = { name: sea.name, km };
  }
  return best?.name;
}

interface Run {
  country: string | null;
  points: Position[];
}

/**
 * The countries a line passes through and the seas between them, in the order it meets them; a
 * country left and entered again is named again. Points outside every country are at sea, named
 * after the nearest sea on the basemap. Stretches shorter than `MIN_PASSAGE_KM` are left out (see
 * there), except the line's only stretch and the country a line starts or ends in where it goes
 * to sea from there, however little of that country the line crosses (a ferry leaving a port).
 */
export function passagesOf(
  shapes: PassageShapes,
  line: readonly Position[],
  locate: CountryLocator = countryLocator(shapes.countries),
): Passage[] {
  const runs: Run[] = [];
  for (const point of densify(line, PASSAGE_STEP_KM)) {
    const country = locate(point)?.properties.name ?? null;
    const run = runs.at(-1);
    if (run && run.country === country) run.points.push(point);
    else runs.push({ country, points: [point] });
  }
  const atSea = (run: Run | undefined) => run !== undefined && run.country === null;
  const long = runs.filter(
    (run, index) =>
      (run.points.length - 1) * PASSAGE_STEP_KM >= MIN_PASSAGE_KM ||
      runs.length === 1 ||
      (run.country !== null &&
        ((index === 0 && atSea(runs[1])) || (index === runs.length - 1 && atSea(runs[index - 1])))),
  );
  return withoutRepeats(
    long.flatMap((run): Passage[] => {
      if (run.country !== null) return [{ country: run.country }];
      const middle = run.points[Math.floor(run.points.length / 2)] ?? [0, 0];
      const sea = nearestSea(shapes.seas, middle);
      return sea ? [{ sea }] : [];
    }),
  );
}

/** Passages with each one met again straight after itself left out (a short stretch between). */
export function withoutRepeats(passages: readonly Passage[]): Passage[] {
  return passages.filter(
    (passage, index) =>
      index === 0 || passageKey(passages[index - 1] as Passage) !== passageKey(passage),
  );
}
