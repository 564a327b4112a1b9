import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../content/languages.ts';
import { enginePluralRulesSuffice, loadPluralRules } from './pluralRules.ts';

const engine = Intl.PluralRules;

afterEach(() => {
  vi.restoreAllMocks();
  Object.defineProperty(Intl, 'PluralRules', { value: engine, writable: true, configurable: true });
});

describe('loadPluralRules', () => {
  it('keeps the engine’s rules where it knows every language (Node has full ICU)', async () => {
    expect(enginePluralRulesSuffice()).toBe(true);
    await loadPluralRules();
    expect(Intl.PluralRules).toBe(engine);
  });

  it('loads the polyfill with the rules of all four languages where the engine lacks one', async () => {
    vi.spyOn(engine, 'supportedLocalesOf').mockImplementation((locales) =>
      [locales ?? []]
        .flat()
        .map(String)
        .filter((locale) => locale !== 'kk'),
    );
    expect(enginePluralRulesSuffice()).toBe(false);
    await loadPluralRules();
    expect(Intl.PluralRules).not.toBe(engine);
    expect(Intl.PluralRules.supportedLocalesOf([...LANGUAGES])).toEqual([...LANGUAGES]);
    const ru = new Intl.PluralRules('ru');
    expect([1, 2, 5, 21].map((count) => ru.select(count))).toEqual(['one', 'few', 'many', 'one']);
    expect(new Intl.PluralRules('kk').resolvedOptions().pluralCategories).toEqual(['one', 'other']);
    expect(new Intl.PluralRules('az').select(1)).toBe('one');
    expect(new Intl.PluralRules('en').select(2)).toBe('other');
  });
});
