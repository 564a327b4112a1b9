/**
 * The table view's rows: one per project, with what each column shows and sorts by, on the day
 * shown. Pure: the table and the phone's cards both render these rows.
 */
import { kindList } from '../content/describe';
import { latestMilestone, milestoneDay, statusMilestone } from '../content/milestones';
import { summarizeRoutes } from '../content/routeSummary';
import type { Milestone, Project, Source } from '../content/schema';
import { STATUSES, type Status } from '../content/vocabulary';
import type { I18n } from '../i18n/i18nOf';

/** The table's columns, in order. */
export const COLUMNS = [
  'name',
  'kinds',
  'countries',
  'length',
  'status',
  'milestone',
  'sources',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

export interface ProjectRow {
  id: string;
  name: string;
  /** The kinds of line drawn, as a list in the reader's language. */
  kinds: string;
  /** The countries crossed, in order, in the reader's language. */
  countries: string;
  /** The main lines' length as drawn (km), or null where the project does not measure it. */
  lengthKm: number | null;
  /** How many lines `lengthKm` adds up. */
  mainLines: number;
  status: Status | null;
  /** The latest milestone by the day shown. */
  milestone: Milestone | null;
  /** The sources of what the row says: the milestone setting the status, then the latest one. */
  sources: Source[];
}

/** The rows of `projects` (already in the reader's language) on `day`. */
export function projectRows(
  projects: readonly Project[],
  day: string,
  i18n: Pick<I18n, 't' | 'formatList' | 'countryName' | 'language'>,
): ProjectRow[] {
  const { formatList, countryName } = i18n;
  return projects.map((project) => {
    const routes = summarizeRoutes(project);
    const setting = statusMilestone(project.milestones, day);
    const milestone = latestMilestone(project.milestones, day);
    const sources = [...(setting?.sources ?? []), ...(milestone?.sources ?? [])].filter(
      (source, index, all) => all.findIndex((other) => other.url === source.url) === index,
    );
    return {
      id: project.id,
      name: project.name,
      kinds: kindList(routes.kinds, i18n),
      countries: formatList(routes.countries.map(countryName)),
      lengthKm: routes.lengthKm,
      mainLines: routes.mainLines,
      status: setting?.status ?? null,
      milestone,
      sources,
    };
  });
}

type SortKey = string | number | null;

/** What a column sorts by; null sorts last whichever the direction. */
function sortKey(row: ProjectRow, column: Column): SortKey {
  switch (column) {
    case 'name':
      return row.name;
    case 'kinds':
      return row.kinds;
    case 'countries':
      return row.countries;
    case 'length':
      return row.lengthKm;
    case 'status':
      return row.status === null ? null : STATUSES.indexOf(row.status);
    case 'milestone':
      return row.milestone ? milestoneDay(row.milestone) : null;
    case 'sources':
      return row.sources[0]?.publisher ?? null;
  }
}

/**
 * The rows sorted by a column, in the reader's language's order; rows with nothing to sort by
 * (a length not measured) last, and ties kept in the legend's order.
 */
export function sortRows(
  rows: readonly ProjectRow[],
  column: Column,
  direction: Direction,
  language: string,
): ProjectRow[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: sortKey(row, column) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      }
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map(({ row }) => row);
}
