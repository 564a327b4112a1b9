/**
 * What became of each project: its milestones in order, and its status on a given day. Pure; the
 * data check (`validate.ts`), the map's style and the panel all read the status from here.
 */
import { type Precision, periodEnd, precisionOf } from './dates.ts';
import type { Article, Milestone, Project } from './schema.ts';
import type { Status } from './vocabulary.ts';

/** Finer dates first among milestones of one day: the day's events before the month's total. */
const PRECISION_RANK: Readonly<Record<Precision, number>> = { day: 3, month: 2, year: 1 };

/**
 * The publishers of a milestone's sources as a credit or caption names them, each once: without
 * the "(via …)" or "(reprinting …)" that follows a name.
 */
export function publishersOf(milestone: Pick<Milestone, 'sources'>): string[] {
  const names = milestone.sources.map((source) => source.publisher.replace(/\s*\(.*\)$/, ''));
  return [...new Set(names)];
}

/** A milestone's day: the last day of the period its date names (see `periodEnd`). */
export const milestoneDay = (milestone: Milestone) => periodEnd(milestone.date);

/**
 * Milestones oldest first, by the day each counts from; a coarser date (a yearly total) comes
 * after the precise events of the same day. Stable otherwise: the file's order breaks ties.
 */
export function sortMilestones<T extends Milestone>(milestones: readonly T[]): T[] {
  const rank = (milestone: Milestone) => PRECISION_RANK[precisionOf(milestone.date)];
  return [...milestones].sort((a, b) => {
    const byDay = milestoneDay(a).localeCompare(milestoneDay(b));
    return byDay !== 0 ? byDay : rank(b) - rank(a);
  });
}

/**
 * Whether an expected milestone's day had passed when the facts were checked (`checked`) and no
 * one has resolved it since: the check refuses it until it happened, slipped, or is marked not
 * confirmed as of that day.
 */
export function unresolvedOn(
  milestone: Pick<Milestone, 'date' | 'notConfirmedAsOf'> & { expected?: boolean },
  checked: string,
): boolean {
  return (
    milestone.expected === true &&
    periodEnd(milestone.date) < checked &&
    milestone.notConfirmedAsOf !== checked
  );
}

/** Whether a milestone had happened by a day (`YYYY-MM-DD`); expected ones never have. */
export function happenedBy(milestone: Milestone, day: string): boolean {
  return !milestone.expected && milestoneDay(milestone) <= day;
}

/** The milestone that sets a project's status on a day: its latest with a status by then. */
export function statusMilestone<T extends Milestone>(
  milestones: readonly T[],
  day: string,
): T | null {
  let setting: T | null = null;
  for (const milestone of sortMilestones(milestones)) {
    if (milestone.status && happenedBy(milestone, day)) setting = milestone;
  }
  return setting;
}

/** The latest milestone that had happened by `day`, or null. */
export function latestMilestone<T extends Milestone>(
  milestones: readonly T[],
  day: string,
): T | null {
  return sortMilestones(milestones).findLast((milestone) => happenedBy(milestone, day)) ?? null;
}

/** A project's status on a day: that of its latest milestone with a status by then, or null. */
export function statusOn(milestones: readonly Milestone[], day: string): Status | null {
  return statusMilestone(milestones, day)?.status ?? null;
}

/** Every project's status on a day, by id; a project without one yet is left out. */
export function statusesOn(projects: readonly Project[], day: string): Record<string, Status> {
  const statuses: Record<string, Status> = {};
  for (const project of projects) {
    const status = statusOn(project.milestones, day);
    if (status) statuses[project.id] = status;
  }
  return statuses;
}

/** The days the date control spans: from the first article to the latest milestone. */
export interface Timespan {
  /** The oldest article's date, where the map's story starts. */
  start: string;
  /** The latest milestone that has happened (expected ones excluded), never before `start`. */
  end: string;
}

/** The timespan of the content: the oldest article's date to the latest milestone's day. */
export function timespanOf(
  projects: readonly Pick<Project, 'milestones'>[],
  articles: readonly Pick<Article, 'date'>[],
): Timespan {
  const start = articles.map((article) => article.date).sort()[0] ?? '';
  const days = projects.flatMap((project) =>
    project.milestones.filter((milestone) => !milestone.expected).map(milestoneDay),
  );
  const end = [start, ...days].sort().at(-1) ?? start;
  return { start, end };
}

/** A day brought inside the span. */
export function clampDay(day: string, span: Timespan): string {
  return day < span.start ? span.start : day > span.end ? span.end : day;
}

/** Every project's status as of the latest milestone: what the map shows by default. */
export function latestStatuses(
  projects: readonly Project[],
  articles: readonly Pick<Article, 'date'>[],
): Record<string, Status> {
  return statusesOn(projects, timespanOf(projects, articles).end);
}
