import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatKm, localIsoDate } from './format';

describe('formatKm', () => {
  it('rounds down to the nearest 10 km', () => {
    expect(formatKm(362.4)).toBe('360 km');
  });

  it('rounds halves up to the next 10 km', () => {
    expect(formatKm(365)).toBe('370 km');
  });

  it('separates thousands in English', () => {
    expect(formatKm(1768)).toBe('1,770 km');
  });

  it('separates thousands of a long route crossing 10,000 km', () => {
    expect(formatKm(12_345.6)).toBe('12,350 km');
  });

  it('uses the conventions of another locale when asked', () => {
    expect(formatKm(1768, 'de')).toBe('1.770 km');
  });
});

describe('formatDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would set the string "undefined"; delete restores "no TZ".
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('writes an ISO date as day, month name and year', () => {
    expect(formatDate('2024-01-31')).toBe('31 January 2024');
  });

  it('keeps the day of the ISO date in a time zone west of UTC', () => {
    process.env.TZ = 'Pacific/Honolulu';
    expect(formatDate('2024-01-31')).toBe('31 January 2024');
  });

  it('keeps the day of the ISO date in a time zone east of UTC', () => {
    process.env.TZ = 'Asia/Almaty';
    expect(formatDate('2024-12-31')).toBe('31 December 2024');
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar date, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
