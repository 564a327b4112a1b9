import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import {
  attributionOf,
  DATA_LICENCES,
  type DataLicence,
  PLACES_LICENCE,
  routeLicence,
  TEXT_LICENCE,
} from './licences.ts';

const LICENCE_MD = readFileSync(new URL('../../data/LICENCE.md', import.meta.url), 'utf8');

interface Row {
  licence: string;
  credit: string;
}

/**
 * The table of data/LICENCE.md, by file: each row's licence and credit cells, with "as
 * `places.geojson`" followed to that file's row.
 */
function licenceRows(markdown: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | file | derived from | licence | credit |: a leading and a trailing empty cell.
    if (cells.length !== 6 || !cells[1]?.startsWith('`')) continue;
    const [, files = '', , licence = '', credit = ''] = cells;
    for (const [, file] of files.matchAll(/`([^`]+)`/g)) {
      if (file) rows.set(file, { licence, credit });
    }
  }
  const followed = (cell: string) => {
    const as = /^as `([^`]+)`$/.exec(cell)?.[1];
    return as ? rows.get(as) : undefined;
  };
  for (const [file, row] of rows) {
    rows.set(file, {
      licence: followed(row.licence)?.licence ?? row.licence,
      credit: followed(row.credit)?.credit ?? row.credit,
    });
  }
  return rows;
}

const ROWS = licenceRows(LICENCE_MD);

describe('the licences of the data', () => {
  it('reads a row for every file of data/LICENCE.md', () => {
    expect([...ROWS.keys()]).toEqual(
      expect.arrayContaining(['projects/titr.geojson', 'places.geojson', 'projects.json']),
    );
  });

  it.each(Object.entries(DATA_LICENCES))(
    'are those data/LICENCE.md gives for %s',
    (file, given) => {
      const row = ROWS.get(file);
      expect(row, `data/LICENCE.md has no row for ${file}`).toBeDefined();
      expect(given.name).not.toBe('');
      expect(row?.licence).toContain(given.name);
      const urls = [...(row?.licence ?? '').matchAll(/<(https?:[^>]+)>/g)].map((match) => match[1]);
      if (urls.length > 0) expect(urls).toContain(given.url);
      expect(attributionOf(given)).toBe(row?.credit === '—' ? '' : row?.credit);
    },
  );

  it('give each named licence its own address', () => {
    const addresses: Record<string, string | null> = {
      'ODbL 1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
      'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
      "the project's own": null,
    };
    for (const licence of Object.values(DATA_LICENCES)) {
      expect(addresses[licence.name]).toBe(licence.url);
    }
  });

  it('cover every project of the content, flows by the lines they are cut from', () => {
    const content = loadTestContent();
    const licences = new Map(
      content.projects.map((project) => [project.id, routeLicence(project)]),
    );
    expect(licences.get('titr')?.name).toBe('ODbL 1.0');
    expect(licences.get('oil-transit')?.name).toBe('CC BY 4.0');
    expect(licences.get('fiber-optic')).toBe(PLACES_LICENCE);
    expect(licences.get('power-cable')).toBe(PLACES_LICENCE);
    expect(licences.get('grain-exports')).toBe(licences.get('titr'));
    expect(licences.get('fruit-vegetable-supplies')).toBe(licences.get('titr'));
  });

  it('refuse a project data/LICENCE.md says nothing about', () => {
    expect(() => routeLicence({ id: 'new-project', flow: undefined })).toThrow(
      /projects\/new-project\.geojson.*data\/LICENCE\.md/,
    );
  });

  it('refuse a flow cut from lines under different licences', () => {
    const leg = (project: string) => ({ project, route: 'a route', reverse: false });
    const flow = {
      legs: [leg('titr'), leg('oil-transit')],
      tonnesPerYear: 1,
      routeName: 'a flow',
      source: 'a source',
    };
    expect(() => routeLicence({ id: 'mixed', flow })).toThrow(/mixed/);
  });

  it('print the credit data/LICENCE.md asks for', () => {
    const titr = DATA_LICENCES['projects/titr.geojson'] as DataLicence;
    expect(attributionOf(titr)).toBe(
      '© OpenStreetMap contributors; Natural Earth (public domain); GeoNames (CC BY 4.0)',
    );
    expect(TEXT_LICENCE.credit).toEqual([]);
  });
});
