/**
 * The routes in words, generated from the data, never typed: for each leg its kind, the places
 * it starts and ends at, its length as drawn, the countries and seas it passes through in order
 * and how sure the line is; for the project its status on the day shown. The panel shows these
 * texts, the map's text summary reads them, and every export carries them as its description.
 */

import { statusOn } from '../content/milestones.ts';
import { legLengthKm, summarizeRoutes } from '../content/routeSummary.ts';
import type { Milestone, Passage, Project, RouteFeature } from '../content/schema.ts';
import type { RouteKind } from '../content/vocabulary.ts';
import type { I18n } from './createI18n.ts';

/** What the descriptions need of the reader's language. */
export type DescriptionWords = Pick<
  I18n,
  't' | 'formatKm' | 'formatDate' | 'formatList' | 'placeName' | 'countryName' | 'language'
>;

export interface ProjectDescription {
  /** Kinds, length and countries of the whole project, as a sentence. */
  overview: string;
  /** One sentence per route, in the order of the data. */
  legs: string[];
  /** Each route's sentence without its kind and ends, for a list that names the routes. */
  legDetails: string[];
  /** The name, the status, the overview and every leg: what an export or a screen reader gets. */
  text: string;
}

/** A country or sea as a description names it. */
function passageName(passage: Passage, words: DescriptionWords): string {
  return 'country' in passage
    ? words.countryName(passage.country)
    : words.t('describe.sea', { sea: words.placeName(passage.sea) });
}

/**
 * "through Kazakhstan, the Caspian Sea and Azerbaijan", or "within Kazakhstan"; languages that
 * say "the countries and seas on the way" say "the countries" where there is no sea. Nothing
 * where the route was not measured against country shapes.
 */
function passesPhrase(passes: readonly Passage[], words: DescriptionWords): string {
  if (passes.length === 0) return '';
  const [only] = passes;
  if (passes.length === 1 && only && 'country' in only) {
    return words.t('describe.within', { country: passageName(only, words) });
  }
  const list = words.formatList(passes.map((passage) => passageName(passage, words)));
  const overLand = passes.every((passage) => 'country' in passage);
  return words.t(overLand ? 'describe.passesLand' : 'describe.passes', { list });
}

/** The kinds of line drawn, as "Rail and ferry": only the first with a capital. */
export function kindList(
  kinds: readonly RouteKind[],
  words: Pick<DescriptionWords, 't' | 'formatList' | 'language'>,
): string {
  const names = kinds.map((kind, index) => {
    const name = kind === 'flow' ? words.t('describe.flow') : words.t(`kind.${kind}`);
    return index === 0 ? name : name.toLocaleLowerCase(words.language);
  });
  return words.formatList(names);
}

/** "Dostyk – Shalkar", "from Baku port (Alat)", "to Baku port (Alat)" or nothing. */
function endsPhrase(route: RouteFeature, words: DescriptionWords): string {
  const { from, to } = route.geography;
  if (from && to) {
    return words.t('describe.ends', { from: words.placeName(from), to: words.placeName(to) });
  }
  if (from) return words.t('describe.from', { place: words.placeName(from) });
  if (to) return words.t('describe.to', { place: words.placeName(to) });
  return '';
}

/** Clauses joined as every language here joins them: by semicolons, with a full stop. */
const sentence = (clauses: readonly string[]) => `${clauses.filter(Boolean).join('; ')}.`;

/**
 * What is known of one route beyond its name: "about 500 km as drawn, indicative only; through
 * Kazakhstan, the Caspian Sea and Azerbaijan." The panel shows it after the route's name.
 */
export function describeLegDetail(
  project: Project,
  route: RouteFeature,
  words: DescriptionWords,
): string {
  const { t, formatKm } = words;
  const km = legLengthKm(project, route);
  return sentence([
    t('describe.legDetail', {
      length: km === null ? t('describe.unmeasured') : t('panel.asDrawn', { length: formatKm(km) }),
      certainty: t(`certainty.${route.properties.certainty}`),
    }),
    passesPhrase(route.geography.passes ?? [], words),
  ]);
}

