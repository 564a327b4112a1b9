/**
 * The table view's rows: one per project, with what each column shows and sorts by, on the day
 * shown. Pure: the table and the phone's cards both render these rows.
 */

import { latestMilestone, milestoneDay, statusMilestone } from '../content/milestones.ts';
import { distinct, summarizeRoutes } from '../content/routeSummary.ts';
import type { Milestone, Project, Source } from '../content/schema.ts';
import { STATUSES, type Status } from '../content/vocabulary.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { kindList } from '../i18n/describe.ts';

/** The table's columns, in order. */
export const COLUMNS = [
  'name',
  'kinds',
  'countries',
  'length',
  'status',
  'milestone',
  'sources',
  'checked',
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
  /** The day the project's facts were last checked against their sources (`YYYY-MM-DD`). */
  checked: string;
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
    const sources = distinct(
      [...(setting?.sources ?? []), ...(milestone?.sources ?? [])],
      (source) => source.url,
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
      checked: project.checked,
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
    case 'checked':
      return row.checked;
  }
}

/**
 * The rows sorted by a column, in the reader's language's order; rows with nothing to sort by
 * (a length not measured) last, and ties kept in the legend's order (the sort is stable).
 */
export function sortRows(
  rows: readonly ProjectRow[],
  column: Column,
  direction: Direction,
  language: string,
): ProjectRow[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((rowA, rowB) => {
    const a = sortKey(rowA, column);
    const b = sortKey(rowB, column);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return (
      sign *
      (typeof a === 'number' && typeof b === 'number'
        ? a - b
        : collator.compare(String(a), String(b)))
    );
  });
}
