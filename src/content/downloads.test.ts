import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { DOWNLOAD_FILES } from './downloadFiles.ts';
import {
  buildDownloads,
  csvText,
  MILESTONE_COLUMNS,
  milestonesCsv,
  PROJECT_COLUMNS,
  placesGeoJson,
  projectsCsv,
  routesGeoJson,
} from './downloads.ts';
import { sortMilestones, timespanOf } from './milestones.ts';
import type { Content } from './schema.ts';

let content: Content;
beforeAll(() => {
  content = loadTestContent();
});

/**
 * The rows of a CSV as a spreadsheet reads them. csv-parse keeps a byte order mark as part of the
 * first header unless told (`bom: true`); records must end in CRLF, and every row must have as
 * many fields as the header.
 */
function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, record_delimiter: '\r\n' });
}

const MEASURED_NOT = ['power-cable', 'grain-exports', 'fruit-vegetable-supplies'];

/** The content with one project's facts checked on another day. */
function checkedOn(id: string, day: string): Content {
  const edited = structuredClone(content);
  const project = edited.projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id}`);
  project.checked = day;
  return edited;
}

/** The content with no expected milestone marked unconfirmed, as before any was. */
function noneUnconfirmed(): Content {
  const edited = structuredClone(content);
  for (const project of edited.projects) {
    for (const milestone of project.milestones) delete milestone.notConfirmedAsOf;
  }
  return edited;
}

/**
 * The content with only the fibre line's summer-2026 cable laying unconfirmed, its facts checked
 * on 20 December 2026, a day no other project has: the milestone as its date and event name it.
 */
function unconfirmed(): { content: Content; date: string; event: string } {
  const edited = noneUnconfirmed();
  const fibre = edited.projects.find((project) => project.id === 'fiber-optic');
  if (!fibre) throw new Error('no fibre line');
  fibre.checked = '2026-12-20';
  const laying = fibre.milestones.find((milestone) => milestone.event.startsWith('Cable laying'));
  if (!laying?.expected) throw new Error('no expected cable laying in the fibre line');
  laying.notConfirmedAsOf = '2026-12-20';
  return { content: edited, date: laying.date, event: laying.event };
}

describe('csvText', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const text = csvText([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('round-trips fields with a comma, a quote, a line break and Cyrillic letters', () => {
    const tricky = [
      'Aktau, port',
      'the "Middle Corridor"',
      'line one\r\nline two\nthree',
      'Қазақстан',
    ];
    const text = csvText([tricky.map((_, index) => `column ${index}`), tricky]);
    expect(parse(text, { bom: true })).toEqual([
      tricky.map((_, index) => `column ${index}`),
      tricky,
    ]);
  });
});

describe('the projects CSV', () => {
  it('has the header and one row per project, in content order', () => {
    const rows = readCsv(projectsCsv(content));
    expect(Object.keys(rows[0] ?? {})).toEqual([...PROJECT_COLUMNS]);
    expect(rows.map((row) => row.id)).toEqual(content.projects.map((project) => project.id));
  });

  it('round-trips a description with a comma, a quote and a line break', () => {
    const description = 'Rail, ferry and "more"\r\nacross the Caspian';
    const edited = structuredClone(content);
    const [first] = edited.projects;
    if (first) first.description = description;
    expect(readCsv(projectsCsv(edited))[0]?.description).toBe(description);
  });

  it('carries the licence and the attribution on every row', () => {
    const rows = readCsv(projectsCsv(content));
    expect(rows).toHaveLength(content.projects.length);
    for (const row of rows) {
      expect(row.licence).not.toBe('');
      expect(row.attribution).toContain('source_urls');
    }
    // The measured fields are under the licence of the lines they are measured from.
    expect(rows.find((row) => row.id === 'oil-transit')).toMatchObject({
      licence: "the project's own; countries, length_km_as_drawn: CC BY 4.0",
      licence_url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('gives the oil transit its countries in order, by their display names', () => {
    const oil = readCsv(projectsCsv(content)).find((row) => row.id === 'oil-transit');
    expect(oil?.countries).toBe('Kazakhstan;Azerbaijan;Georgia;Türkiye');
    expect(oil?.kinds).toBe('tanker;pipeline');
  });

  it('sums the drawn length of main routes only, and gives none where the project does not measure', () => {
    const rows = readCsv(projectsCsv(content));
    const fibre = content.projects.find((project) => project.id === 'fiber-optic');
    const main = fibre?.routes.filter((route) => route.properties.role === 'main') ?? [];
    const km = main.reduce((sum, route) => sum + route.geography.lengthKm, 0);
    expect(rows.find((row) => row.id === 'fiber-optic')?.length_km_as_drawn).toBe(
      String(Math.round(km)),
    );
    for (const id of MEASURED_NOT) {
      expect(rows.find((row) => row.id === id)?.length_km_as_drawn).toBe('');
    }
  });

  it('gives each project the day its facts were checked, its own', () => {
    const rows = readCsv(projectsCsv(checkedOn('oil-transit', '2026-11-20')));
    expect(rows.find((row) => row.id === 'oil-transit')?.checked).toBe('2026-11-20');
    const titr = content.projects.find((project) => project.id === 'titr');
    expect(rows.find((row) => row.id === 'titr')?.checked).toBe(titr?.checked);
    for (const row of rows) expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the status on the latest milestone day, the articles and every source', () => {
    const titr = readCsv(projectsCsv(content)).find((row) => row.id === 'titr');
    expect(titr?.status).toBe('operating');
    expect(titr?.status_as_of).toBe(timespanOf(content.projects, content.articles).end);
    expect(titr?.article_url).toBe('https://en.trend.az/azerbaijan/business/3855705.html');
    const project = content.projects.find((candidate) => candidate.id === 'titr');
    const urls = [...(project?.facts ?? []), ...(project?.milestones ?? [])].flatMap((item) =>
      item.sources.map((source) => source.url),
    );
    expect(titr?.source_urls?.split(';').sort()).toEqual([...new Set(urls)].sort());
  });
});

describe('the milestones CSV', () => {
  it('has the header and one row per milestone, projects in content order, oldest first', () => {
    const rows = readCsv(milestonesCsv(content));
    expect(Object.keys(rows[0] ?? {})).toEqual([...MILESTONE_COLUMNS]);
    expect(rows).toHaveLength(
      content.projects.reduce((sum, project) => sum + project.milestones.length, 0),
    );
    const ids = rows.map((row) => row.project_id);
    expect([...new Set(ids)]).toEqual(content.projects.map((project) => project.id));
    for (const project of content.projects) {
      expect(rows.filter((row) => row.project_id === project.id).map((row) => row.date)).toEqual(
        sortMilestones(project.milestones).map((milestone) => milestone.date),
      );
    }
  });

  it('lists each source’s publisher, date and URL in the same order', () => {
    const rows = readCsv(milestonesCsv(content));
    expect(rows.length).toBeGreaterThan(content.projects.length);
    for (const row of rows) {
      const count = row.source_urls?.split(';').length;
      expect(row.source_publishers?.split(';')).toHaveLength(count ?? 0);
      expect(row.source_dates?.split(';')).toHaveLength(count ?? 0);
      expect(['true', 'false']).toContain(row.expected);
      expect(row.licence).not.toBe('');
      expect(row.attribution).toContain('source_urls');
    }
  });
});

describe('the milestones CSV: expected milestones not confirmed', () => {
  it('gives the day up to which no source confirmed an expected milestone, and nothing for others', () => {
    const { content: edited, date, event } = unconfirmed();
    const rows = readCsv(milestonesCsv(edited));
    const laying = rows.find((row) => row.event === event);
    expect(laying).toMatchObject({ date, expected: 'true', not_confirmed_as_of: '2026-12-20' });
    const others = rows.filter((row) => row !== laying);
    expect(others.every((row) => row.not_confirmed_as_of === '')).toBe(true);
  });

  it('gives the data’s unconfirmed milestones: the new ferries and the fibre line’s laying', () => {
    const rows = readCsv(milestonesCsv(content));
    const unconfirmedRows = rows
      .filter((row) => row.not_confirmed_as_of !== '')
      .map((row) => [row.project_id, row.date, row.expected, row.not_confirmed_as_of]);
    // Due by June and September 2026, neither confirmed when the facts were checked.
    expect(unconfirmedRows).toEqual([
      ['titr', '2026-06', 'true', '2026-12-07'],
      ['fiber-optic', '2026-09', 'true', '2026-12-07'],
    ]);
  });

  it('leaves the column empty where the data marks nothing unconfirmed', () => {
    const rows = readCsv(milestonesCsv(noneUnconfirmed()));
    expect(rows.some((row) => row.expected === 'true')).toBe(true);
    expect(rows.every((row) => row.not_confirmed_as_of === '')).toBe(true);
  });
});

describe('the routes GeoJSON', () => {
  let collection: FeatureCollection;
  beforeAll(() => {
    collection = check(routesGeoJson(content)) as FeatureCollection;
  });
  const route = (name: string) =>
    collection.features.find((feature) => feature.properties?.name === name)?.properties;

  it('is valid GeoJSON with every route of every project, flows included', () => {
    expect(collection.features).toHaveLength(
      content.projects.reduce((sum, project) => sum + project.routes.length, 0),
    );
    const kinds = new Set(collection.features.map((feature) => feature.properties?.kind));
    expect(kinds).toContain('flow');
  });

  it('names itself, its date and its licences at the top', () => {
    const top = JSON.parse(routesGeoJson(content)) as Record<string, unknown>;
    expect(top).toMatchObject({ factsChecked: content.factsChecked });
    expect(top.description).toMatch(/as drawn/);
    expect(top.licence).toMatch(/ODbL 1\.0.*CC BY 4\.0/);
    expect(top.licenceUrl).toEqual([
      'https://opendatacommons.org/licenses/odbl/1-0/',
      'https://creativecommons.org/licenses/by/4.0/',
    ]);
    expect(top.attribution).toContain('Global Energy Monitor');
    expect(top.attribution).toContain('© OpenStreetMap contributors');
  });

  it('gives the BTC pipeline its countries in order, by their display names, under CC BY', () => {
    const btc = route('Baku–Tbilisi–Ceyhan (BTC) pipeline');
    expect(btc?.countries).toEqual(['Azerbaijan', 'Georgia', 'Türkiye']);
    expect(btc?.licence).toBe('CC BY 4.0');
    expect(btc?.attribution).toBe('Global Energy Monitor, Global Oil Infrastructure Tracker');
    expect(btc?.lengthKmAsDrawn).toBeGreaterThan(1600);
  });

  it('lists the seas it passes, and gives no length where the project does not measure', () => {
    const ferry = route('Caspian ferry Aktau – Baku port (Alat)');
    expect(ferry?.passes).toEqual(['Kazakhstan', 'Caspian Sea', 'Azerbaijan']);
    for (const feature of collection.features) {
      const { project, lengthKmAsDrawn } = feature.properties ?? {};
      if (MEASURED_NOT.includes(project)) expect(lengthKmAsDrawn).toBeNull();
      else expect(Number.isInteger(lengthKmAsDrawn)).toBe(true);
    }
  });

  it('gives a flow its volume and the licence of the lines it is cut from', () => {
    const flows = collection.features.filter((feature) => feature.properties?.kind === 'flow');
    expect(flows).toHaveLength(2);
    for (const flow of flows) {
      expect(flow.properties?.tonnesPerYear).toBeGreaterThan(0);
      expect(flow.properties?.licence).toBe('ODbL 1.0');
    }
    const rail = route('Kazakh rail: Beyneu – Aktau port');
    expect(rail).not.toHaveProperty('tonnesPerYear');
  });

  it("carries on every route the day its project's facts were checked", () => {
    const edited = check(routesGeoJson(checkedOn('titr', '2026-11-20'))) as FeatureCollection;
    for (const feature of edited.features) {
      const project = content.projects.find((one) => one.id === feature.properties?.project);
      const day = project?.id === 'titr' ? '2026-11-20' : project?.checked;
      expect(feature.properties?.checked).toBe(day);
    }
    // The top keeps the latest of the projects' days.
    expect(JSON.parse(routesGeoJson(content))).toMatchObject({
      factsChecked: content.factsChecked,
    });
  });

  it('carries the status and the licence on every feature', () => {
    expect(collection.features.length).toBeGreaterThan(content.projects.length);
    for (const feature of collection.features) {
      expect(feature.properties).toMatchObject({
        statusAsOf: timespanOf(content.projects, content.articles).end,
        licence: expect.any(String),
        licenceUrl: expect.stringMatching(/^https:/),
        attribution: expect.any(String),
      });
    }
  });

  it('keeps coordinates as in the data, to 6 decimals at most', () => {
    const text = routesGeoJson(content);
    const coordinates = text.match(/"coordinates":[[\]\d.,-]+/g) ?? [];
    expect(coordinates.length).toBe(collection.features.length);
    for (const numbers of coordinates) {
      for (const number of numbers.match(/-?\d+(\.\d+)?/g) ?? []) {
        expect(number.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
      }
    }
    const [first] = content.projects[0]?.routes ?? [];
    const [drawn] = collection.features;
    if (first?.geometry.type !== 'LineString' || drawn?.geometry.type !== 'LineString') {
      throw new Error('the first route is not a LineString');
    }
    const [lng = 0, lat = 0] = first.geometry.coordinates[0] ?? [];
    expect(drawn.geometry.coordinates[0]?.[0]).toBeCloseTo(lng, 6);
    expect(drawn.geometry.coordinates[0]?.[1]).toBeCloseTo(lat, 6);
  });
});

describe('the places GeoJSON', () => {
  it('is valid GeoJSON with every place, the unlabelled stations too, and their licence', () => {
    const places = check(placesGeoJson(content)) as FeatureCollection;
    expect(places.features).toHaveLength(content.places.length);
    const shalkar = places.features.find((place) => place.properties?.name === 'Shalkar');
    expect(shalkar?.properties).toEqual({
      name: 'Shalkar',
      kind: 'station',
      role: null,
      approximate: false,
      label: false,
      source: '[G]',
      licence: 'ODbL 1.0',
      licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
      attribution: '© OpenStreetMap contributors; GeoNames (CC BY 4.0)',
    });
    const top = JSON.parse(placesGeoJson(content)) as Record<string, unknown>;
    expect(top).toMatchObject({ licence: 'ODbL 1.0', factsChecked: content.factsChecked });
  });
});

describe('buildDownloads', () => {
  it('gives the four files under the names and media types the page links', () => {
    const files = buildDownloads(content);
    expect(files.map(({ fileName, mediaType }) => ({ fileName, mediaType }))).toEqual(
      Object.values(DOWNLOAD_FILES),
    );
    for (const file of files) expect(file.text.length).toBeGreaterThan(1000);
  });

  it('keeps the generator out of the module the page imports', () => {
    const source = readFileSync(new URL('./downloadFiles.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
