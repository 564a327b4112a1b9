import { describe, expect, it } from 'vitest';
import { displayOrder, previewDay } from './days.ts';

const at = (date: string) => ({ date, event: date, sources: [] });

describe('days', () => {
  it('orders milestones oldest first, undated ones last', () => {
    expect(displayOrder([at('2025'), at(''), at('2024-05-01'), at('2025-13')])).toEqual([
      2, 0, 1, 3,
    ]);
  });

  it('previews a milestone on the day it counts from', () => {
    expect(previewDay('2024-02')).toBe('2024-02-29');
    expect(previewDay('2024-02-3')).toBeNull();
  });
});
