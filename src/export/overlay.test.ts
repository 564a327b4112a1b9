import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../i18n/testContent';
import { shownPublishers } from './overlay';

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
