import { describe, expect, it } from 'vitest';
import { localIsoDate } from './localDate.ts';

describe('localIsoDate', () => {
  it('writes the local calendar date, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
