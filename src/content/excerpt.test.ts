import { describe, expect, it } from 'vitest';
import article from '../../data/articles/trend-2024-01-31.json';
import { findExcerpt } from './excerpt';

const TEXT = article.text;

/** The one sentence of the article that names all four projects. */
const PROJECTS_SENTENCE =
  'Particular attention was paid to the implementation of infrastructure and logistics projects on the Trans-Caspian International Transport Route (TITR), the transit of Kazakh oil through Azerbaijani territory, the construction of a fiber-optic communication line (FOCL) on the Caspian Sea bed, and the signing of agreements to lay a deep-water electric cable on the Caspian Sea bed.';

const clauses = Object.entries(article.clauses);

describe('findExcerpt', () => {
  it('is tested against the article sentence that names all four projects', () => {
    expect(TEXT).toContain(PROJECTS_SENTENCE);
    expect(clauses).toHaveLength(4);
  });

  it.each(clauses)('returns the whole sentence around the clause of %s', (_id, clause) => {
    const excerpt = findExcerpt(TEXT, clause);
    const sentence = `${excerpt?.before}${excerpt?.clause}${excerpt?.after}`;
    expect(sentence.startsWith('Particular attention was paid to')).toBe(true);
    expect(sentence.endsWith('Caspian Sea bed.')).toBe(true);
  });

  it.each(clauses)('splits the sentence exactly around the clause of %s', (_id, clause) => {
    const excerpt = findExcerpt(TEXT, clause);
    expect(excerpt?.clause).toBe(clause);
    expect(`${excerpt?.before}${excerpt?.clause}${excerpt?.after}`).toBe(PROJECTS_SENTENCE);
  });

  it('returns null for a clause whose case differs from the article', () => {
    expect(findExcerpt(TEXT, 'The transit of Kazakh oil through Azerbaijani territory')).toBeNull();
  });

  it('returns null for a clause with a different spelling ("fibre-optic")', () => {
    expect(
      findExcerpt(TEXT, 'the construction of a fibre-optic communication line (FOCL)'),
    ).toBeNull();
  });

  it('returns null for an empty clause', () => {
    expect(findExcerpt(TEXT, '')).toBeNull();
  });

  it('keeps the dateline apart from the first sentence it introduces', () => {
    expect(findExcerpt(TEXT, 'Azerbaijan and Kazakhstan have discussed')).toEqual({
      before: '',
      clause: 'Azerbaijan and Kazakhstan have discussed',
      after:
        ' the realization of joint projects, Trend reports, referring to the Kazakhstan Embassy in Azerbaijan.',
    });
  });

  it('gives the dateline as a sentence of its own when the clause lies in it', () => {
    expect(findExcerpt(TEXT, 'BAKU, Azerbaijan')).toEqual({
      before: '',
      clause: 'BAKU, Azerbaijan',
      after: ', January 31.',
    });
  });

  it('ends a sentence at a paragraph break even without a full stop', () => {
    expect(findExcerpt('Rail to Aktau\nFerry to Baku.', 'Rail')).toEqual({
      before: '',
      clause: 'Rail',
      after: ' to Aktau',
    });
  });

  it('does not end a sentence at a full stop followed by a lower-case word', () => {
    expect(findExcerpt('Capacity is 4.5 Mt. a year. Next sentence.', 'Capacity')?.after).toBe(
      ' is 4.5 Mt. a year.',
    );
  });

  it('keeps a clause that itself spans two sentences whole, with both sentences around it', () => {
    const excerpt = findExcerpt(
      TEXT,
      'last year, boosted bilateral cooperation between the two nations. Alim Bayel',
    );
    expect(excerpt?.before.startsWith('Meanwhile, reciprocal visits')).toBe(true);
    expect(excerpt?.after).toBe(
      ' acknowledged the steady development in trade turnover between the countries and emphasized the need to continue this trend.',
    );
  });
});
