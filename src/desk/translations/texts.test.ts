import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../test/content.ts';
import { parseTextPath } from './paths.ts';
import { testDraft as draft } from './testDraft.ts';
import {
  countsOf,
  found,
  markReviewed,
  passes,
  setTranslation,
  type TranslatableText,
  translatableTexts,
  translationAt,
  writeTranslation,
} from './texts.ts';

const textsOf = (values: Record<string, unknown>) =>
  translatableTexts(values).flatMap((group) => group.texts);

function textAt(values: Record<string, unknown>, path: string): TranslatableText {
  const text = textsOf(values).find((item) => item.path === path);
  if (!text) throw new Error(`no text at ${path}`);
  return text;
}

describe('translatableTexts', () => {
  it('groups the map, each project in order, the places and the interface', () => {
    expect(translatableTexts(draft()).map((group) => group.id)).toEqual([
      'map',
      'project:titr',
      'project:grain',
      'places',
      'ui',
    ]);
  });

  it("lists a project's texts in the file's order", () => {
    const group = translatableTexts(draft())[1];
    expect(group?.texts.map((text) => text.path)).toEqual([
      'projects.titr.name',
      'projects.titr.shortName',
      'projects.titr.description',
      'projects.titr.certaintyNote',
      'projects.titr.facts[0].label',
      'projects.titr.facts[0].value',
      'projects.titr.milestones[0].event',
      'projects.titr.milestones[1].event',
      'projects.titr.routes."Ferry"',
      'projects.titr.routeSources."Ferry"',
    ]);
  });

  it("takes a flow's route and its source from projects.json", () => {
    const source = textAt(draft(), 'projects.grain.routeSources."Grain: ferry"');
    expect(source.english).toBe('Assumed.');
  });

  it('lists no certainty note for a project without one', () => {
    const paths = textsOf(draft()).map((text) => text.path);
    expect(paths).not.toContain('projects.grain.certaintyNote');
  });

  it('lists the places of places.geojson, then the seas of the basemap', () => {
    const places = translatableTexts(draft())[3]?.texts ?? [];
    expect(places.map((text) => `${text.where}: ${text.english}`).slice(0, 3)).toEqual([
      'Place: Aktau port',
      'Sea: Caspian Sea',
      'Sea: Black Sea',
    ]);
  });

  it("lists the interface's words from en.json", () => {
    expect(textAt(draft(), 'ui."panel.close"').english).toBe('Close');
  });

  it('gives each language its translation', () => {
    const name = textAt(draft(), 'projects.titr.shortName');
    expect(name.translations.ru.text).toBe('Средний коридор');
  });

  it('marks a text with no translation as missing', () => {
    const name = textAt(draft(), 'projects.titr.shortName');
    expect(name.translations.az.text).toBeNull();
  });

  it('marks a list item beyond the translated list as missing', () => {
    expect(textAt(draft(), 'projects.titr.milestones[1].event').translations.ru.text).toBeNull();
  });

  it('counts a blank translation as missing', () => {
    const values = draft();
    const ru = values['i18n/ru.json'] as { mapTitle: string };
    ru.mapTitle = '  ';
    expect(textAt(values, 'mapTitle').translations.ru.text).toBeNull();
  });

  it("flags the paths of the file's stale list", () => {
    const description = textAt(draft(), 'projects.titr.description');
    expect([description.translations.ru.stale, description.translations.az.stale]).toEqual([
      true,
      false,
    ]);
  });

  it('says, in the check words, where numbers differ from English', () => {
    expect(textAt(draft(), 'projects.titr.facts[0].value').translations.ru.problems).toEqual([
      'numbers differ from English (English: 2023, 6; here: 2022, 6)',
    ]);
  });

  it('says, in the check words, where placeholders differ from English', () => {
    expect(textAt(draft(), 'ui."panel.source"').translations.ru.problems).toEqual([
      'placeholders differ from English (English: source; here: sources)',
    ]);
  });

  it('shows readers the English note marked as English for a missing route source', () => {
    expect(textAt(draft(), 'projects.titr.routeSources."Ferry"').fallback).toEqual({
      text: 'Schematic.',
      as: 'marked',
    });
  });

  it('shows readers the key for a missing interface word', () => {
    expect(textAt(draft(), 'ui."panel.close"').fallback).toEqual({
      text: 'panel.close',
      as: 'key',
    });
  });

  it('notes a translated route the English no longer has, with its path', () => {
    const notes = translatableTexts(draft())[1]?.notes;
    expect(notes).toEqual([
      {
        language: 'ru',
        message: 'routes: unknown key "Old"',
        path: 'projects.titr.routes."Old"',
      },
    ]);
  });
});

