import { describe, expect, it } from 'vitest';
import article from '../../data/articles/trend-2024-01-31.json';
import { findExcerpt } from './excerpt.ts';

const TEXT = article.text;

/** The one sentence of the article that names all four projects. */
const PROJECTS_SENTENCE =
  'Particular attention was paid to the implementation of infrastructure and logistics projects on the Trans-Caspian International Transport Route (TITR), the transit of Kazakh oil through Azerbaijani territory, the construction of a fiber-optic communication line (FOCL) on the Caspian Sea bed, and the signing of agreements to lay a deep-water electric cable on the Caspian Sea bed.';

/** The sentence that names the two trade initiatives. */
const TRADE_SENTENCE =
  'The parties expressed mutual interest in implementing cooperation initiatives not only in their own nations but also outside them, such as growing Kazakh grain exports to Azerbaijan and supplying Azerbaijani fruit and vegetable goods to Kazakhstan.';

const TRADE = ['grain-exports', 'fruit-vegetable-supplies'];
const clauses = Object.entries(article.clauses);
const projectClauses = clauses.filter(([id]) => !TRADE.includes(id));
const tradeClauses = clauses.filter(([id]) => TRADE.includes(id));

describe('findExcerpt', () => {
  it('is tested against the sentences that name the four projects and the two trade flows', () => {
    expect(TEXT).toContain(PROJECTS_SENTENCE);
    expect(TEXT).toContain(TRADE_SENTENCE);
    expect(projectClauses).toHaveLength(4);
    expect(tradeClauses).toHaveLength(2);
  });

  it.each(clauses)('returns the whole sentence around the clause of %s', (id, clause) => {
    const excerpt = findExcerpt(TEXT, clause);
    const sentence = `${excerpt?.before}${excerpt?.clause}${excerpt?.after}`;
    expect(sentence).toBe(TRADE.includes(id) ? TRADE_SENTENCE : PROJECTS_SENTENCE);
  });

  it.each(clauses)('splits the sentence exactly around the clause of %s', (_id, clause) => {
    const excerpt = findExcerpt(TEXT, clause);
    expect(excerpt?.clause).toBe(clause);
    expect(excerpt?.before.endsWith(' ')).toBe(true);
    expect(TEXT).toContain(`${excerpt?.before}${excerpt?.clause}${excerpt?.after}`);
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
