import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadTestContent } from '../../test/content.ts';
import { LANGUAGES } from './languages.ts';
import { numbersOf, placeholdersOf } from './translations.ts';
import { validateContent } from './validate.ts';

const content = loadTestContent();

/** A translation file as written, loose enough to break. */
interface RawTranslation {
  language: string;
  ui: Record<string, string>;
  places: Record<string, string>;
  projects: Record<
    string,
    { facts: { value: string }[]; milestones: { event: string }[]; routes: Record<string, string> }
  >;
}

/** The real files, with one translation file changed. */
function withTranslation(language: string, change: (json: RawTranslation) => void) {
  const path = `i18n/${language}.json`;
  const json = JSON.parse(DATA_FILES.get(path) ?? '{}') as RawTranslation;
  change(json);
  return new Map(DATA_FILES).set(path, JSON.stringify(json));
}

function errorsOf(files: ReadonlyMap<string, string>): string[] {
  const result = validateContent(files);
  if (result.ok) throw new Error('expected the files to be rejected');
  return result.errors;
}

describe('the translations in data/i18n', () => {
  it.each(LANGUAGES)('%s has every key of the English interface', (language) => {
    const keys = Object.keys(content.translations[language].ui).sort();
    expect(keys).toEqual(Object.keys(content.translations.en.ui).sort());
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s names every project, route and place',
    (language) => {
      const translation = content.translations[language];
      for (const project of content.projects) {
        const mine = translation.projects?.[project.id];
        expect(mine?.facts).toHaveLength(project.facts.length);
        for (const route of project.routes) {
          expect(mine?.routes[route.properties.name]).toBeTruthy();
        }
      }
      for (const place of content.places) {
        expect(translation.places?.[place.properties.name]).toBeTruthy();
      }
    },
  );
});

describe('the translation check', () => {
  it('names a missing interface key with its file', () => {
    const files = withTranslation('kk', (json) => delete json.ui['panel.close']);
    expect(errorsOf(files)).toContain('data/i18n/kk.json: ui: missing "panel.close"');
  });

  it('names a key that English does not have', () => {
    const files = withTranslation('ru', (json) => (json.ui['panel.closed'] = 'Закрыто'));
    expect(errorsOf(files)).toContain('data/i18n/ru.json: ui: unknown key "panel.closed"');
  });

  it('refuses a translation that changes a figure', () => {
    const files = withTranslation('az', (json) => {
      const fact = json.projects.titr?.facts[0];
      if (fact) fact.value = '7 milyon ton';
    });
    expect(errorsOf(files)).toContain(
      'data/i18n/az.json: projects."titr".facts[0].value: numbers differ from English (English: 10, 2023, 2027, 6; here: 7)',
    );
  });

  it("refuses a milestone's translation that changes a figure", () => {
    const files = withTranslation('kk', (json) => {
      const milestone = json.projects.titr?.milestones[7];
      if (milestone) milestone.event = '3,8 млн тонна жүк тасымалданды';
    });
    expect(errorsOf(files)).toContain(
      'data/i18n/kk.json: projects."titr".milestones[7].event: numbers differ from English (English: 2764; here: 38)',
    );
  });

  it('names a translation that lists a different number of milestones', () => {
    const files = withTranslation('ru', (json) => json.projects['power-cable']?.milestones.pop());
    expect(errorsOf(files)).toContain(
      'data/i18n/ru.json: projects."power-cable".milestones: 11 items, but English has 12',
    );
  });

  it('refuses a lost placeholder, in the interface by the message check', () => {
    const files = withTranslation('ru', (json) => (json.ui['legend.show'] = 'Показать на карте'));
    expect(errorsOf(files).join('\n')).toMatch(
      /data\/i18n\/ru\.json: ui\."legend\.show": arguments differ from English \(English: name; here: none\)/,
    );
  });

  it('reads a plural branch chosen by "=1" as no figure of the text', () => {
    expect(numbersOf('{count, plural, =0 {none} =1 {one line} other {# lines}}')).toEqual([]);
    expect(numbersOf('1,768 km in 2021')).toEqual(['1768', '2021']);
  });

  it('names a missing place, route and project', () => {
    const files = withTranslation('kk', (json) => {
      delete json.places.Baku;
      delete json.projects['oil-transit']?.routes['Baku–Tbilisi–Ceyhan (BTC) pipeline'];
      delete json.projects['power-cable'];
    });
    expect(errorsOf(files)).toEqual(
      expect.arrayContaining([
        'data/i18n/kk.json: places: missing "Baku"',
        'data/i18n/kk.json: projects."oil-transit".routes: missing "Baku–Tbilisi–Ceyhan (BTC) pipeline"',
        'data/i18n/kk.json: projects."power-cable": missing',
      ]),
    );
  });

  it('names a missing language file', () => {
    const files = new Map(DATA_FILES);
    files.delete('i18n/az.json');
    expect(errorsOf(files)).toContain('data/i18n/az.json: file is missing');
  });

  it('refuses a file whose language is not its name', () => {
    const files = withTranslation('ru', (json) => (json.language = 'kk'));
    expect(errorsOf(files).join('\n')).toMatch(/data\/i18n\/ru\.json: says it is "kk"/);
  });
});

describe('numbersOf', () => {
  it('reads thousands and decimals written in any of the four languages alike', () => {
    expect(numbersOf('1,768 km')).toEqual(['1768']);
    expect(numbersOf('1 768 км')).toEqual(['1768']);
    expect(numbersOf('1.5 million')).toEqual(numbersOf('1,5 млн'));
  });

  it('keeps apart numbers separated by a comma and a space', () => {
    expect(numbersOf('2021, 2022')).toEqual(['2021', '2022']);
  });
});

describe('placeholdersOf', () => {
  it('lists the placeholders, sorted', () => {
    expect(placeholdersOf('{b} and {a}')).toEqual(['a', 'b']);
  });
});
