import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { timespanOf } from '../content/milestones.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { COLUMNS, type ProjectRow, projectRows, sortRows } from './projectRows.ts';

const content = loadTestContent();
const english = createI18n(content, 'en');
const latest = timespanOf(content.projects, content.articles).end;
const rows = projectRows(english.content.projects, latest, english);
const ids = (list: readonly ProjectRow[]) => list.map((row) => row.id);

describe('projectRows', () => {
  it('gives one row per project, in the legend order, with what each column shows', () => {
    expect(ids(rows)).toEqual(content.projects.map((project) => project.id));
    const oil = rows.find((row) => row.id === 'oil-transit');
    expect(oil?.kinds).toBe('Tanker route and pipeline');
    expect(oil?.countries).toBe('Kazakhstan, Azerbaijan, Georgia and Türkiye');
    expect(oil?.status).toBe('operating');
    // KazMunayGas's total for 2025, which counts from 31 December 2025.
    expect(oil?.milestone?.date).toBe('2025');
    expect(oil?.milestone?.event).toMatch(/^1\.3 million tonnes shipped via Aktau and BTC/);
    expect(rows.find((row) => row.id === 'power-cable')?.lengthKm).toBeNull();
  });

  it('cites the milestone that sets the status and the latest one, each source once', () => {
    const oil = rows.find((row) => row.id === 'oil-transit');
    const urls = oil?.sources.map((source) => source.url) ?? [];
    expect(new Set(urls).size).toBe(urls.length);
    // Deliveries beginning in March 2023 set the status; the total for 2025 is the latest.
    expect(urls).toEqual([
      'https://en.trend.az/business/energy/3999384.html',
      'https://nsn.asia/2024/07/26/kazakhstan-azerbaijan-strengthen-partnership-in-oil-industry',
      'https://ru.trend.az/azerbaijan/business/4142173.html',
      'https://www.azernews.az/analysis/253125.html',
    ]);
  });

  it('shows the status and latest milestone of the day chosen', () => {
    const then = projectRows(english.content.projects, '2024-01-31', english);
    const oil = then.find((row) => row.id === 'oil-transit');
    // On the article's day, the latest was the total for 2023, which counts from 31 December.
    expect(oil?.milestone?.date).toBe('2023');
    expect(oil?.milestone?.event).toMatch(/^1\.392 million tonnes shipped to BTC/);
  });

  it('speaks the reader’s language', () => {
    const russian = createI18n(content, 'ru');
    const [titr] = projectRows(russian.content.projects, latest, russian);
    expect(titr?.kinds).toBe('Железная дорога и паром');
    expect(titr?.countries).toBe('Казахстан, Азербайджан, Грузия и Турция');
  });
});

describe('projectRows: the day the facts were checked', () => {
  it("gives each row its project's day", () => {
    expect(rows.map((row) => row.checked)).toEqual(
      content.projects.map((project) => project.checked),
    );
  });

  it('is a column of the table and the cards, last, and sorts by day', () => {
    expect(COLUMNS.at(-1)).toBe('checked');
    const days = { titr: '2026-11-20', 'oil-transit': '2026-12-05' } as Record<string, string>;
    const edited = rows.map((row) => ({ ...row, checked: days[row.id] ?? '2026-12-01' }));
    const up = sortRows(edited, 'checked', 'ascending', 'en');
    expect(up[0]?.id).toBe('titr');
    expect(up.at(-1)?.id).toBe('oil-transit');
    expect(sortRows(edited, 'checked', 'descending', 'en')[0]?.id).toBe('oil-transit');
  });
});

describe('sortRows', () => {
  it('sorts by length, unmeasured projects last in both directions', () => {
    const up = sortRows(rows, 'length', 'ascending', 'en');
    expect(ids(up).slice(0, 3)).toEqual(['fiber-optic', 'oil-transit', 'titr']);
    const down = sortRows(rows, 'length', 'descending', 'en');
    expect(ids(down).slice(0, 3)).toEqual(['titr', 'oil-transit', 'fiber-optic']);
    // The three without a length keep the legend's order, last.
    const unmeasured = ['power-cable', 'grain-exports', 'fruit-vegetable-supplies'];
    expect(ids(up).slice(3)).toEqual(unmeasured);
    expect(ids(down).slice(3)).toEqual(unmeasured);
  });

  it('sorts statuses by how far along they are, ties in the legend order', () => {
    const sorted = sortRows(rows, 'status', 'ascending', 'en');
    expect(sorted.map((row) => row.status)).toEqual([
      'proposed',
      'under-construction',
      'operating',
      'operating',
      'operating',
      'operating',
    ]);
    expect(ids(sorted).slice(2)).toEqual([
      'titr',
      'oil-transit',
      'grain-exports',
      'fruit-vegetable-supplies',
    ]);
  });

  it('sorts names in the language’s order, and latest milestones by day', () => {
    const names = sortRows(rows, 'name', 'ascending', 'en').map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const days = sortRows(rows, 'milestone', 'descending', 'en').map(
      (row) => row.milestone?.date ?? '',
    );
    // The Middle Corridor's first-quarter total (2026-03) counts from 31 March, after the power
    // cable's ratification on 11 March: by day, not by how the dates read.
    expect(days.slice(0, 2)).toEqual(['2026-03', '2026-03-11']);
  });
});
