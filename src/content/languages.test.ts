import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './languages.ts';

describe('chooseLanguage', () => {
  it('takes the language asked for in the URL', () => {
    expect(chooseLanguage('kk', ['ru-RU'])).toBe('kk');
  });

  it('ignores a language it does not speak and follows the browser', () => {
    expect(chooseLanguage('de', ['az-Latn-AZ', 'en'])).toBe('az');
  });

  it('reads the primary subtag: Russian as spoken in Kazakhstan is Russian', () => {
    expect(chooseLanguage(null, ['ru-KZ'])).toBe('ru');
  });

  it('takes the first of the browser languages that it speaks', () => {
    expect(chooseLanguage(null, ['de-DE', 'fr', 'KK', 'ru'])).toBe('kk');
  });

  it('falls back to English', () => {
    expect(chooseLanguage(undefined, ['de', 'tr'])).toBe('en');
    expect(chooseLanguage('', [])).toBe('en');
  });
});
