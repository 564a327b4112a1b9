import { describe, expect, it } from 'vitest';
import { DATA_FILES, fullCheck } from '../../test/content.ts';
import { formatDataFile } from '../content/formatData.ts';
import type {
  MilestoneInput,
  PlaceCollectionInput,
  ProjectsFileInput,
  TranslationInput,
} from '../content/schema.ts';
import type { DraftValues } from './draft.ts';
import {
  addFact,
  addMilestone,
  addPlace,
  baselineAt,
  entryAt,
  freshBaseline,
  insertItem,
  markNotConfirmed,
  milestoneSlot,
  moveItem,
  needsResolving,
  OTHER_LANGUAGES,
  placeBaseline,
  placeMilestone,
  projectTextsAt,
  removeItem,
  removePlace,
  replaceItem,
  replacePlace,
  replaceProjectTexts,
  staleAfter,
} from './edits.ts';

const source = { publisher: 'Trend', url: 'https://en.trend.az/1' };
const milestone = (date: string, event: string): MilestoneInput => ({
  date,
  event,
  sources: [source],
});

function fixture(stale: Partial<Record<'ru' | 'az' | 'kk', string[]>> = {}): DraftValues {
  const projects: ProjectsFileInput = {
    mapTitle: 'Map',
    projects: [
      {
        id: 'titr',
        name: 'Middle Corridor',
        shortName: 'TITR',
        description: 'Rail and ferry',
        colours: { light: '#0066a8', dark: '#56b4e9' },
        checked: '2026-01-01',
        facts: [{ label: 'Capacity', value: '6 Mt', sources: [source] }],
        milestones: [
          milestone('2014', 'A'),
          milestone('2020-05', 'B'),
          milestone('2024-01-31', 'C'),
        ],
      },
    ],
  };
  const translation = (language: 'ru' | 'az' | 'kk'): TranslationInput => ({
    language,
    languageName: language,
    ui: {},
    projects: {
      titr: {
        name: `${language} name`,
        shortName: 'T',
        description: 'd',
        facts: [{ label: `${language} Capacity`, value: `${language} 6 Mt` }],
        milestones: ['A', 'B', 'C'].map((event) => ({ event: `${language} ${event}` })),
        routes: {},
      },
    },
    places: { Baku: `${language} Baku`, Aktau: `${language} Aktau` },
    ...(stale[language] ? { stale: stale[language] } : {}),
  });
  const places: PlaceCollectionInput = {
    type: 'FeatureCollection',
    features: ['Baku', 'Aktau'].map((name) => ({
      type: 'Feature',
      properties: { name, kind: 'city', source: '[G]' },
      geometry: { type: 'Point', coordinates: [50, 40] },
    })),
  };
  return {
    'projects.json': projects,
    'places.geojson': places,
    'i18n/ru.json': translation('ru'),
    'i18n/az.json': translation('az'),
    'i18n/kk.json': translation('kk'),
  };
}

const milestonesOf = (values: DraftValues) =>
  (values['projects.json'] as ProjectsFileInput).projects[0]?.milestones.map((m) => m.event);
const eventsOf = (values: DraftValues, language: string) =>
  (values[`i18n/${language}.json`] as TranslationInput).projects?.titr?.milestones.map(
    (m) => m.event,
  );
const staleOf = (values: DraftValues, language: string) =>
  (values[`i18n/${language}.json`] as TranslationInput).stale;
const texts = (event: string) => ({
  ru: { event: `ru ${event}` },
  az: { event: `az ${event}` },
  kk: { event: `kk ${event}` },
});