/** "Rail Dostyk – Shalkar", "Seabed cable Aktau – Siyazan (alternative)", "Trade flow". */
function legHead(route: RouteFeature, words: DescriptionWords): string {
  const ends = [
    endsPhrase(route, words),
    route.properties.role === 'alternative' ? words.t('panel.alternative') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const kind = kindList([route.properties.kind], words);
  return ends ? words.t('describe.leg', { kind, ends }) : kind;
}

/** One route in a sentence: its kind and ends, then its detail (see `describeLegDetail`). */
export function describeLeg(
  project: Project,
  route: RouteFeature,
  words: DescriptionWords,
): string {
  return `${legHead(route, words)}: ${describeLegDetail(project, route, words)}`;
}

/** The kinds, length as drawn and countries of a project's routes, as a sentence (any day). */
export function describeOverview(project: Project, words: DescriptionWords): string {
  const { t, formatKm } = words;
  const routes = summarizeRoutes(project);
  const length =
    routes.lengthKm === null
      ? t('describe.unmeasured')
      : routes.mainLines > 1
        ? t('describe.total', { length: formatKm(routes.lengthKm) })
        : t('panel.asDrawn', { length: formatKm(routes.lengthKm) });
  const passes = passesPhrase(routes.passes, words);
  const overview = t('describe.overview', { kinds: kindList(routes.kinds, words), length });
  return passes ? `${overview}, ${passes}.` : `${overview}.`;
}

/**
 * What a timeline says after an expected milestone's date: "expected", or "expected; not
 * confirmed as of 1 December 2026" for one whose day passed with no source confirming it. Null
 * for a milestone that is not expected.
 */
export function expectedNote(
  milestone: Pick<Milestone, 'expected' | 'notConfirmedAsOf'>,
  words: Pick<DescriptionWords, 't' | 'formatDate'>,
): string | null {
  if (!milestone.expected) return null;
  const { notConfirmedAsOf } = milestone;
  return notConfirmedAsOf
    ? words.t('panel.notConfirmed', { date: words.formatDate(notConfirmedAsOf) })
    : words.t('panel.expected');
}

/** "Status on 4 March 2026: Operating", without a full stop. */
function statusSentence(project: Project, day: string, words: DescriptionWords): string {
  const { t, formatDate } = words;
  const status = statusOn(project.milestones, day);
  return status
    ? t('panel.status', { date: formatDate(day), status: t(`status.${status}`) })
    : t('describe.noStatus', { date: formatDate(day) });
}

/** The name, the status on `day` and the overview of a project. */
function briefOf(
  project: Project,
  day: string,
  words: DescriptionWords,
  overview?: string,
): string {
  const status = statusSentence(project, day, words);
  return `${project.name}. ${status}. ${overview ?? describeOverview(project, words)}`;
}

/** A project's routes and status on `day` (`YYYY-MM-DD`), in the reader's language. */
export function describeProject(
  project: Project,
  day: string,
  words: DescriptionWords,
): ProjectDescription {
  const overview = describeOverview(project, words);
  const legDetails = project.routes.map((route) => describeLegDetail(project, route, words));
  const legs = project.routes.map(
    (route, index) => `${legHead(route, words)}: ${legDetails[index]}`,
  );
  return {
    overview,
    legs,
    legDetails,
    text: [briefOf(project, day, words, overview), ...legs].join(' '),
  };
}

/**
 * What a picture of the map shows, in words: its title, then each project drawn, with every
 * route of those `detailed` (the selected one) and the summary of the others.
 */
export function describeMap(
  projects: readonly Project[],
  day: string,
  words: DescriptionWords & { mapTitle: string },
  detailed: (id: string) => boolean = () => true,
): string {
  const described = projects.map((project) =>
    detailed(project.id) ? describeProject(project, day, words).text : briefOf(project, day, words),
  );
  const title = words.t('map.label', { title: words.mapTitle });
  return [`${title}.`, ...described].join(' ');
}
