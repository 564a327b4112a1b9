import { describe, expect, it } from 'vitest';
import type { Bounds } from '../geo/bounds.ts';
import {
  type Card,
  clearingInsets,
  clipToMap,
  fitsBounds,
  largestArea,
  MIN_FREE,
  panToReveal,
  withMargin,
} from './clearings.ts';

/** The Middle Corridor as drawn: Poti and Batumi to Dostyk. */
const TITR: Bounds = [41.28, 39.91, 82.48, 45.25];
/** A tall, narrow box: the fibre line Aktau – Sumgayit. */
const FIBRE: Bounds = [49.11, 40.59, 51.17, 43.65];

const zero = { top: 0, right: 0, bottom: 0, left: 0 };
const legend = (rect: Card['rect']): Card => ({ rect, mayOverlap: true });
const panel = (rect: Card['rect']): Card => ({ rect, mayOverlap: false });

describe('clearingInsets', () => {
  it('on a laptop, clears the open legend from the left and the panel from the right', () => {
    const cards = [
      legend({ left: 12, top: 12, right: 342, bottom: 788 }),
      panel({ left: 878, top: 12, right: 1268, bottom: 788 }),
    ];
    expect(clearingInsets(1280, 800, cards, fitsBounds(TITR))).toEqual({
      top: 0,
      right: 402,
      bottom: 0,
      left: 342,
    });
  });

  it('on a phone, clears the legend bar from the top and the bottom sheet from the bottom', () => {
    const cards = [
      legend({ left: 8, top: 8, right: 382, bottom: 110 }),
      panel({ left: 0, top: 464, right: 390, bottom: 844 }),
    ];
    expect(clearingInsets(390, 844, cards, fitsBounds(TITR))).toEqual({
      top: 110,
      right: 0,
      bottom: 380,
      left: 0,
    });
  });

  it('beside a folded legend on a narrow desktop, keeps the room under it', () => {
    // Cleared from the left, the legend would leave 56 px beside the panel.
    const cards = [
      legend({ left: 12, top: 12, right: 342, bottom: 140 }),
      panel({ left: 398, top: 12, right: 788, bottom: 988 }),
    ];
    expect(clearingInsets(800, 1000, cards, fitsBounds(TITR))).toEqual({
      top: 140,
      right: 402,
      bottom: 0,
      left: 0,
    });
  });

  it('leaves an open legend over the map when nothing fits beside it, never the panel', () => {
    const cards = [
      legend({ left: 12, top: 12, right: 342, bottom: 988 }),
      panel({ left: 398, top: 12, right: 788, bottom: 988 }),
    ];
    expect(clearingInsets(800, 1000, cards, fitsBounds(TITR))).toEqual({
      top: 0,
      right: 402,
      bottom: 0,
      left: 0,
    });
  });

  it('clears a corner card from the edge that shows the project largest', () => {
    const corner = [legend({ left: 0, top: 0, right: 300, bottom: 300 })];
    // The wide corridor keeps the full width; the tall fibre line keeps the full height.
    expect(clearingInsets(1000, 800, corner, fitsBounds(TITR)).top).toBe(300);
    expect(clearingInsets(1000, 800, corner, fitsBounds(FIBRE)).left).toBe(300);
  });

  it('ignores a card that is not over the map (an embed’s panel flows below it)', () => {
    const below = [panel({ left: 0, top: 480, right: 600, bottom: 1200 })];
    expect(clearingInsets(600, 480, below, fitsBounds(TITR))).toEqual(zero);
  });

  it('clears nothing when even the panel leaves less than MIN_FREE', () => {
    // The panel leaves 10 px on its left, and nothing if cleared any other way.
    const wide = [panel({ left: 10, top: 0, right: 300, bottom: 300 })];
    expect(10).toBeLessThan(MIN_FREE);
    expect(clearingInsets(300, 300, wide, largestArea)).toEqual(zero);
  });
});

describe('clipToMap', () => {
  it('keeps the part of a card on the map, or nothing', () => {
    expect(clipToMap({ left: -5, top: 10, right: 50, bottom: 900 }, 100, 800)).toEqual({
      left: 0,
      top: 10,
      right: 50,
      bottom: 800,
    });
    expect(clipToMap({ left: 0, top: 800, right: 100, bottom: 900 }, 100, 800)).toBeNull();
  });
});

describe('fitsBounds', () => {
  it('scores a free part by the scale at which the bounds fill it', () => {
    const score = fitsBounds(TITR);
    expect(score({ width: 400, height: 400 })).toBeCloseTo(2 * score({ width: 200, height: 400 }));
    // The corridor is wide: height is not what limits it here.
    expect(score({ width: 400, height: 400 })).toBe(score({ width: 400, height: 800 }));
  });
});

describe('withMargin', () => {
  it('adds a margin to every edge', () => {
    expect(withMargin({ top: 0, right: 402, bottom: 0, left: 342 })).toEqual({
      top: 24,
      right: 426,
      bottom: 24,
      left: 366,
    });
  });
});

describe('panToReveal', () => {
  const laptop = { top: 0, right: 414, bottom: 0, left: 354 };

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
    const phone = { top: 112, right: 0, bottom: 380, left: 0 };
    // Free area ends at 844 - 380 - 40 = 424.
    expect(panToReveal({ x: 200, y: 600 }, 390, 844, phone)).toEqual([0, 176]);
  });

  it('does not pan when the cards leave no free area', () => {
    expect(
      panToReveal({ x: 50, y: 10 }, 100, 100, { top: 60, right: 0, bottom: 60, left: 0 }),
    ).toEqual([0, 0]);
  });
});