describe('filters and counts', () => {
  it('counts each missing, stale and wrong translation once', () => {
    const name = textAt(draft(), 'projects.titr.name');
    const fact = textAt(draft(), 'projects.titr.facts[0].value');
    expect(countsOf([name, fact])).toEqual({ texts: 2, missing: 4, stale: 1, problems: 1 });
  });

  it('shows a stale text under "Possibly stale"', () => {
    expect(passes(textAt(draft(), 'projects.titr.name'), 'stale')).toBe(true);
  });

  it('shows a complete text under no filter but "All"', () => {
    const values = draft();
    for (const language of ['az', 'kk']) {
      values[`i18n/${language}.json`] = { ui: {}, mapTitle: 'Title' };
    }
    const title = textAt(values, 'mapTitle');
    expect(
      ['all', 'missing', 'stale', 'problems'].filter((f) => passes(title, f as 'all')),
    ).toEqual(['all']);
  });

  it('finds a text by a word of a translation, in any case', () => {
    expect(found(textAt(draft(), 'projects.titr.shortName'), 'СРЕДНИЙ')).toBe(true);
  });
});

describe('setTranslation', () => {
  it('writes a text where the path says', () => {
    const values = setTranslation(draft(), 'ru', 'projects.titr.milestones[0].event', 'Открыта');
    expect(translationAt(values['i18n/ru.json'], 'projects.titr.milestones[0].event')).toBe(
      'Открыта',
    );
  });

  it('changes no other file', () => {
    const before = draft();
    const after = setTranslation(before, 'kk', 'mapTitle', 'Бірлескен жобалар');
    expect(Object.keys(after).filter((path) => after[path] !== before[path])).toEqual([
      'i18n/kk.json',
    ]);
  });

  it('leaves the value it was given as it was', () => {
    const before = draft();
    const copy = structuredClone(before);
    setTranslation(before, 'ru', 'projects.titr.routes."Ferry"', 'Паром через Каспий');
    expect(before).toEqual(copy);
  });

  it('creates routeSources where the project has none', () => {
    const values = setTranslation(draft(), 'ru', 'projects.titr.routeSources."Ferry"', 'Схема.');
    const ru = values['i18n/ru.json'] as { projects: { titr: { routeSources: unknown } } };
    expect(ru.projects.titr.routeSources).toEqual({ Ferry: 'Схема.' });
  });

  it("creates a project's translation in a file that has none", () => {
    const values = setTranslation(draft(), 'az', 'projects.grain.name', 'Taxıl ixracı');
    expect(translationAt(values['i18n/az.json'], 'projects.grain.name')).toBe('Taxıl ixracı');
  });

  it('appends a milestone beyond the translated list', () => {
    const values = setTranslation(draft(), 'ru', 'projects.titr.milestones[1].event', 'Перевезено');
    const ru = values['i18n/ru.json'] as { projects: { titr: { milestones: unknown } } };
    expect(ru.projects.titr.milestones).toEqual([
      { event: 'Открыта дорога (850 км)' },
      { event: 'Перевезено' },
    ]);
  });

  it('blanks the items before a list item written beyond the end', () => {
    const values = setTranslation(draft(), 'az', 'projects.titr.milestones[1].event', 'Daşındı');
    const az = values['i18n/az.json'] as { projects: { titr: { milestones: unknown } } };
    expect(az.projects.titr.milestones).toEqual([{ event: '' }, { event: 'Daşındı' }]);
  });

  it('removes the path from the stale list', () => {
    const values = setTranslation(draft(), 'ru', 'projects.titr.name', 'Средний коридор (ТМТМ)');
    expect((values['i18n/ru.json'] as { stale: unknown }).stale).toEqual([
      'projects.titr.description',
    ]);
  });

  it('removes the stale list once it is empty', () => {
    let values: Record<string, unknown> = draft();
    values = setTranslation(values, 'ru', 'projects.titr.name', 'Новое имя');
    values = setTranslation(values, 'ru', 'projects.titr.description', 'Новое описание');
    expect(Object.keys(values['i18n/ru.json'] as object)).not.toContain('stale');
  });

  it('trims the text', () => {
    const values = setTranslation(draft(), 'kk', 'places."Aktau port"', '  Ақтау порты \n');
    expect(translationAt(values['i18n/kk.json'], 'places."Aktau port"')).toBe('Ақтау порты');
  });

  it('removes a translation written blank', () => {
    const values = setTranslation(draft(), 'ru', 'projects.titr.routes."Old"', ' ');
    const ru = values['i18n/ru.json'] as { projects: { titr: { routes: unknown } } };
    expect(ru.projects.titr.routes).toEqual({ Ferry: 'Паром' });
  });

  it('returns the same draft when the text is what is there', () => {
    const before = draft();
    expect(setTranslation(before, 'ru', 'places."Aktau port"', 'Порт Актау')).toBe(before);
  });

  it('refuses a path that names no text', () => {
    expect(() => setTranslation(draft(), 'ru', 'projects.titr.checked', 'x')).toThrow(
      /not the path/,
    );
  });
});

