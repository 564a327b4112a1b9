/**
 * The demo story page says only what the map's sourced data and the article say: each milestone
 * step is a milestone of its project, word for word, and the article's paragraphs are verbatim.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';

const page = readFileSync(new URL('../../public/demo/story.html', import.meta.url), 'utf8');
const content = loadTestContent();
const decode = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const steps = [
  ...page.matchAll(/<p class="step" data-trans-caspian-step='([^']*)'>(.*?)<\/p>/g),
].map(([, json = '', inner = '']) => ({
  step: JSON.parse(json) as { project?: string; date?: string },
  inner,
}));

describe('the demo story page', () => {
  it('has a step per project, each milestone step a milestone of its project, word for word', () => {
    expect(steps.length).toBeGreaterThanOrEqual(15);
    const projects = new Set(steps.map(({ step }) => step.project).filter(Boolean));
    expect([...projects].sort()).toEqual(content.projects.map((project) => project.id).sort());
    for (const { step, inner } of steps.filter(({ step }) => step.project)) {
      const milestone = content.projects
        .find((project) => project.id === step.project)
        ?.milestones.find((candidate) => candidate.date === step.date);
      expect(milestone, `${step.project} ${step.date}`).toBeDefined();
      const [, shown = '', text = ''] =
        /^<strong class="when" data-date="([^"]+)">[^<]+<\/strong> (.*)$/.exec(inner) ?? [];
      expect(shown).toBe(step.date);
      expect(decode(text)).toBe(milestone?.event);
    }
  });

  it('quotes the article verbatim', () => {
    const article = content.articles.find((candidate) => candidate.date === '2024-01-31');
    const paragraphs = [
      ...page.matchAll(/<p(?: class="step" data-trans-caspian-step='[^']*')?>([^<]*)<\/p>/g),
    ].map(([, text = '']) => decode(text));
    const quoted = paragraphs.filter((text) => text.length > 80);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    for (const text of quoted) expect(article?.text).toContain(text);
  });
});
