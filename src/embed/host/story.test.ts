import { describe, expect, it } from 'vitest';
import { currentStepIndex, readingLine } from './story.ts';

describe('currentStepIndex', () => {
  it('is the last step whose top has passed the line, or none above the first', () => {
    expect(currentStepIndex([500, 900, 1300], 400)).toBe(-1);
    expect(currentStepIndex([300, 900, 1300], 400)).toBe(0);
    // Between two steps, the one above stays current.
    expect(currentStepIndex([-300, 401, 1300], 400)).toBe(0);
    expect(currentStepIndex([-900, -500, -100], 400)).toBe(2);
    expect(currentStepIndex([], 400)).toBe(-1);
  });
});

describe('readingLine', () => {
  const viewport = { width: 360, height: 800 };

  it('is the middle of the viewport, or of what a map stuck across its top leaves', () => {
    expect(readingLine(viewport, [])).toBe(400);
    // A map as tall as the screen covers nothing above the text.
    expect(readingLine(viewport, [{ top: 16, bottom: 784, width: 360 }])).toBe(400);
    // A phone: the map sticks to the top 300 px.
    expect(readingLine(viewport, [{ top: 0, bottom: 300, width: 360 }])).toBe(550);
    // A map scrolled out of sight above covers nothing.
    expect(readingLine(viewport, [{ top: -600, bottom: -100, width: 360 }])).toBe(400);
  });

  it('leaves out a map beside the text', () => {
    expect(readingLine({ width: 1280, height: 800 }, [{ top: 0, bottom: 332, width: 640 }])).toBe(
      400,
    );
  });
});
