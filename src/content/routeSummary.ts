/**
 * A project's routes summed up from the build's measurements (`RouteFeature.geography`): the
 * kinds of line, the countries and seas in the order the routes meet them, and the length drawn.
 * Pure and language-free: the descriptions, the table and the downloads all read it.
 */
import type { Passage, Project, RouteFeature } from './schema.ts';
import type { RouteKind } from './vocabulary.ts';

export interface RouteSummary {
  /** The kinds of line drawn, in the order of the routes. */
  kinds: RouteKind[];
  /** Countries and seas, each once, in the order the routes (in their file order) first meet them. */
  passes: Passage[];
  /** The countries of `passes` (Natural Earth's English names). */
  countries: string[];
  /**
   * The main routes' length as drawn, added up, in km; null where the project does not measure
   * its lines (a schematic link's length would read as a published figure).
   */
  lengthKm: number | null;
  /** How many main routes `lengthKm` adds up (alternatives left out). */
  mainLines: number;
}

/** A passage as one key: the same country or sea twice gives the same key. */
export const passageKey = (passage: Passage) =>
  'country' in passage ? `country:${passage.country}` : `sea:${passage.sea}`;

/** Each item once (the same `key`, by default itself), in the order first met. */
export function distinct<T>(items: readonly T[], key: (item: T) => unknown = (item) => item): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The countries among passages, each once, in the order first met. */
export function countriesIn(passes: readonly Passage[]): string[] {
  return distinct(passes.flatMap((passage) => ('country' in passage ? [passage.country] : [])));
}

/** The length of one route as drawn, or null where its project does not measure its lines. */
export function legLengthKm(project: Pick<Project, 'measureDrawnLength'>, route: RouteFeature) {
  return project.measureDrawnLength ? route.geography.lengthKm : null;
}

/** A project's routes summed up. */
export function summarizeRoutes(
  project: Pick<Project, 'routes' | 'measureDrawnLength'>,
): RouteSummary {
  const passes = distinct(
    project.routes.flatMap((route) => route.geography.passes ?? []),
    passageKey,
  );
  const main = project.routes.filter((route) => route.properties.role === 'main');
  return {
    kinds: distinct(project.routes.map((route) => route.properties.kind)),
    passes,
    countries: countriesIn(passes),
    lengthKm: project.measureDrawnLength
      ? main.reduce((sum, route) => sum + route.geography.lengthKm, 0)
      : null,
    mainLines: main.length,
  };
}
