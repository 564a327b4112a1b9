import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import type { Content } from '../content/schema.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { shareEntryFor } from './shareEntry.ts';
import { WHOLE_MAP } from './sharePage.ts';

/** The test content with each project checked on its own day, the others on 1 December 2026. */
function checkedOn(days: Readonly<Record<string, string>>): Content {
  const content = loadTestContent();
  const projects = content.projects.map((project) => ({
    ...project,
    checked: days[project.id] ?? '2026-12-01',
  }));
  const latest =
    projects
      .map((project) => project.checked)
      .sort()
      .at(-1) ?? '';
  return { ...content, projects, factsChecked: latest };
}

describe('shareEntryFor: when the facts were checked', () => {
  const content = checkedOn({ titr: '2026-11-20', 'oil-transit': '2026-12-05' });

  it("gives a project's page that project's day, in the page's language", () => {
    const { checked } = shareEntryFor(createI18n(content, 'en'), 'titr');
    expect(checked).toEqual({
      day: '2026-11-20',
      date: '20 November 2026',
      sentence: 'Facts on this project checked against their sources on {date}.',
    });
    const russian = shareEntryFor(createI18n(content, 'ru'), 'titr').checked;
    expect(russian.date).toBe('20 ноября 2026 г.');
    // The Russian date ends with "г.", so the sentence adds no full stop of its own.
    expect(russian.sentence).toBe('Факты по этому проекту сверены с источниками {date}');
  });

  it("gives the whole map's page the latest project's day", () => {
    const { checked } = shareEntryFor(createI18n(content, 'en'), WHOLE_MAP);
    expect(checked).toEqual({
      day: '2026-12-05',
      date: '5 December 2026',
      sentence: 'Facts last checked against their sources on {date}.',
    });
  });
});
