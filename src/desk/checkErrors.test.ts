import { describe, expect, it } from 'vitest';
import { itemErrors, listItemPrefixes, placePrefixes } from './checkErrors.ts';

describe("the check's errors by item and field", () => {
  const prefixes = listItemPrefixes('titr', 0, 'milestones', 1);

  it('puts a schema error at its field, a translation error at its language', () => {
    const errors = [
      'data/projects.json: project 0: milestones[1].sources[0].url: must be the http(s) address of the source',
      'data/i18n/kk.json: projects."titr".milestones[1].event: numbers differ from English (English: 28; here: 38)',
      'data/i18n/ru.json: projects.titr.milestones[1].event: must not be empty',
      'data/projects.json: project 0: milestones[12].date: must be YYYY, YYYY-MM or YYYY-MM-DD',
    ];
    expect(itemErrors(errors, prefixes)).toEqual({
      byField: {
        'sources.0.url': ['must be the http(s) address of the source'],
        'i18n.kk.event': ['numbers differ from English (English: 28; here: 38)'],
        'i18n.ru.event': ['must not be empty'],
      },
      general: [],
    });
  });

  it('keeps an error about the whole item apart, and a field named after the colon at it', () => {
    const errors = [
      'data/projects.json: project "titr": milestones[1]: an expected milestone cannot set the status ("agreed"); give the status to the milestone that records it happening',
      'data/projects.json: project "titr": milestones[1]: notConfirmedAsOf: 2027-01-01 is after the day the facts were checked (2026-12-01)',
    ];
    expect(itemErrors(errors, prefixes)).toEqual({
      byField: {
        notConfirmedAsOf: ['2027-01-01 is after the day the facts were checked (2026-12-01)'],
      },
      general: [errors[0]],
    });
  });

  it('puts a missing place name at its language', () => {
    const error = 'data/i18n/az.json: places: missing "Kuryk"';
    expect(itemErrors([error], placePrefixes(3, 'Kuryk')).byField).toEqual({
      'i18n.az.name': [error],
    });
  });
});
