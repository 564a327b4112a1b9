import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { LANGUAGES, type Language } from '../content/languages.ts';
import { formatDate, formatKm, formatList, formatsOf } from './format.ts';
import { translator } from './translate.ts';

const content = loadTestContent();
const formats = (language: Language) => formatsOf(translator(content.translations[language]));
/** Node's full-ICU locale for each language (English is British English here). */
const ICU: Record<Language, string> = { en: 'en-GB', ru: 'ru', az: 'az', kk: 'kk' };
/** Spaces compared as spaces: CLDR uses no-break and narrow no-break spaces. */
const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]/g, ' ');

describe.each(LANGUAGES)('formats in %s', (language) => {
  const icu = ICU[language];

  it.each(['2024-01-31', '2023-08-22', '2025-03-03', '2018-05-14', '2017-10-30', '2024-12-01'])(
    'writes %s as CLDR does',
    (iso) => {
      const want = new Intl.DateTimeFormat(icu, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
      expect(spaces(formatDate(iso, formats(language)))).toBe(spaces(want));
    },
  );

  it.each(['2024-05', '2016-12', '2022-11'])('writes the month %s as CLDR does', (month) => {
    const want = new Intl.DateTimeFormat(icu, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
    expect(spaces(formatDate(month, formats(language)))).toBe(spaces(want));
  });

  it('writes a year alone as its number', () => {
    expect(formatDate('2021', formats(language))).toBe('2021');
  });

  it.each([362.4, 365, 1768, 12_345.6])('writes %s km rounded to 10 km, as CLDR does', (km) => {
    const rounded = Math.round(km / 10) * 10;
    const want = new Intl.NumberFormat(icu, { style: 'unit', unit: 'kilometer' }).format(rounded);
    expect(spaces(formatKm(km, formats(language)))).toBe(spaces(want));
  });
});

describe('formatKm in English', () => {
  it('rounds down and up to the nearest 10 km', () => {
    expect(formatKm(362.4, formats('en'))).toBe('360 km');
    expect(formatKm(365, formats('en'))).toBe('370 km');
  });

  it('separates thousands', () => {
    expect(formatKm(12_345.6, formats('en'))).toBe('12,350 km');
  });
});

describe('formatDate', () => {
  it('does not depend on the time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    expect(formatDate('2024-01-31', formats('en'))).toBe('31 January 2024');
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('gives back a text that is not an ISO date unchanged', () => {
    expect(formatDate('soon', formats('en'))).toBe('soon');
  });
});

describe('formatList', () => {
  it('joins with commas and the language’s “and” before the last', () => {
    expect(formatList([], 'and')).toBe('');
    expect(formatList(['Kazakhstan'], 'and')).toBe('Kazakhstan');
    expect(formatList(['Georgia', 'Türkiye'], 'and')).toBe('Georgia and Türkiye');
    expect(formatList(['Қазақстан', 'Каспий теңізі', 'Әзірбайжан'], 'және')).toBe(
      'Қазақстан, Каспий теңізі және Әзірбайжан',
    );
  });
});
