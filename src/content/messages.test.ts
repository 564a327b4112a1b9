import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadTestContent } from '../../test/content.ts';
import { LANGUAGES } from './languages.ts';
import { argumentsOf, checkMessages, MESSAGE_OPTIONS, messageErrors } from './messages.ts';
import { validateContent } from './validate.ts';

const content = loadTestContent();

const parsed = (message: string) =>
  new IntlMessageFormat(message, 'en', undefined, MESSAGE_OPTIONS).getAst();

describe('argumentsOf', () => {
  it('finds plain arguments, and those a plural or select reads, at any depth', () => {
    const found = argumentsOf(
      parsed('about {length}, {count, plural, one {# line to {place}} other {# lines}}'),
    );
    expect(Object.fromEntries(found)).toEqual({
      length: 'plain',
      count: 'chooses',
      place: 'plain',
    });
  });

  it('finds none in plain text, `<` and quoted braces included', () => {
    expect(argumentsOf(parsed("a <b> tag, a '{'brace'}'")).size).toBe(0);
  });
});

describe('messageErrors', () => {
  const english = {
    'table.lengthAll': 'about {length}, {count, plural, one {# line} other {# lines}} added up',
    'panel.source': 'Source: {source}',
  };

  it('accepts the same arguments, a plural with the language’s categories or as a plain one', () => {
    const ru = {
      'table.lengthAll':
        'около {length}, {count, plural, one {# линия} few {# линии} many {# линий} other {# линии}} в сумме',
      'panel.source': 'Источник: {source}',
    };
    expect(messageErrors(english, ru, 'ru')).toEqual([]);
    const kk = {
      'table.lengthAll': 'шамамен {length}, {count} сызық',
      'panel.source': 'Дереккөз: {source}',
    };
    expect(messageErrors(english, kk, 'kk')).toEqual([]);
  });

  it('refuses a message that is not valid ICU, naming the file and the key', () => {
    const az = { ...english, 'panel.source': 'Mənbə: {source' };
    expect(messageErrors(english, az, 'az')).toEqual([
      'data/i18n/az.json: ui."panel.source": not a valid ICU message: expect argument closing brace, at character 8',
    ]);
    const ru = { ...english, 'table.lengthAll': 'около {length}, {count, plural, one {# линия}}' };
    expect(messageErrors(english, ru, 'ru')).toEqual([
      'data/i18n/ru.json: ui."table.lengthAll": not a valid ICU message: missing other clause, at character 46',
    ]);
  });

  it('refuses arguments other than the English ones', () => {
    const kk = { ...english, 'table.lengthAll': 'шамамен {length}, {lines} сызық' };
    expect(messageErrors(english, kk, 'kk')).toEqual([
      'data/i18n/kk.json: ui."table.lengthAll": arguments differ from English (English: count, length; here: length, lines)',
    ]);
    // An ASCII apostrophe before a brace quotes the argument away.
    const az = { ...english, 'panel.source': "Mənbə: '{source}'" };
    expect(messageErrors(english, az, 'az')).toEqual([
      'data/i18n/az.json: ui."panel.source": arguments differ from English (English: source; here: none)',
    ]);
  });

  it('refuses a plural branch the language never chooses', () => {
    const ru = {
      ...english,
      'table.lengthAll': 'около {length}, {count, plural, two {# линии} other {# линий}}',
    };
    expect(messageErrors(english, ru, 'ru')).toEqual([
      'data/i18n/ru.json: ui."table.lengthAll": plural "count": "two" is never chosen in this language (its categories: few, many, one, other)',
    ]);
  });

  it('checks English for its syntax only, and compares nothing with an English message that does not parse', () => {
    const broken = { 'panel.source': 'Source: {source' };
    expect(messageErrors(broken, broken, 'en')).toHaveLength(1);
    expect(messageErrors(broken, { 'panel.source': 'Источник: {источник}' }, 'ru')).toEqual([]);
  });
});

describe('the interface messages in data/i18n', () => {
  it('parse, and take the English arguments, in every language', () => {
    const translations = new Map(
      LANGUAGES.map((language) => [language, content.translations[language]]),
    );
    expect(checkMessages(translations)).toEqual([]);
  });

  it('are checked by the data check', () => {
    const path = 'i18n/ru.json';
    const json = JSON.parse(DATA_FILES.get(path) ?? '{}') as { ui: Record<string, string> };
    json.ui['legend.show'] = 'Показать {name на карте';
    const result = validateContent(new Map(DATA_FILES).set(path, JSON.stringify(json)));
    expect(result.ok ? [] : result.errors).toContain(
      'data/i18n/ru.json: ui."legend.show": not a valid ICU message: malformed argument, at character 10',
    );
  });
});
