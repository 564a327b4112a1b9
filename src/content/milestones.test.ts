import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import {
  clampDay,
  happenedBy,
  milestoneDay,
  sortMilestones,
  statusesOn,
  statusMilestone,
  statusOn,
  timespanOf,
} from './milestones.ts';
import type { Milestone } from './schema.ts';

const milestone = (date: string, extra: Partial<Milestone> = {}): Milestone => ({
  date,
  event: `event of ${date}`,
  expected: false,
  sources: [{ publisher: 'Test', url: 'https://example.org/' }],
  ...extra,
});

const POWER_CABLE = [
  milestone('2025-04-04'),
  milestone('2024-11-13', { status: 'agreed' }),
  milestone('2023-11-14', { status: 'proposed' }),
  milestone('2030', { expected: true }),
];

describe('sortMilestones', () => {
  it('orders milestones oldest first, whatever the order in the file', () => {
    expect(sortMilestones(POWER_CABLE).map((one) => one.date)).toEqual([
      '2023-11-14',
      '2024-11-13',
      '2025-04-04',
      '2030',
    ]);
  });

  it('places a yearly total after the events of that year, and a month after its days', () => {
    const sorted = sortMilestones([
      milestone('2023'),
      milestone('2023-12'),
      milestone('2023-12-31'),
      milestone('2023-08-22'),
      milestone('2024-01-01'),
    ]);
    expect(sorted.map((one) => one.date)).toEqual([
      '2023-08-22',
      '2023-12-31',
      '2023-12',
      '2023',
      '2024-01-01',
    ]);
  });

  it('keeps the file order between milestones of the same date', () => {
    const first = milestone('2024-05', { event: 'first' });
    const second = milestone('2024-05', { event: 'second' });
    expect(sortMilestones([first, second]).map((one) => one.event)).toEqual(['first', 'second']);
  });

  it('does not reorder its argument', () => {
    const copy = [...POWER_CABLE];
    sortMilestones(POWER_CABLE);
    expect(POWER_CABLE).toEqual(copy);
  });
});

describe('happenedBy', () => {
  it('counts a partial date from the last day of its period', () => {
    expect(happenedBy(milestone('2023'), '2023-12-30')).toBe(false);
    expect(happenedBy(milestone('2023'), '2023-12-31')).toBe(true);
    expect(happenedBy(milestone('2024-05'), '2024-05-02')).toBe(false);
    expect(happenedBy(milestone('2024-05'), '2024-05-31')).toBe(true);
  });

  it('never counts an expected milestone as happened', () => {
    expect(happenedBy(milestone('2026', { expected: true }), '2099-01-01')).toBe(false);
  });
});

describe('statusOn', () => {
  it('is null before the first milestone with a status', () => {
    expect(statusOn(POWER_CABLE, '2023-11-13')).toBeNull();
  });

  it('takes the status of the latest milestone that set one, from its day on', () => {
    expect(statusOn(POWER_CABLE, '2023-11-14')).toBe('proposed');
    expect(statusOn(POWER_CABLE, '2024-11-12')).toBe('proposed');
    expect(statusOn(POWER_CABLE, '2024-11-13')).toBe('agreed');
    expect(statusOn(POWER_CABLE, '2031-01-01')).toBe('agreed');
  });

  it('lets a later milestone move the status back (a project can be suspended)', () => {
    const milestones = [
      milestone('2020', { status: 'agreed' }),
      milestone('2021', { status: 'operating' }),
      milestone('2022-06-01', { status: 'agreed' }),
    ];
    expect(statusOn(milestones, '2022-05-31')).toBe('operating');
    expect(statusOn(milestones, '2022-06-01')).toBe('agreed');
  });
});

describe('the real data', () => {
  const content = loadTestContent();
  const span = timespanOf(content.projects, content.articles);

  it('spans from the article to the latest milestone that has happened', () => {
    // The Middle Corridor's container trains in the first quarter of 2026 (dated 2026-03, so
    // counted from the month's last day), after the power cable's ratification on 11 March; the
    // new ferries, the fibre line's laying and its launch, later in 2026, are only expected.
    expect(span).toEqual({ start: '2024-01-31', end: '2026-03-31' });
    const ending = content.projects.flatMap((project) =>
      project.milestones
        .filter((one) => happenedBy(one, span.end) && milestoneDay(one) === span.end)
        .map((one) => [project.id, one.date]),
    );
    expect(ending).toEqual([['titr', '2026-03']]);
  });

  it("gives every project's status as of the article (31 January 2024)", () => {
    expect(statusesOn(content.projects, span.start)).toEqual({
      titr: 'operating',
      'oil-transit': 'operating',
      'fiber-optic': 'agreed',
      'power-cable': 'proposed',
      'grain-exports': 'operating',
      'fruit-vegetable-supplies': 'operating',
    });
  });

  it('gives every project its status as of the latest milestone (31 March 2026)', () => {
    expect(statusesOn(content.projects, span.end)).toEqual({
      titr: 'operating',
      'oil-transit': 'operating',
      'fiber-optic': 'under-construction',
      'power-cable': 'proposed',
      'grain-exports': 'operating',
      'fruit-vegetable-supplies': 'operating',
    });
  });

  it('moves the fibre line on the day its construction agreement was signed', () => {
    const fibre = content.projects.find((project) => project.id === 'fiber-optic');
    expect(statusOn(fibre?.milestones ?? [], '2025-03-02')).toBe('agreed');
    expect(statusOn(fibre?.milestones ?? [], '2025-03-03')).toBe('under-construction');
  });

  it('keeps the power cable proposed: every agreement so far is to study it', () => {
    const cable = content.projects.find((project) => project.id === 'power-cable');
    expect(statusOn(cable?.milestones ?? [], span.end)).toBe('proposed');
  });
});

describe('statusMilestone', () => {
  it('gives the milestone that sets the status on a day, or null before any', () => {
    const milestones = [
      milestone('2023-08-23', { status: 'agreed' }),
      milestone('2024-06'),
      milestone('2025-03-03', { status: 'under-construction' }),
      milestone('2026', { expected: true }),
    ];
    expect(statusMilestone(milestones, '2023-08-22')).toBeNull();
    expect(statusMilestone(milestones, '2025-03-02')?.date).toBe('2023-08-23');
    expect(statusMilestone(milestones, '2026-12-31')?.date).toBe('2025-03-03');
  });
});

describe('timespanOf and clampDay', () => {
  it('leaves expected milestones out of the span', () => {
    const span = timespanOf([{ milestones: POWER_CABLE }], [{ date: '2024-01-31' }]);
    expect(span).toEqual({ start: '2024-01-31', end: '2025-04-04' });
  });

  it('starts at the oldest article and never ends before it starts', () => {
    const span = timespanOf(
      [{ milestones: [milestone('2020')] }],
      [{ date: '2024-06-01' }, { date: '2024-01-31' }],
    );
    expect(span).toEqual({ start: '2024-01-31', end: '2024-01-31' });
  });

  it('brings a day inside the span', () => {
    const span = { start: '2024-01-31', end: '2025-04-04' };
    expect(clampDay('2020-01-01', span)).toBe('2024-01-31');
    expect(clampDay('2024-07-01', span)).toBe('2024-07-01');
    expect(clampDay('2030-01-01', span)).toBe('2025-04-04');
  });
});