describe('markReviewed', () => {
  it('removes only the path from the stale list', () => {
    const values = markReviewed(draft(), 'ru', 'projects.titr.name');
    expect(values['i18n/ru.json']).toEqual({
      ...(draft()['i18n/ru.json'] as object),
      stale: ['projects.titr.description'],
    });
  });

  it('returns the same draft for a text that was not stale', () => {
    const before = draft();
    expect(markReviewed(before, 'ru', 'projects.titr.shortName')).toBe(before);
  });
});

describe('the texts of data/', () => {
  const values = Object.fromEntries(
    [...DATA_FILES].map(([path, text]) => [path, JSON.parse(text) as unknown]),
  );
  const texts = textsOf(values);

  it('gives every text a path that names it', () => {
    for (const text of texts) expect(parseTextPath(text.path)).toEqual(text.location);
  });

  it('gives every text its own path', () => {
    expect(new Set(texts.map((text) => text.path)).size).toBe(texts.length);
  });

  it('finds no problem where the data check finds none', () => {
    expect(texts.filter((text) => passes(text, 'problems')).map((text) => text.path)).toEqual([]);
  });
});

describe('a new key of a keyed table', () => {
  it('goes right after its nearest English predecessor, so the file changes by that line alone', () => {
    const file = { projects: { titr: { routeSources: { a: 'A', c: 'C' } } } };
    const order = ['a', 'b', 'c'];
    const path = 'projects.titr.routeSources."b"';
    const written = writeTranslation(file, path, 'B', order) as typeof file;
    expect(Object.keys(written.projects.titr.routeSources)).toEqual(['a', 'b', 'c']);
    const first = writeTranslation(file, 'projects.titr.routeSources."0"', 'Z', [
      '0',
      ...order,
    ]) as { projects: { titr: { routeSources: Record<string, string> } } };
    expect(Object.keys(first.projects.titr.routeSources)).toEqual(['0', 'a', 'c']);
  });
});
