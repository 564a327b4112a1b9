/**
 * Story steps: a host page's paragraph (or its own script) tells the map which step of the story
 * the reader has reached. A step is the whole state it shows: a project (else none), a date (else
 * the latest), a view (else the project fitted, else the whole map) and the visible projects
 * (else all), so that scrolling back to a step shows it exactly as before. Pure.
 */
import { isCalendarDate, PARTIAL_DATE, periodEnd } from '../content/dates.ts';
import { statusOn } from '../content/milestones.ts';
import type { I18n } from '../i18n/createI18n.ts';
import type { CameraRequest } from '../state/store.ts';
import { type MapView, parseView } from '../state/url.ts';

export interface StoryStep {
  project: string | null;
  /** As written: a day, a month or a year (`2017-10-30`, `2022-11`, `2025`); it shows its end. */
  date: string | null;
  view: MapView | null;
  /** The projects shown; null for all. */
  visible: string[] | null;
}

const STEP_KEYS = ['project', 'date', 'view', 'visible'];

/**
 * A step as a host wrote it (`{"project":"titr","date":"2017-10-30","view":"5/41.5/47"}`), or
 * null when anything in it is unknown or malformed, or it selects a project it hides: such a step
 * is ignored whole.
 */
export function parseStep(raw: unknown, projects: readonly string[]): StoryStep | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (!Object.keys(record).every((key) => STEP_KEYS.includes(key))) return null;
  const { project, date, view, visible } = record;
  if (project !== undefined && (typeof project !== 'string' || !projects.includes(project))) {
    return null;
  }
  if (
    date !== undefined &&
    (typeof date !== 'string' || !PARTIAL_DATE.test(date) || !isCalendarDate(date))
  ) {
    return null;
  }
  const parsedView = typeof view === 'string' ? parseView(view) : null;
  if (view !== undefined && !parsedView) return null;
  if (
    visible !== undefined &&
    (!Array.isArray(visible) ||
      !visible.every((id) => typeof id === 'string' && projects.includes(id)))
  ) {
    return null;
  }
  const shown = visible === undefined ? null : [...new Set(visible as string[])];
  if (typeof project === 'string' && shown && !shown.includes(project)) return null;
  return {
    project: typeof project === 'string' ? project : null,
    date: typeof date === 'string' ? date : null,
    view: parsedView,
    visible: shown,
  };
}

/** What the map's state becomes at a step. */
export interface StepState {
  selected: string | null;
  hidden: string[];
  asOf: string | null;
  camera: CameraRequest;
}

export function stepState(step: StoryStep, projects: readonly string[]): StepState {
  const { visible } = step;
  return {
    selected: step.project,
    hidden: visible ? projects.filter((id) => !visible.includes(id)) : [],
    asOf: step.date ? periodEnd(step.date) : null,
    camera: step.view
      ? { view: step.view, animate: true }
      : step.project
        ? { project: step.project, animate: true }
        : { region: true, animate: true },
  };
}

/**
 * What a screen reader hears when a step is reached: what changed, once, e.g. "Middle Corridor,
 * 30 October 2017: Operating".
 */
export function stepNarration(
  step: StoryStep,
  i18n: Pick<I18n, 't' | 'content' | 'formatDate'>,
): string {
  const { t, content, formatDate } = i18n;
  const project = content.projects.find((candidate) => candidate.id === step.project);
  const date = step.date ? formatDate(step.date) : null;
  if (!project) return date ? t('announce.stepMapOn', { date }) : t('announce.stepMap');
  const day = step.date ? periodEnd(step.date) : '9999-12-31';
  const status = statusOn(project.milestones, day);
  const name = project.shortName;
  if (!status) return date ? `${name}, ${date}` : name;
  const words = { name, status: t(`status.${status}`) };
  return date ? t('announce.step', { ...words, date }) : t('announce.stepLatest', words);
}
