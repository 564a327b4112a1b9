import { describe, expect, it } from 'vitest';
import type { TranslationInput } from '../../content/schema.ts';
import { carryRoute, flagRouteSource } from './routeTranslations.ts';

const NAME = 'Kazakh rail: Beyneu – Aktau port';

const ru: TranslationInput = {
  language: 'ru',
  languageName: 'Русский',
  ui: {},
  projects: {
    titr: {
      name: 'ТМТМ',
      shortName: 'ТМТМ',
      description: '…',
      facts: [],
      milestones: [],
      routes: { [NAME]: 'Казахстанская железная дорога: Бейнеу – порт Актау', Other: 'Другая' },
      routeSources: { [NAME]: 'По Natural Earth.' },
    },
  },
};

const path = (table: string, key: string) => `projects.titr.${table}.${JSON.stringify(key)}`;

describe('carryRoute', () => {
  it('moves a renamed route’s translations to its new name, flagged stale', () => {
    const renamed = carryRoute(ru, 'titr', NAME, [{ name: 'Beyneu – Aktau', suffix: '' }]);
    const project = renamed.projects?.titr;
    expect(project?.routes).toEqual({
      Other: 'Другая',
      'Beyneu – Aktau': 'Казахстанская железная дорога: Бейнеу – порт Актау',
    });
    expect(project?.routeSources).toEqual({ 'Beyneu – Aktau': 'По Natural Earth.' });
    expect(renamed.stale).toEqual([
      path('routes', 'Beyneu – Aktau'),
      path('routeSources', 'Beyneu – Aktau'),
    ]);
  });

  it('gives both halves of a split the translation, numbered as in English', () => {
    const split = carryRoute(ru, 'titr', NAME, [
      { name: `${NAME} (1)`, suffix: ' (1)' },
      { name: `${NAME} (2)`, suffix: ' (2)' },
    ]);
    expect(split.projects?.titr?.routes[`${NAME} (2)`]).toBe(
      'Казахстанская железная дорога: Бейнеу – порт Актау (2)',
    );
    expect(split.projects?.titr?.routeSources?.[`${NAME} (1)`]).toBe('По Natural Earth.');
    expect(split.stale).toHaveLength(4);
  });

  it('drops stale flags of the old name', () => {
    const flagged = { ...ru, stale: [path('routes', NAME), 'projects.titr.name'] };
    const renamed = carryRoute(flagged, 'titr', NAME, [{ name: 'New', suffix: '' }]);
    expect(renamed.stale).toEqual([
      'projects.titr.name',
      path('routes', 'New'),
      path('routeSources', 'New'),
    ]);
  });

  it('never overwrites the translation of a name already translated', () => {
    const renamed = carryRoute(ru, 'titr', NAME, [{ name: 'Other', suffix: '' }]);
    expect(renamed.projects?.titr?.routes.Other).toBe('Другая');
  });

  it('returns the same file when it has nothing to carry', () => {
    expect(carryRoute(ru, 'titr', 'Unknown', [{ name: 'New', suffix: '' }])).toBe(ru);
    expect(carryRoute(ru, 'power-cable', NAME, [{ name: 'New', suffix: '' }])).toBe(ru);
    expect(carryRoute(ru, 'titr', NAME, [{ name: NAME, suffix: '' }])).toBe(ru);
  });
});

describe('flagRouteSource', () => {
  it('flags a translated line source stale once', () => {
    const flagged = flagRouteSource(ru, 'titr', NAME);
    expect(flagged.stale).toEqual([path('routeSources', NAME)]);
    expect(flagRouteSource(flagged, 'titr', NAME)).toBe(flagged);
  });

  it('leaves a file without that translation as it is', () => {
    expect(flagRouteSource(ru, 'titr', 'Other')).toBe(ru);
  });
});
