import { describe, expect, it } from 'vitest';
import { localizeContent } from './localize';
import { loadTestContent } from './testContent';
import { fill, fillParts } from './translate';

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
      expect(project.routes.map((route) => route.properties.source)).toEqual(
        english?.routes.map((route) => route.properties.source),
      );
      expect(project.routes.map((route) => route.geometry)).toEqual(
        english?.routes.map((route) => route.geometry),
      );
    });
  });
});

describe('fill and fillParts', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('{name} (approx.)', { name: 'Kuryk' })).toBe('Kuryk (approx.)');
    expect(fill('{name} {other}', { name: 'a' })).toBe('a {other}');
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
