import { describe, expect, it } from 'vitest';
import { coveredInsets, fitPadding, PHONE_MAX_WIDTH, panToReveal } from './overlays';

describe('coveredInsets', () => {
  it('on a laptop, covers the left for the legend and the right only while the panel is open', () => {
    expect(coveredInsets(1280, 800, false)).toEqual({ top: 0, right: 0, bottom: 0, left: 354 });
    expect(coveredInsets(1280, 800, true).right).toBe(414);
  });

  it('on a phone, covers a bar on top and the bottom sheet while the panel is open', () => {
    expect(coveredInsets(390, 844, false)).toEqual({ top: 112, right: 0, bottom: 0, left: 0 });
    expect(coveredInsets(390, 844, true).bottom).toBe(380);
  });

  it('switches layout at the CSS breakpoint', () => {
    expect(coveredInsets(PHONE_MAX_WIDTH, 800, false).left).toBe(0);
    expect(coveredInsets(PHONE_MAX_WIDTH + 1, 800, false).left).toBe(354);
  });
});

describe('fitPadding', () => {
  it('adds a margin to every covered edge', () => {
    expect(fitPadding(1280, 800, true)).toEqual({ top: 24, right: 438, bottom: 24, left: 378 });
  });
});

describe('panToReveal', () => {
  const laptop = coveredInsets(1280, 800, true);

  it('leaves a point that is already in the free area alone', () => {
    expect(panToReveal({ x: 640, y: 400 }, 1280, 800, laptop)).toEqual([0, 0]);
  });

  it('pans a point under the panel back to the left of it, with the margin', () => {
    // Free area ends at 1280 - 414 - 40 = 826.
    expect(panToReveal({ x: 1000, y: 400 }, 1280, 800, laptop)).toEqual([174, 0]);
  });

  it('pans a point under the legend to the right of it', () => {
    // Free area starts at 354 + 40 = 394.
    expect(panToReveal({ x: 100, y: 400 }, 1280, 800, laptop)).toEqual([-294, 0]);
  });

  it('on a phone, pans a point under the bottom sheet up above it', () => {
    const phone = coveredInsets(390, 844, true);
    // Free area ends at 844 - 380 - 40 = 424.
    expect(panToReveal({ x: 200, y: 600 }, 390, 844, phone)).toEqual([0, 176]);
  });

  it('does not pan when the cards leave no free area', () => {
    expect(
      panToReveal({ x: 50, y: 10 }, 100, 100, { top: 60, right: 0, bottom: 60, left: 0 }),
    ).toEqual([0, 0]);
  });
});
