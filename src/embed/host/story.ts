/**
 * The host page's side of story mode: paragraphs marked `data-trans-caspian-step='{…}'` are the
 * story's steps. The step whose top has passed the middle of what the reader sees of the page is
 * the current one (none above the first), and every map on the page is told when that changes, and again when a
 * map (re)loads, so that a reload in the middle of the story opens at the step in view. The map
 * checks each step; this script only reads the page and posts.
 */
import { parseEmbedEvent } from '../messages.ts';

export const STEP_ATTRIBUTE = 'data-trans-caspian-step';

/** A map on the page that can be told a step. */
export interface StoryTarget {
  frame: HTMLIFrameElement;
  tell: (step: unknown) => void;
}

/**
 * The line a step's top must pass to be current: the middle of what the reader sees of the page,
 * below any map that sticks across the top of the screen (as on a phone) and covers part of it.
 */
export function readingLine(
  viewport: { width: number; height: number },
  maps: readonly { top: number; bottom: number; width: number }[],
): number {
  let covered = 0;
  for (const { top, bottom, width } of maps) {
    // Across the screen, at its top, and leaving room below: a map over the text, not beside it.
    const over = width >= viewport.width * 0.6 && top <= 1 && bottom < viewport.height * 0.8;
    if (over && bottom > covered) covered = bottom;
  }
  return covered + (viewport.height - covered) / 2;
}

/** The index of the current step: the last whose top is at or above `line`, or -1. */
export function currentStepIndex(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}

/** A step's JSON as written, or undefined where it is not JSON (the map ignores such a step). */
function stepOf(element: Element): unknown {
  try {
    return JSON.parse(element.getAttribute(STEP_ATTRIBUTE) ?? '');
  } catch {
    return undefined;
  }
}

/** Watches the page's steps and tells the maps `targets()` lists; does nothing without steps. */
export function watchStory(targets: () => StoryTarget[]): void {
  const steps = [...document.querySelectorAll(`[${STEP_ATTRIBUTE}]`)];
  if (steps.length === 0) return;
  let current = -1;
  // The step each map was last told (none for a map that has just loaded), so that only a change,
  // or a fresh map, is posted.
  const told = new WeakMap<HTMLIFrameElement, number>();
  const tell = (target: StoryTarget) => {
    if (told.get(target.frame) === current) return;
    told.set(target.frame, current);
    const step = current >= 0 ? stepOf(steps[current] as Element) : null;
    if (step !== undefined) target.tell(step);
  };
  const update = () => {
    // A step the reader has tabbed into is the current one, wherever it sits on the screen.
    const focused = steps.findIndex((step) => step.contains(document.activeElement));
    const line = readingLine(
      { width: window.innerWidth, height: window.innerHeight },
      targets().map(({ frame }) => frame.getBoundingClientRect()),
    );
    const next =
      focused >= 0
        ? focused
        : currentStepIndex(
            steps.map((step) => step.getBoundingClientRect().top),
            line,
          );
    if (next === current) return;
    current = next;
    for (const target of targets()) if (told.has(target.frame)) tell(target);
  };
  // Read once a frame at most while the page scrolls: a few rectangles, no layout written.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  document.addEventListener('focusin', schedule);
  // A map that (re)loads forgets the story; it speaks once it listens (its first height): then it
  // is told where the story is. Later heights (a panel opening) change nothing.
  const fresh = new WeakSet<HTMLIFrameElement>();
  const listened = new WeakSet<HTMLIFrameElement>();
  const listen = (frame: HTMLIFrameElement) => {
    if (listened.has(frame)) return;
    listened.add(frame);
    frame.addEventListener('load', () => {
      fresh.add(frame);
      told.delete(frame);
    });
  };
  window.addEventListener('message', (event) => {
    if (parseEmbedEvent(event.data)?.type !== 'trans-caspian:height') return;
    for (const target of targets()) {
      const { frame } = target;
      listen(frame);
      if (frame.contentWindow !== event.source || (told.has(frame) && !fresh.has(frame))) continue;
      fresh.delete(frame);
      told.delete(frame);
      tell(target);
    }
  });
  update();
}
