import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../../test/content.ts';
import { milestoneDay } from '../../content/milestones.ts';
import { createI18n } from '../../i18n/createI18n.ts';
import {
  CLOSING_SECONDS,
  GIF_FPS,
  holdSeconds,
  type MotionAsk,
  motionCues,
  OPENING_SECONDS,
  planMotion,
  VIDEO_FPS,
  webVtt,
  wordCount,
} from './motionPlan.ts';

const content = loadTestContent();
const en = createI18n(content, 'en');
const whole: MotionAsk = { project: null, visible: en.content.projects, moveCamera: false };
const fibre: MotionAsk = { ...whole, project: 'fiber-optic' };
const sources = (publishers: readonly string[]) => `Sources: ${publishers.join(', ')}`;

describe('holdSeconds', () => {
  it('holds twelve words 2.5 s, never a caption under 2 s, longer ones longer', () => {
    expect(holdSeconds(12)).toBeCloseTo(2.5);
    expect(holdSeconds(3)).toBe(2);
    expect(holdSeconds(24)).toBeGreaterThan(holdSeconds(12));
  });
});

describe('planMotion', () => {
  it("starts on the article's day, ends on the latest milestone's, and holds the still 3 s", () => {
    const plan = planMotion(en.content, whole, en, VIDEO_FPS);
    expect(plan.start).toBe('2024-01-31');
    expect(plan.end).toBe('2026-03-31');
    const first = plan.beats[0];
    expect(first).toMatchObject({ start: 0, day: '2024-01-31', date: '31 January 2024' });
    expect(first?.frames).toBe(OPENING_SECONDS * VIDEO_FPS);
    const last = plan.beats.at(-1);
    expect(last).toMatchObject({ day: '2026-03-31', date: null, caption: null });
    expect(last?.frames).toBe(CLOSING_SECONDS * VIDEO_FPS);
    expect(plan.frames).toBe((last?.start ?? 0) + (last?.frames ?? 0));
  });

  it('leaves no frame out and none twice: each beat starts where the one before ends', () => {
    const plan = planMotion(en.content, whole, en, GIF_FPS);
    plan.beats.forEach((beat, i) => {
      const before = plan.beats[i - 1];
      expect(beat.start).toBe(before ? before.start + before.frames : 0);
      expect(beat.frames).toBeGreaterThan(0);
    });
  });

  it('counts every month, and captions every milestone since the article, in order, none expected', () => {
    const plan = planMotion(en.content, whole, en, VIDEO_FPS);
    const months = plan.beats.filter(
      (beat) => !beat.caption && beat.date?.match(/^[A-Z][a-z]+ \d{4}$/),
    );
    // February 2024 to March 2026.
    expect(months.map((beat) => beat.date)).toHaveLength(26);
    expect(months[0]?.date).toBe('February 2024');
    const captions = plan.beats.flatMap((beat) => (beat.caption ? [beat] : []));
    const expected = content.projects.flatMap((project) =>
      project.milestones.filter(
        (m) => !m.expected && milestoneDay(m) >= '2024-01-31' && milestoneDay(m) <= '2026-03-31',
      ),
    );
    expect(captions).toHaveLength(expected.length);
    const days = captions.map((beat) => beat.day);
    expect(days).toEqual([...days].sort());
    for (const beat of captions) {
      expect(beat.frames).toBeGreaterThanOrEqual(
        Math.round(holdSeconds(wordCount(beat.caption?.event ?? '')) * VIDEO_FPS),
      );
    }
  });

  it("shows the fibre line's move to construction on its day, from its own source", () => {
    const plan = planMotion(en.content, fibre, en, VIDEO_FPS);
    const change = plan.beats.find((beat) => beat.caption && beat.date === '3 March 2025');
    expect(change?.day).toBe('2025-03-03');
    expect(change?.caption?.project).toBe('fiber-optic');
    expect(change?.caption?.publishers.length).toBeGreaterThan(0);
    // Only the selected project's milestones.
    expect(
      plan.beats.every((beat) => !beat.caption || beat.caption.project === 'fiber-optic'),
    ).toBe(true);
  });

  it('gives the captions in the language asked for', () => {
    const ru = createI18n(content, 'ru');
    const plan = planMotion(ru.content, { ...fibre, visible: ru.content.projects }, ru, VIDEO_FPS);
    const change = plan.beats.find((beat) => beat.day === '2025-03-03');
    expect(change?.caption?.event).toBe(
      ru.content.projects.find((p) => p.id === 'fiber-optic')?.milestones[1]?.event,
    );
    expect(change?.date).toBe(ru.formatDate('2025-03-03'));
  });

  it('follows the captions with the camera only when asked, and never for one project', () => {
    const follow = planMotion(en.content, { ...whole, moveCamera: true }, en, VIDEO_FPS);
    expect(follow.beats.filter((beat) => beat.caption).every((beat) => beat.focus !== null)).toBe(
      true,
    );
    expect(follow.beats.at(-1)?.focus).toBeNull();
    const still = planMotion(en.content, whole, en, VIDEO_FPS);
    expect(still.beats.every((beat) => beat.focus === null)).toBe(true);
    const one = planMotion(en.content, { ...fibre, moveCamera: true }, en, VIDEO_FPS);
    expect(one.beats.every((beat) => beat.focus === null)).toBe(true);
  });

  it('leaves hidden projects out of the captions', () => {
    const visible = en.content.projects.filter((project) => project.id !== 'titr');
    const plan = planMotion(en.content, { ...whole, visible }, en, VIDEO_FPS);
    expect(plan.beats.some((beat) => beat.caption?.project === 'titr')).toBe(false);
  });

  it('is the same plan for the same request', () => {
    expect(planMotion(en.content, whole, en, VIDEO_FPS)).toEqual(
      planMotion(en.content, whole, en, VIDEO_FPS),
    );
  });
});

describe('webVtt', () => {
  it('writes a cue per caption, in order, at its frames’ times', () => {
    const plan = planMotion(en.content, fibre, en, VIDEO_FPS);
    const cues = motionCues(plan, sources);
    const captions = plan.beats.filter((beat) => beat.caption);
    expect(cues).toHaveLength(captions.length);
    expect(cues[0]?.start).toBeCloseTo((captions[0]?.start ?? 0) / VIDEO_FPS);
    const vtt = webVtt(cues);
    expect(vtt.startsWith('WEBVTT\n\n1\n')).toBe(true);
    const times = [...vtt.matchAll(/^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$/gm)];
    expect(times).toHaveLength(cues.length);
    expect(vtt).toContain('3 March 2025: ');
  });

  it('writes times as hours, minutes, seconds and milliseconds', () => {
    const vtt = webVtt([{ start: 61.5, end: 3725.25, text: 'a --> b' }]);
    expect(vtt).toContain('00:01:01.500 --> 01:02:05.250');
    expect(vtt).toContain('a → b');
  });
});
