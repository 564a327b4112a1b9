import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { testRequest } from '../../test/pictureRequest.ts';
import type { Content } from '../content/schema.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { cardContentFor, cardTexts, shownPublishers } from './cards.ts';
import type { PictureRequest } from './pictureRequest.ts';

describe('shownPublishers', () => {
  const { projects } = loadTestContent();

  it("names the sources of each listed project's status on the day drawn, once each", () => {
    const titr = projects.filter((project) => project.id === 'titr');
    // The Baku–Tbilisi–Kars opening makes the corridor operating: Trend (reprinted) and Report.az.
    expect(shownPublishers(titr, '2024-01-31')).toEqual(['Trend News Agency', 'Report.az']);
    // Before it, the coordinating committee: the reprint's publisher without "(reprinting …)".
    expect(shownPublishers(titr, '2016-01-01')).toEqual(['Today.az', 'AzerNews']);
  });

  it('follows the day: the fibre line agreed, then under construction', () => {
    const fibre = projects.filter((project) => project.id === 'fiber-optic');
    expect(shownPublishers(fibre, '2024-01-31')).toEqual(['The Astana Times']);
    expect(shownPublishers(fibre, '2026-03-04')).toEqual(['Today.az', 'Trend News Agency']);
  });

  it('names nothing for a project with no status yet', () => {
    const fibre = projects.filter((project) => project.id === 'fiber-optic');
    expect(shownPublishers(fibre, '2020-01-01')).toEqual([]);
  });
});

describe('cardTexts: the day the facts were checked', () => {
  // The corridor checked before the others, the oil transit last: the map's day is the latest
  // project's, as the data check gives it.
  const days: Readonly<Record<string, string>> = {
    titr: '2026-11-20',
    'oil-transit': '2026-12-05',
  };
  const loaded = loadTestContent();
  const projects = loaded.projects.map((project) => ({
    ...project,
    checked: days[project.id] ?? '2026-12-01',
  }));
  const content: Content = { ...loaded, projects, factsChecked: '2026-12-05' };
  const request = (project: string | null): PictureRequest =>
    testRequest({ project, callout: false });
  const credit = (project: string | null, language: 'en' | 'ru' = 'en') => {
    const i18n = createI18n(content, language);
    const asked = request(project);
    return cardTexts(cardContentFor(asked, i18n.content), asked, i18n).credit;
  };

  it("gives the selected project's day", () => {
    expect(credit('titr')).toContain('Facts checked 20 November 2026');
    expect(credit('titr', 'ru')).toContain('Факты сверены 20 ноября 2026 г.');
  });

  it('gives the whole map the latest day', () => {
    expect(credit(null)).toContain('Facts checked 5 December 2026');
  });
});
