import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, isDay, periodEnd, precisionOf } from './dates.ts';

describe('isCalendarDate', () => {
  it.each(['2023', '2024-05', '2023-08-22', '2024-02-29', '2000-02-29'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-13',
    '2024-00',
    '2024-04-31',
    '2024-01-00',
    '24-01-31',
    '2024-1-31',
    '2024/01/31',
    '',
  ])('rejects %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });
});

describe('precisionOf and isDay', () => {
  it('tells a year, a month and a day apart', () => {
    expect(['2021', '2024-05', '2024-05-02'].map(precisionOf)).toEqual(['year', 'month', 'day']);
    expect(['2021', '2024-05', '2024-05-02'].map(isDay)).toEqual([false, false, true]);
  });
});

describe('periodEnd', () => {
  it('gives the last day of the period a date names', () => {
    expect(periodEnd('2023')).toBe('2023-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2016-12')).toBe('2016-12-31');
    expect(periodEnd('2023-08-22')).toBe('2023-08-22');
  });
});

describe('daysBetween and addDays', () => {
  it('count whole days across a leap day and a year end', () => {
    expect(daysBetween('2024-01-31', '2024-03-01')).toBe(30);
    expect(daysBetween('2024-01-31', '2025-04-04')).toBe(429);
    expect(daysBetween('2025-04-04', '2024-01-31')).toBe(-429);
    expect(addDays('2024-01-31', 29)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('are inverse to each other', () => {
    for (let days = 0; days < 800; days += 37) {
      expect(daysBetween('2024-01-31', addDays('2024-01-31', days))).toBe(days);
    }
  });

  it('do not depend on the time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
      expect(daysBetween('2024-03-30', '2024-03-31')).toBe(1);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
