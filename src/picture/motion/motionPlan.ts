/**
 * The story in motion, planned: from the article's day (or the subject's first milestone, where
 * that comes later) to the latest milestone, the months counted one by one, each milestone held
 * as a caption long enough to read, and a still of the latest day at the end. Every frame of a
 * video or GIF is drawn from this plan, so the same request always gives the same frames. Pure.
 */
import {
  milestoneDay,
  publishersOf,
  sortMilestones,
  timespanOf,
} from '../../content/milestones.ts';
import type { Content, Milestone, Project } from '../../content/schema.ts';
import type { I18n } from '../../i18n/createI18n.ts';

/** Frames a second of video, and of a GIF (whose delays count hundredths: 8 of them a frame). */
export const VIDEO_FPS = 30;
export const GIF_FPS = 12.5;

/** How long the opening day, each month counted, and the closing still are held, in seconds. */
export const OPENING_SECONDS = 1.5;
export const MONTH_SECONDS = 0.2;
export const CLOSING_SECONDS = 3;

/**
 * How long a caption of `words` words is held: half a second to notice it, then six words a
 * second (a slow reading pace, for a caption beside a moving map), never under 2 s. Twelve words
 * take 2.5 s.
 */
export function holdSeconds(words: number): number {
  return Math.max(2, 0.5 + words / 6);
}

/** The words of a text, as a reader counts them. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A milestone shown as a caption: its project, date, event and sources, in the plan's language. */
export interface Caption {
  project: string;
  event: string;
  /** The publishers of its sources, each once. */
  publishers: string[];
}

/** A stretch of frames that show one thing: a day's statuses, a date, maybe a caption. */
export interface Beat {
  /** Its first frame, counted from 0, and how many frames it lasts. */
  start: number;
  frames: number;
  /** The day whose statuses the map and legend show. */
  day: string;
  /**
   * The date card: a caption's milestone date as precise as its source gives it ("3 March 2025",
   * "2025"), else the day or month counted; null on the closing still, the latest day's picture.
   */
  date: string | null;
  caption: Caption | null;
  /** The project the camera moves to, when the request asks it to follow the captions. */
  focus: string | null;
}

export interface MotionPlan {
  fps: number;
  /** Frames in all, and the length in seconds. */
  frames: number;
  seconds: number;
  /** The first and last day shown. */
  start: string;
  end: string;
  beats: Beat[];
}

/** What the plan needs of the request. */
export interface MotionAsk {
  project: string | null;
  /** The projects the picture draws (the reader's visible ones), in legend order. */
  visible: readonly Project[];
  /** Whether the camera moves to the project of each caption (never for a selected project). */
  moveCamera: boolean;
}

/** What the plan needs of the language: its dates. */
export interface MotionWords {
  formatDate: (isoDate: string) => string;
}

/** `YYYY-MM` of a day, and the first day of the month after. */
const monthOf = (day: string) => day.slice(0, 7);
function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** The projects a request's motion picture is about: the selected one, else every visible one. */
function subjectOf(ask: MotionAsk): readonly Project[] {
  return ask.project ? ask.visible.filter((project) => project.id === ask.project) : ask.visible;
}

interface Dated {
  project: Project;
  milestone: Milestone;
  day: string;
}

/** The subject's milestones that happened from `start` to `end`, oldest first (legend order breaks ties). */
function milestonesBetween(subject: readonly Project[], start: string, end: string): Dated[] {
  const all = subject.flatMap((project) =>
    project.milestones
      .filter((milestone) => !milestone.expected)
      .map((milestone) => ({ ...milestone, project, milestone })),
  );
  return sortMilestones(all)
    .map(({ project, milestone }) => ({ project, milestone, day: milestoneDay(milestone) }))
    .filter(({ day }) => day >= start && day <= end);
}

/** The first day the story shows: the article's, or the subject's first milestone if later. */
function startDay(subject: readonly Project[], articleDay: string): string {
  const first = subject
    .flatMap((project) => project.milestones.filter((m) => !m.expected).map(milestoneDay))
    .sort()[0];
  return first !== undefined && first > articleDay ? first : articleDay;
}

