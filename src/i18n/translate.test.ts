import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import type { Translation } from '../content/schema.ts';
import { fillParts, translator, type UiKey } from './translate.ts';

const content = loadTestContent();

/** A translator of made-up messages, for what the real files do not show. */
function translatorOf(language: string, ui: Record<string, string>) {
  const t = translator({ language, languageName: language, ui } as unknown as Translation);
  return (key: string, values?: Record<string, string | number>) => t(key as UiKey, values);
}

describe('translator', () => {
  it('chooses plurals by the language’s rules', () => {
    const ru = translator(content.translations.ru);
    const lines = (count: number) => ru('table.lengthAll', { length: '2 140 км', count });
    expect([1, 2, 5, 11, 21, 22].map(lines)).toEqual([
      'около 2 140 км, 1 линия в сумме',
      'около 2 140 км, 2 линии в сумме',
      'около 2 140 км, 5 линий в сумме',
      'около 2 140 км, 11 линий в сумме',
      'около 2 140 км, 21 линия в сумме',
      'около 2 140 км, 22 линии в сумме',
    ]);
    const en = translator(content.translations.en);
    expect(en('table.lengthAll', { length: '2,140 km', count: 2 })).toBe(
      'about 2,140 km, 2 lines added up',
    );
    expect(en('panel.lengthAll', { count: 1 })).toBe('Length of the line drawn');
    expect(en('panel.lengthAll', { count: 3 })).toBe('Length of the lines drawn, together');
    const kk = translator(content.translations.kk);
    expect(kk('table.lengthAll', { length: '2 140 км', count: 3 })).toBe(
      'шамамен 2 140 км, 3 сызықтың қосындысы',
    );
  });

  it('picks a branch by count where the number is not shown: one project is not 21', () => {
    const ru = translator(content.translations.ru);
    expect(ru('map.summary', { count: 1, list: 'А' })).toContain('На ней показан проект: А.');
    expect(ru('map.summary', { count: 21, list: 'А' })).toContain('На ней показаны проекты: А.');
    expect(ru('map.summary', { count: 0, list: '' })).toContain('Все проекты скрыты');
  });

  it('writes a plural’s number in plain Latin digits, as `{count}` always was', () => {
    const t = translatorOf('ru', { n: '{count, plural, other {# штук}}' });
    expect(t('n', { count: 12345 })).toBe('12345 штук');
  });

  it('fills plain arguments as given, `<` and apostrophes as text', () => {
    const t = translatorOf('en', {
      a: "The legend's <b>{name}</b>",
      b: 'Only {n}',
    });
    expect(t('a', { name: 'X' })).toBe("The legend's <b>X</b>");
    expect(t('b', { n: 0 })).toBe('Only 0');
  });

  it('leaves an argument without a value as written, for a later fill', () => {
    const en = translator(content.translations.en);
    expect(en('format.date')).toBe('{day} {month} {year}');
    expect(en('panel.sources', { count: 2 })).toBe('Sources: {sources}');
    expect(en('panel.sources', { count: 1 })).toBe('Source: {sources}');
    // Without the count a plural cannot choose: the whole message stays as written.
    expect(en('panel.sources')).toBe('{count, plural, =1 {Source:} other {Sources:}} {sources}');
  });

  it('gives a partly filled message back as a message that reads the same', () => {
    const t = translatorOf('en', {
      q: "'{'braces'}' and it''s {n, plural, one {# x} other {# xs}} for {who}",
    });
    const partial = t('q', { n: 2 });
    // "it's" needs no quoting: only an apostrophe before `{`, `}`, `<`, `>`, `#`, `|` or `'` is doubled.
    expect(partial).toBe("'{'braces'}' and it's 2 xs for {who}");
    expect(fillParts(partial, { who: 'me' }).join('')).toBe("{braces} and it's 2 xs for me");
  });

  it('never throws on a message that is not valid ICU (the data check refuses it): its words as written', () => {
    const t = translatorOf('en', { bad: 'Open {name', worse: 'Close {name} {' });
    expect(t('bad', { name: 'X' })).toBe('Open {name');
    expect(t('worse', { name: 'X' })).toBe('Close {name} {');
  });

  it('gives the key for a message the language lacks', () => {
    expect(translatorOf('en', {})('panel.close')).toBe('panel.close');
  });
});

describe('fillParts', () => {
  it('cuts a template at its placeholders, values as parts of their own', () => {
    const link = { link: true };
    expect(fillParts('As named by {source}', { source: link })).toEqual(['As named by ', link]);
    expect(fillParts('{name} (approx.)', { name: ['get', 'name'] })).toEqual([
      ['get', 'name'],
      ' (approx.)',
    ]);
    expect(fillParts('checked on {date}.', { date: null })).toEqual(['checked on ', null, '.']);
    expect(fillParts('{a}{b}', { a: 'A', b: 'B' })).toEqual(['A', 'B']);
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillParts('{a} and {b}', { a: 1 })).toEqual(['1 and ', '{b}']);
  });

  it('chooses a plural in the locale given', () => {
    const template = '{count, plural, one {# линия} few {# линии} other {# линий}}: {list}';
    const list = { list: true };
    expect(fillParts(template, { count: 3, list }, 'ru')).toEqual(['3 линии: ', list]);
  });

  it('gives a template that is not valid ICU as written', () => {
    expect(fillParts('By {source} {', { source: 7 })).toEqual(['By {source} {']);
  });
});
