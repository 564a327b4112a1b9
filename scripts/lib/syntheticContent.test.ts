import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/validate.ts';
import { DATA_FILES } from '../../test/content.ts';
import { multiplyContent } from './syntheticContent.ts';

describe('multiplyContent', () => {
  it('gives ten times the projects, routes and places, and passes the data check', () => {
    const result = validateContent(multiplyContent(DATA_FILES, 10));
    if (!result.ok) throw new Error(result.errors.slice(0, 5).join('\n'));
    const real = validateContent(DATA_FILES);
    if (!real.ok) throw new Error('data/ is invalid');
    expect(result.content.projects).toHaveLength(real.content.projects.length * 10);
    expect(result.content.places).toHaveLength(real.content.places.length * 10);
    const routes = (content: typeof real.content) =>
      content.projects.reduce((sum, project) => sum + project.routes.length, 0);
    expect(routes(result.content)).toBe(routes(real.content) * 10);
  });

  it('leaves the content as it is for a factor of 1', () => {
    expect(multiplyContent(DATA_FILES, 1).get('projects.json')).toBe(
      JSON.stringify(JSON.parse(DATA_FILES.get('projects.json') ?? '')),
    );
  });
});
