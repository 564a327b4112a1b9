/** Days as the desk's forms and preview use them. Pure. */
import { isCalendarDate, periodEnd } from '../content/dates.ts';
import { sortMilestones } from '../content/milestones.ts';
import type { Milestone, MilestoneInput } from '../content/schema.ts';

/** Whether a text is a date the calendar has, at any precision. */
export const isDate = isCalendarDate;

/** The day the preview shows for a milestone's date (the day it counts from), or null. */
export const previewDay = (date: string): string | null => (isDate(date) ? periodEnd(date) : null);

/**
 * The indices of milestones oldest first, as the panel shows them; those whose date is not a
 * date yet come last, in the file's order.
 */
export function displayOrder(milestones: readonly MilestoneInput[]): number[] {
  const dated = milestones.flatMap((milestone, index) =>
    isDate(milestone.date) ? [{ ...milestone, index } as Milestone & { index: number }] : [],
  );
  const undated = milestones.flatMap((milestone, index) => (isDate(milestone.date) ? [] : [index]));
  return [...sortMilestones(dated).map((milestone) => milestone.index), ...undated];
}