/**
 * The plan of a motion picture of `content` (in the language of `words`) at `fps` frames a
 * second. Months with nothing in them pass at MONTH_SECONDS each; a month's milestones follow its
 * count, each held for `holdSeconds` of its words.
 */
export function planMotion(
  content: Pick<Content, 'projects' | 'articles'>,
  ask: MotionAsk,
  words: MotionWords,
  fps: number,
): MotionPlan {
  const span = timespanOf(content.projects, content.articles);
  const subject = subjectOf(ask);
  const start = startDay(subject, span.start);
  const end = [start, span.end].sort().at(-1) ?? start;
  const dated = milestonesBetween(subject, start, end);
  const follow = ask.moveCamera && ask.project === null;

  const beats: Beat[] = [];
  let frame = 0;
  const add = (seconds: number, beat: Omit<Beat, 'start' | 'frames'>) => {
    const frames = Math.max(1, Math.round(seconds * fps));
    beats.push({ ...beat, start: frame, frames });
    frame += frames;
  };
  const captionBeat = ({ project, milestone, day }: Dated) =>
    add(holdSeconds(wordCount(milestone.event)), {
      day,
      date: words.formatDate(milestone.date),
      caption: {
        project: project.id,
        event: milestone.event,
        publishers: publishersOf(milestone),
      },
      focus: follow ? project.id : null,
    });

  add(OPENING_SECONDS, { day: start, date: words.formatDate(start), caption: null, focus: null });
  let next = 0;
  // The opening month's own milestones, after the opening day.
  while (next < dated.length && monthOf(dated[next]?.day ?? '') === monthOf(start)) {
    captionBeat(dated[next++] as Dated);
  }
  for (let month = nextMonth(monthOf(start)); month <= monthOf(end); month = nextMonth(month)) {
    const first = `${month}-01`;
    add(MONTH_SECONDS, { day: first, date: words.formatDate(month), caption: null, focus: null });
    while (next < dated.length && monthOf(dated[next]?.day ?? '') === month) {
      captionBeat(dated[next++] as Dated);
    }
  }
  add(CLOSING_SECONDS, { day: end, date: null, caption: null, focus: null });
  return { fps, frames: frame, seconds: frame / fps, start, end, beats };
}

/** One cue of the captions file: its times in seconds and its text. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** The captions of a plan as cues: each milestone's date, event and sources, in its frames' time. */
export function motionCues(
  plan: MotionPlan,
  sourcesLabel: (publishers: readonly string[]) => string,
): Cue[] {
  return plan.beats.flatMap((beat) =>
    beat.caption
      ? [
          {
            start: beat.start / plan.fps,
            end: (beat.start + beat.frames) / plan.fps,
            text: `${beat.date}: ${beat.caption.event}\n${sourcesLabel(beat.caption.publishers)}`,
          },
        ]
      : [],
  );
}

/** `hh:mm:ss.ttt`, as WebVTT writes a time. */
function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT file of the cues. "-->" cannot occur in a cue's text. */
export function webVtt(cues: readonly Cue[]): string {
  const body = cues.map(
    (cue, i) =>
      `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${cue.text.replaceAll('-->', '→')}`,
  );
  return ['WEBVTT', ...body].join('\n\n').concat('\n');
}

/** The captions a plan shows. */
export const captionCount = (plan: MotionPlan) => plan.beats.filter((beat) => beat.caption).length;

/**
 * What a motion picture shows, in words (its alt text): its days, its captions, and the still it
 * ends on, described as the still picture is (`still`).
 */
export function describeMotion(
  plan: MotionPlan,
  still: string,
  i18n: Pick<I18n, 't' | 'formatDate'>,
): string {
  return i18n.t('export.motionAlt', {
    start: i18n.formatDate(plan.start),
    end: i18n.formatDate(plan.end),
    count: captionCount(plan),
    still,
  });
}
