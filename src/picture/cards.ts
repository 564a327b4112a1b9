/**
 * What an exported picture's cards says (title, legend entries, quote, credit) for a request:
 * the same words on the PNG, the SVG, the PDF and the share images. Pure, in Node and the browser.
 */

import { type Excerpt, findExcerpt } from '../content/excerpt.ts';
import {
  clampDay,
  publishersOf,
  statusesOn,
  statusMilestone,
  timespanOf,
} from '../content/milestones.ts';
import type { Article, Content, Project, Status } from '../content/schema.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { type DescriptionWords, describeMap } from '../i18n/describe.ts';
import { visibleProjects } from '../state/visibleProjects.ts';
import { type CardLayout, cardLayout } from './cardLayout.ts';
import type { PictureRequest } from './pictureRequest.ts';

/**
 * The publishers of what an image shows: the sources of the milestone that sets each listed
 * project's status on the day drawn, in the legend's order, each named once.
 */
export function shownPublishers(
  entries: readonly Pick<Project, 'milestones'>[],
  day: string,
): string[] {
  const publishers = entries.flatMap((project) => {
    const setting = statusMilestone(project.milestones, day);
    return setting ? publishersOf(setting) : [];
  });
  return [...new Set(publishers)];
}

/** What the cards shows for a request, and where: computed once, for the map and the drawing. */
export interface CardContent {
  layout: CardLayout;
  /** The projects the legend lists. */
  entries: Project[];
  /** The projects the map draws (the reader's visible ones). */
  visible: Project[];
  project: Project | undefined;
  article: Article | undefined;
  excerpt: Excerpt | null;
  /** The day whose status the routes are drawn in, and each project's status on it. */
  day: string;
  statuses: Readonly<Record<string, Status>>;
}

/** The day a picture shows the status of: the one asked for, inside the map's timespan. */
function pictureDay(request: Pick<PictureRequest, 'asOf'>, content: Content): string {
  const span = timespanOf(content.projects, content.articles);
  return request.asOf ? clampDay(request.asOf, span) : span.end;
}

/** The projects a picture draws, in words, with every route of the selected one. */
function describePicture(
  drawn: readonly Project[],
  day: string,
  selected: string | null | undefined,
  i18n: Pick<I18n, 'content'> & DescriptionWords,
): string {
  const words = { ...i18n, mapTitle: i18n.content.mapTitle };
  return describeMap(drawn, day, words, (id) => id === selected);
}

/**
 * What a picture of a request shows, in words (its alt text, see `describeMap`), without laying
 * the picture out: the export options offer it before any export.
 */
export function pictureDescription(
  request: Pick<PictureRequest, 'project' | 'hidden' | 'asOf'>,
  i18n: Pick<I18n, 'content'> & DescriptionWords,
): string {
  const { content } = i18n;
  const drawn = visibleProjects(content.projects, request.hidden);
  return describePicture(drawn, pictureDay(request, content), request.project, i18n);
}

/** The least share of a picture's height the map keeps between its bands. */
export const MIN_MAP_SHARE = 0.4;

/** The cards of a request: legend entries, title project, quote, and their layout. */
export function cardContentFor(request: PictureRequest, content: Content): CardContent {
  const visible = visibleProjects(content.projects, request.hidden);
  const project = content.projects.find((candidate) => candidate.id === request.project);
  // The newest article that mentions the project; without one, the first article of the map.
  const mention = project?.mentions[0];
  const article =
    content.articles.find((candidate) => candidate.id === mention?.article) ??
    content.articles.at(-1);
  const found = mention && article ? findExcerpt(article.text, mention.clause) : null;
  const wanted = request.callout ? found : null;
  // The legend lists every visible project where there is room; a narrow picture whose bands
  // would leave the map less than MIN_MAP_SHARE of its height lists only the selected project,
  // and then none.
  const candidates = [visible, visible.filter((p) => p.id === project?.id), []].filter(
    (list, index) => index === 0 || list.length < visible.length,
  );
  let entries = visible;
  let layout = cardLayout(request.width, request.height, entries.length, wanted !== null);
  for (const list of candidates) {
    entries = list;
    layout = cardLayout(request.width, request.height, list.length, wanted !== null);
    const room = request.height - layout.mapPadding.top - layout.mapPadding.bottom;
    if (!layout.bands || room >= MIN_MAP_SHARE * request.height) break;
  }
  // A narrow picture has no room for the quote.
  const excerpt = layout.callout.width > 0 ? wanted : null;
  const day = pictureDay(request, content);
  const statuses = statusesOn(content.projects, day);
  return { layout, entries, visible, project, article, excerpt, day, statuses };
}

/** The cards' words in the request's language. */
export interface CardTexts {
  title: string;
  subtitle: string;
  statusName: (status: Status) => string;
  /** The quoted clause, or null without a callout; its source line. */
  quote: string | null;
  quoteSource: string;
  /**
   * The credit: status date, article, sources, the day the facts were checked (the selected
   * project's, else the latest project's), map data, export date.
   */
  credit: string;
  /**
   * What the picture shows, in words (its alt text): the projects drawn, each summed up, with
   * every route of the selected one (see `describeMap`).
   */
  description: string;
}

/** The words of cards. */
export function cardTexts(
  cardContent: CardContent,
  request: Pick<PictureRequest, 'date'>,
  i18n: Pick<I18n, 'content'> & DescriptionWords,
): CardTexts {
  const { t, formatDate, content } = i18n;
  const { visible, project, article, excerpt, day } = cardContent;
  const cited = article ? `${article.publisher}, ${formatDate(article.date)}` : '';
  // The article by publisher and date; a headline only where it is confirmed.
  const headline = article?.title ? `${article.title}, ` : '';
  return {
    title: project?.name ?? content.mapTitle,
    subtitle: t('picture.namedBy', { source: cited }),
    statusName: (status) => t(`status.${status}`),
    quote: excerpt?.clause ?? null,
    quoteSource: `— ${headline}${cited}`,
    credit: [
      t('date.title', { date: formatDate(day) }),
      t('picture.credit', {
        source: cited,
        publishers: shownPublishers(visible, day).join(', '),
        // A picture of one project gives that project's day; of the map, the latest of them.
        checked: formatDate(project?.checked ?? content.factsChecked),
        data: t('map.credit'),
        date: formatDate(request.date),
      }),
    ].join(' · '),
    description: describePicture(visible, day, project?.id, i18n),
  };
}
