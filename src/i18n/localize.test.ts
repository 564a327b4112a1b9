import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import type { RouteFeature } from '../content/schema.ts';
import { localizeContent } from './localize.ts';
import { fillParts } from './translate.ts';

const content = loadTestContent();

describe('localizeContent', () => {
  it('gives English content back as it is', () => {
    expect(localizeContent(content, 'en')).toBe(content);
  });

  it('translates names, texts, facts, routes and places', () => {
    const ru = localizeContent(content, 'ru');
    const titr = ru.projects.find((project) => project.id === 'titr');
    const translated = content.translations.ru.projects?.titr;
    expect(ru.mapTitle).toBe(content.translations.ru.mapTitle);
    expect(titr?.name).toBe(translated?.name);
    expect(titr?.facts[0]?.label).toBe(translated?.facts[0]?.label);
    expect(ru.places.map((place) => place.properties.name)).toContain('Баку');
  });

  it("keeps what is cited as published: the articles' clauses, every source and every date", () => {
    const kk = localizeContent(content, 'kk');
    kk.projects.forEach((project, index) => {
      const english = content.projects[index];
      expect(project.mentions).toEqual(english?.mentions);
      expect(project.milestones.map(({ event: _, ...cited }) => cited)).toEqual(
        english?.milestones.map(({ event: _, ...cited }) => cited),
      );
      expect(project.facts.map((fact) => fact.sources)).toEqual(
        english?.facts.map((fact) => fact.sources),
      );
      // A route's name and provenance note are the map's own words, translated (below).
      const cited = ({ properties }: RouteFeature) => {
        const { name: _, source: __, sourceLanguage: ___, ...rest } = properties;
        return rest;
      };
      expect(project.routes.map(cited)).toEqual(english?.routes.map(cited));
      expect(project.routes.map((route) => route.geometry)).toEqual(
        english?.routes.map((route) => route.geometry),
      );
    });
  });

  it("gives every route's provenance note in the reader's language where it is translated", () => {
    const kk = localizeContent(content, 'kk');
    const routes = kk.projects.flatMap((project, index) => {
      const translated = content.translations.kk.projects?.[project.id]?.routeSources ?? {};
      const english = content.projects[index]?.routes ?? [];
      return project.routes.map((route, at) => ({
        source: route.properties.source,
        sourceLanguage: route.properties.sourceLanguage,
        translation: translated[english[at]?.properties.name ?? ''],
      }));
    });
    // Every route of every project, the two flows included, has its note in Kazakh.
    expect(routes.length).toBe(content.projects.flatMap((project) => project.routes).length);
    for (const route of routes) {
      expect(route.translation).toBeDefined();
      expect(route.source).toBe(route.translation);
      expect(route.sourceLanguage).toBeUndefined();
    }
  });

  it('keeps a provenance note not yet translated in English, and marks it so', () => {
    const edited = structuredClone(content);
    const notes = edited.translations.ru.projects?.['oil-transit']?.routeSources;
    if (!notes) throw new Error('no Russian notes for the oil transit');
    const pipeline = 'Baku–Tbilisi–Ceyhan (BTC) pipeline';
    delete notes[pipeline];
    const [tanker, btc] = localizeContent(edited, 'ru').projects[1]?.routes ?? [];
    const english = content.projects[1]?.routes[1];
    expect(english?.properties.name).toBe(pipeline);
    expect(btc?.properties).toMatchObject({
      source: english?.properties.source,
      sourceLanguage: 'en',
    });
    expect(tanker?.properties.source).toBe(notes['Tanker route Aktau – Sangachal']);
    expect(tanker?.properties.sourceLanguage).toBeUndefined();
  });
});

describe('fillParts', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillParts('{name} (approx.)', { name: 'Kuryk' }).join('')).toBe('Kuryk (approx.)');
    expect(fillParts('{name} {other}', { name: 'a' }).join('')).toBe('a {other}');
  });

  it('cuts a template at its placeholders for markup', () => {
    const link = { link: true };
    expect(fillParts('As named by {source}.', { source: link })).toEqual([
      'As named by ',
      link,
      '.',
    ]);
  });
});
