import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DraftValues } from '../draft.ts';
import { TranslationsView } from './TranslationsView.tsx';
import { testDraft } from './testDraft.ts';

function render(values: DraftValues = testDraft()): string {
  return renderToStaticMarkup(createElement(TranslationsView, { values, update: () => {} }));
}

describe('TranslationsView', () => {
  it('heads its columns with each language in its own name', () => {
    const html = render();
    expect(html).toContain('<th scope="col" lang="ru">Русский</th>');
  });

  it('labels each translation with its language and path', () => {
    expect(render()).toContain('aria-label="Русский: projects.titr.milestones[0].event"');
  });

  it('marks each translation with its language', () => {
    expect(render()).toMatch(/<td lang="kk"[^>]*>/);
  });

  it('shows a missing translation with what readers see instead', () => {
    expect(render()).toContain('Readers see, marked as English: <span>Schematic.</span>');
  });

  it('offers "Still correct" for a stale translation', () => {
    expect(render()).toContain('aria-label="Still correct: Русский: projects.titr.name"');
  });

  it('shows the check words next to a wrong translation', () => {
    expect(render()).toContain('numbers differ from English (English: 2023, 6; here: 2022, 6)');
  });

  it('counts what is missing at the top', () => {
    expect(render()).toMatch(/<strong>\d+ missing<\/strong>/);
  });

  it('keeps a group closed when everything in it is translated', () => {
    const values = testDraft();
    const done = { ui: { 'panel.close': 'X', 'panel.source': '{source}' } };
    for (const language of ['ru', 'az', 'kk']) {
      values[`i18n/${language}.json`] = { ...(values[`i18n/${language}.json`] as object), ...done };
    }
    expect(render(values)).not.toContain('aria-label="Русский: ui.&quot;panel.close&quot;"');
  });
});
