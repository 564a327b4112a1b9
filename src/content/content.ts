/** The checked content the app was built with (see `scripts/lib/contentPlugin.ts`). */
import checked from 'virtual:content';
import { clampDay, statusesOn, type Timespan, timespanOf } from './milestones.ts';
import type { Article, Content, Project, Status } from './schema.ts';

const content = checked as Content;
export default content;

/** The project with this id, or undefined. */
export function projectById(id: string | null): Project | undefined {
  return id === null ? undefined : content.projects.find((project) => project.id === id);
}

/** The article with this id, or undefined. */
export function articleById(id: string): Article | undefined {
  return content.articles.find((article) => article.id === id);
}

/** Ids of every project, in legend order. */
export const projectIds: readonly string[] = content.projects.map((project) => project.id);

/** The days the date control spans: from the first article to the latest milestone. */
export const timespan: Timespan = timespanOf(content.projects, content.articles);

/**
 * The day to remember for a day asked for (by a link or the date control): brought inside the
 * timespan, and null (the latest milestone, which the URL leaves out) for the latest.
 */
export function asOfFor(day: string | null): string | null {
  if (day === null) return null;
  const inside = clampDay(day, timespan);
  return inside === timespan.end ? null : inside;
}

/** The day whose status is shown: a chosen day brought inside the timespan; null for the latest. */
export function dayShown(asOf: string | null): string {
  return asOf === null ? timespan.end : clampDay(asOf, timespan);
}

/** Every project's status on the day shown (see `dayShown`). */
export function statusesAsOf(
  projects: readonly Project[],
  asOf: string | null,
): Record<string, Status> {
  return statusesOn(projects, dayShown(asOf));
}