describe('adding a milestone', () => {
  it('inserts it into projects.json and at the same index into every translation', () => {
    const { values, index } = addMilestone(fixture(), 'titr', {
      item: milestone('2022-03-01', 'New'),
      texts: texts('New'),
    });
    expect(index).toBe(2);
    expect(milestonesOf(values)).toEqual(['A', 'B', 'New', 'C']);
    for (const language of OTHER_LANGUAGES) {
      expect(eventsOf(values, language)).toEqual(
        ['A', 'B', 'New', 'C'].map((event) => `${language} ${event}`),
      );
    }
  });

  it('goes last while its date is not a date yet', () => {
    const { index } = addMilestone(fixture(), 'titr', {
      item: milestone('', ''),
      texts: texts(''),
    });
    expect(index).toBe(3);
  });

  it('moves the stale flags of the milestones after it', () => {
    const values = fixture({ ru: ['projects.titr.milestones[2].event', 'projects.titr.name'] });
    const added = addMilestone(values, 'titr', { item: milestone('2015', 'X'), texts: texts('X') });
    expect(staleOf(added.values, 'ru')).toEqual([
      'projects.titr.milestones[3].event',
      'projects.titr.name',
    ]);
  });

  it('leaves the files exactly as written apart from the new entry', () => {
    const files = Object.fromEntries(
      [...DATA_FILES].map(([path, text]) => [path, JSON.parse(text) as unknown]),
    );
    const { values } = addMilestone(files, 'titr', {
      item: milestone('2025-10-01', 'Test event 1'),
      texts: texts('Test event 1'),
    });
    const changed = Object.keys(values).filter(
      (path) => formatDataFile(path, values[path]) !== DATA_FILES.get(path),
    );
    expect(changed.sort()).toEqual([
      'i18n/az.json',
      'i18n/kk.json',
      'i18n/ru.json',
      'projects.json',
    ]);
    const texts2 = new Map(DATA_FILES);
    for (const path of changed) texts2.set(path, formatDataFile(path, values[path]));
    const result = fullCheck(texts2);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('removing a milestone', () => {
  it('removes it at the same index everywhere, with its stale flag', () => {
    const values = fixture({
      az: ['projects.titr.milestones[1].event', 'projects.titr.milestones[2].event'],
    });
    const removed = removeItem(values, 'titr', 'milestones', 1);
    expect(milestonesOf(removed)).toEqual(['A', 'C']);
    for (const language of OTHER_LANGUAGES) {
      expect(eventsOf(removed, language)).toEqual([`${language} A`, `${language} C`]);
    }
    expect(staleOf(removed, 'az')).toEqual(['projects.titr.milestones[1].event']);
  });

  it('drops the stale list once it is empty', () => {
    const values = fixture({ kk: ['projects.titr.milestones[0].event'] });
    expect(staleOf(removeItem(values, 'titr', 'milestones', 0), 'kk')).toBeUndefined();
  });
});

describe('changing a milestone', () => {
  it('flags the other languages stale when the English changes', () => {
    const values = fixture();
    const baseline = baselineAt(values, 'titr', 'milestones', 1);
    if (!baseline) throw new Error('no milestone');
    const entry = { item: { ...baseline.item, event: 'B changed' }, texts: baseline.texts };
    const changed = replaceItem(values, 'titr', 'milestones', 1, entry, baseline);
    expect(milestonesOf(changed)).toEqual(['A', 'B changed', 'C']);
    for (const language of OTHER_LANGUAGES) {
      expect(staleOf(changed, language)).toEqual(['projects.titr.milestones[1].event']);
    }
  });

  it('does not flag a language whose text changed in the same edit', () => {
    const values = fixture();
    const baseline = baselineAt(values, 'titr', 'milestones', 1);
    if (!baseline) throw new Error('no milestone');
    const entry = {
      item: { ...baseline.item, event: 'B changed' },
      texts: { ...baseline.texts, ru: { event: 'ru B changed' } },
    };
    const changed = replaceItem(values, 'titr', 'milestones', 1, entry, baseline);
    expect(staleOf(changed, 'ru')).toBeUndefined();
    expect(eventsOf(changed, 'ru')?.[1]).toBe('ru B changed');
    expect(staleOf(changed, 'kk')).toEqual(['projects.titr.milestones[1].event']);
  });

  it('clears the stale flag of a translation that is edited', () => {
    const values = fixture({ ru: ['projects.titr.milestones[0].event'] });
    const baseline = baselineAt(values, 'titr', 'milestones', 0);
    if (!baseline) throw new Error('no milestone');
    expect(baseline.stale.ru.event).toBe(true);
    const entry = { item: baseline.item, texts: { ...baseline.texts, ru: { event: 'ru A2' } } };
    expect(staleOf(replaceItem(values, 'titr', 'milestones', 0, entry, baseline), 'ru')).toBe(
      undefined,
    );
  });

  it('judges every keystroke against the item as its form opened it', () => {
    const values = fixture();
    const baseline = baselineAt(values, 'titr', 'milestones', 2);
    if (!baseline) throw new Error('no milestone');
    // The translation first, then the English: the translation was still edited in this edit.
    const step1 = replaceItem(
      values,
      'titr',
      'milestones',
      2,
      { item: baseline.item, texts: { ...baseline.texts, az: { event: 'az C2' } } },
      baseline,
    );
    const step2 = replaceItem(
      step1,
      'titr',
      'milestones',
      2,
      {
        item: { ...baseline.item, event: 'C2' },
        texts: { ...baseline.texts, az: { event: 'az C2' } },
      },
      baseline,
    );
    expect(staleOf(step2, 'az')).toBeUndefined();
    expect(staleOf(step2, 'ru')).toEqual(['projects.titr.milestones[2].event']);
    // The English back as it was: nothing is stale any more.
    const step3 = replaceItem(step2, 'titr', 'milestones', 2, baseline, baseline);
    expect(staleOf(step3, 'ru')).toBeUndefined();
  });

  it('moves a milestone whose new date puts it elsewhere, with its stale flags', () => {
    const values = fixture({ kk: ['projects.titr.milestones[0].event'] });
    const baseline = baselineAt(values, 'titr', 'milestones', 0);
    if (!baseline) throw new Error('no milestone');
    const redated = replaceItem(
      values,
      'titr',
      'milestones',
      0,
      { item: { ...baseline.item, date: '2021' }, texts: baseline.texts },
      baseline,
    );
    const placed = placeMilestone(redated, 'titr', 0);
    expect(placed.index).toBe(1);
    expect(milestonesOf(placed.values)).toEqual(['B', 'A', 'C']);
    expect(eventsOf(placed.values, 'kk')).toEqual(['kk B', 'kk A', 'kk C']);
    expect(staleOf(placed.values, 'kk')).toEqual(['projects.titr.milestones[1].event']);
  });

  it('leaves a milestone in order where it is', () => {
    expect(placeMilestone(fixture(), 'titr', 1).index).toBe(1);
  });
});

describe('stale rules', () => {
  it('never flags a missing translation stale', () => {
    expect(
      staleAfter({ english: 'a', translated: '', stale: false }, { english: 'b', translated: '' }),
    ).toBe(false);
  });

  it('keeps a flag when nothing changed', () => {
    expect(
      staleAfter({ english: 'a', translated: 'x', stale: true }, { english: 'a', translated: 'x' }),
    ).toBe(true);
  });
});

describe('milestone order', () => {
  it('puts a year after the days of that year, and a day before a later month', () => {
    const others = [milestone('2024-03-01', 'a'), milestone('2024', 'b')];
    expect(milestoneSlot(others, milestone('2024-12-31', 'c'))).toBe(1);
    expect(milestoneSlot(others, milestone('2025', 'c'))).toBe(2);
    expect(milestoneSlot(others, milestone('2023', 'c'))).toBe(0);
  });
});

describe('facts', () => {
  it('adds a fact at the end everywhere and removes it at the same index', () => {
    const values = fixture();
    const added = addFact(values, 'titr', {
      item: { label: 'Length', value: '100 km', sources: [source] },
      texts: {
        ru: { label: 'Длина', value: '100 км' },
        az: { label: 'Uzunluq', value: '100 km' },
        kk: { label: 'Ұзындығы', value: '100 км' },
      },
    });
    expect(added.index).toBe(1);
    expect(entryAt(added.values, 'titr', 'facts', 1)?.texts.ru).toEqual({
      label: 'Длина',
      value: '100 км',
    });
    const removed = removeItem(added.values, 'titr', 'facts', 0);
    expect(entryAt(removed, 'titr', 'facts', 0)?.item.label).toBe('Length');
    expect(entryAt(removed, 'titr', 'facts', 0)?.texts.kk.label).toBe('Ұзындығы');
  });

  it('flags a fact field stale when its English changes, field by field', () => {
    const values = fixture();
    const baseline = baselineAt(values, 'titr', 'facts', 0);
    if (!baseline) throw new Error('no fact');
    const changed = replaceItem(
      values,
      'titr',
      'facts',
      0,
      { item: { ...baseline.item, value: '7 Mt' }, texts: baseline.texts },
      baseline,
    );
    expect(staleOf(changed, 'az')).toEqual(['projects.titr.facts[0].value']);
  });

  it('moves the stale flags of facts, not those of milestones', () => {
    const values = fixture({
      ru: ['projects.titr.facts[0].label', 'projects.titr.milestones[0].event'],
    });
    const inserted = insertItem(
      values,
      'titr',
      'facts',
      0,
      freshBaseline('facts', {
        label: 'x',
        value: 'y',
        sources: [source],
      }),
    );
    expect(staleOf(inserted, 'ru')).toEqual([
      'projects.titr.facts[1].label',
      'projects.titr.milestones[0].event',
    ]);
    const moved = moveItem(inserted, 'titr', 'facts', 1, 0);
    expect(staleOf(moved, 'ru')).toEqual([
      'projects.titr.facts[0].label',
      'projects.titr.milestones[0].event',
    ]);
  });
});

describe('places', () => {
  const places = (values: DraftValues) =>
    (values['places.geojson'] as PlaceCollectionInput).features.map((f) => f.properties.name);
  const names = (values: DraftValues, language: string) =>
    (values[`i18n/${language}.json`] as TranslationInput).places;

  it('renames a place in every translation, keeping its place in the file', () => {
    const values = fixture();
    const baseline = placeBaseline(values, 0);
    if (!baseline) throw new Error('no place');
    const feature = {
      ...baseline.feature,
      properties: { ...baseline.feature.properties, name: 'Baku port' },
    };
    const renamed = replacePlace(values, 0, { feature, names: baseline.names }, baseline);
    expect(places(renamed)).toEqual(['Baku port', 'Aktau']);
    expect(Object.keys(names(renamed, 'ru') ?? {})).toEqual(['Baku port', 'Aktau']);
    expect(staleOf(renamed, 'ru')).toEqual(['places."Baku port"']);
  });

  it('adds and removes a place with its names', () => {
    const added = addPlace(fixture(), {
      feature: {
        type: 'Feature',
        properties: { name: 'Kuryk', kind: 'port', source: '[G]' },
        geometry: { type: 'Point', coordinates: [51.6, 43.2] },
      },
      names: { ru: 'Курык', az: 'Kurık', kk: 'Құрық' },
    });
    expect(names(added, 'kk')?.Kuryk).toBe('Құрық');
    const removed = removePlace(added, 0);
    expect(places(removed)).toEqual(['Aktau', 'Kuryk']);
    expect(Object.keys(names(removed, 'az') ?? {})).toEqual(['Aktau', 'Kuryk']);
  });
});

describe("a project's texts", () => {
  it('flags the translations of a changed description, not those edited with it', () => {
    const values = fixture();
    const baseline = projectTextsAt(values, 'titr');
    if (!baseline) throw new Error('no project');
    const changed = replaceProjectTexts(
      values,
      'titr',
      {
        english: { ...baseline.english, description: 'Rail, ferry and road' },
        texts: { ...baseline.texts, kk: { ...baseline.texts.kk, description: 'жаңа' } },
      },
      baseline,
    );
    expect((changed['projects.json'] as ProjectsFileInput).projects[0]?.description).toBe(
      'Rail, ferry and road',
    );
    expect(staleOf(changed, 'ru')).toEqual(['projects.titr.description']);
    expect(staleOf(changed, 'kk')).toBeUndefined();
  });
});

describe('expected milestones whose day has passed', () => {
  const milestone = (date: string, extra: Partial<MilestoneInput> = {}): MilestoneInput => ({
    date,
    event: 'Launch expected',
    expected: true,
    sources: [{ publisher: 'Test Agency', url: 'https://example.org/plan' }],
    ...extra,
  });

  it('need resolving once the facts are checked after their last day, until marked unconfirmed as of it', () => {
    expect(needsResolving(milestone('2026-09'), '2026-10-01')).toBe(true);
    expect(needsResolving(milestone('2026-09'), '2026-09-30')).toBe(false);
    expect(needsResolving(milestone('2026'), '2026-12-07')).toBe(false);
    expect(needsResolving(milestone('2026-09', { expected: false }), '2026-10-01')).toBe(false);
    expect(
      needsResolving(milestone('2026-09', { notConfirmedAsOf: '2026-10-01' }), '2026-10-01'),
    ).toBe(false);
    expect(
      needsResolving(milestone('2026-09', { notConfirmedAsOf: '2026-10-01' }), '2026-11-02'),
    ).toBe(true);
  });

  it('are marked not confirmed as of the day the project was checked, and no others', () => {
    const values = {
      'projects.json': {
        mapTitle: 'Test',
        projects: [
          {
            id: 'fibre',
            checked: '2026-12-07',
            milestones: [milestone('2026-06'), milestone('2026-09'), milestone('2027')],
          },
        ],
      },
    };
    const marked = markNotConfirmed(values, 'fibre', [1]) as typeof values;
    expect(
      marked['projects.json'].projects[0]?.milestones.map(
        (one) => (one as MilestoneInput).notConfirmedAsOf,
      ),
    ).toEqual([undefined, '2026-12-07', undefined]);
  });
});
