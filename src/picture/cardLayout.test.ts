import { describe, expect, it } from 'vitest';
import { cardLayout, type Rect } from './cardLayout.ts';

const inside = (rect: Rect, width: number, height: number) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= width && rect.y + rect.height <= height;

describe('cardLayout', () => {
  it.each([
    [1200, 630],
    [1080, 1080],
    [1600, 900],
    [400, 300],
  ])('keeps title, legend and credit inside a %d × %d image', (width, height) => {
    const layout = cardLayout(width, height, 4, true);
    expect(inside(layout.title, width, height)).toBe(true);
    expect(inside(layout.legend, width, height)).toBe(true);
    expect(inside(layout.credit, width, height)).toBe(true);
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.credit.y);
    expect(layout.legend.y).toBeGreaterThanOrEqual(layout.title.height);
  });

  it('stacks one legend row per project without overlap', () => {
    const { legend } = cardLayout(1200, 630, 3, false);
    expect(legend.rows).toHaveLength(3);
    for (let i = 1; i < legend.rows.length; i++) {
      const above = legend.rows[i - 1]?.swatch;
      const row = legend.rows[i]?.swatch;
      expect((row?.y ?? 0) - (above?.y ?? 0)).toBeGreaterThanOrEqual(above?.height ?? 0);
    }
  });

  it('grows the text with the image, so a large image reads like a small one', () => {
    const small = cardLayout(1200, 630, 4, false);
    const large = cardLayout(1080, 1080, 4, false);
    expect(small.title.titleSize).toBe(26);
    expect(large.title.titleSize / small.title.titleSize).toBeCloseTo(1080 / 630, 5);
  });

  it('keeps text readable on a small image: the unit never drops below 0.75', () => {
    expect(cardLayout(390, 300, 4, false).unit).toBe(0.75);
    expect(cardLayout(390, 300, 4, false).credit.textSize).toBe(9);
  });

  it('gives a narrow picture bands: title above the map, legend and credit below, no callout', () => {
    const layout = cardLayout(435, 290, 6, true);
    expect(layout.bands).toBe(true);
    expect(layout.callout.width).toBe(0);
    // Two columns of three rows, all inside the picture, above the credit.
    expect(new Set(layout.legend.rows.map((row) => row.swatch.x)).size).toBe(2);
    for (const row of layout.legend.rows) {
      expect(row.swatch.y).toBeGreaterThanOrEqual(layout.legend.y);
      expect(row.baseline).toBeLessThanOrEqual(layout.credit.y);
    }
    // The map keeps the room between the bands.
    expect(layout.mapPadding.top).toBeGreaterThanOrEqual(layout.title.height);
    expect(layout.mapPadding.bottom).toBeGreaterThanOrEqual(
      layout.legend.height + layout.credit.height,
    );
    expect(layout.credit.y + layout.credit.height).toBeCloseTo(290, 5);
    // A narrow column's credit gets the lines it needs.
    expect(cardLayout(208, 312, 6, false).credit.lines).toBeGreaterThan(layout.credit.lines);
    expect(cardLayout(1200, 630, 6, true).bands).toBe(false);
  });

  it('keeps room on the right for the callout only when there is one', () => {
    const without = cardLayout(1200, 630, 4, false);
    const withCallout = cardLayout(1200, 630, 4, true);
    expect(withCallout.mapPadding.right).toBeGreaterThan(without.mapPadding.right);
    expect(without.mapPadding.bottom).toBeGreaterThan(without.legend.height);
  });
});
