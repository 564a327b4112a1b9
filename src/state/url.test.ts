import { describe, expect, it } from 'vitest';
import projectsFile from '../../data/projects.json';
import { formatView, type MapView, parseHash, parseView, serializeHash } from './url.ts';

const PROJECTS = projectsFile.projects.map((project) => project.id);

/** The Caspian, as the map opens on it. */
const CASPIAN: MapView = { zoom: 6, lat: 41.5, lng: 50, bearing: 0, pitch: 0 };

const view = (overrides: Partial<MapView>): MapView => ({ ...CASPIAN, ...overrides });

describe('parseHash', () => {
  it('reads a view and a known project', () => {
    expect(parseHash('#map=6/41.5/50&project=fiber-optic', PROJECTS)).toEqual({
      view: CASPIAN,
      project: 'fiber-optic',
      date: null,
    });
  });

  it('reads the table view, and only `view=table`', () => {
    expect(parseHash('#project=titr&view=table', PROJECTS)).toEqual({
      view: null,
      project: 'titr',
      date: null,
      table: true,
    });
    expect(parseHash('#view=map', PROJECTS).table).toBeUndefined();
    expect(parseHash('#view=TABLE', PROJECTS).table).toBeUndefined();
  });

  it('reads a hash given without its leading #', () => {
    expect(parseHash('map=6/41.5/50&project=titr', PROJECTS)).toEqual({
      view: CASPIAN,
      project: 'titr',
      date: null,
    });
  });

  it('reads bearing and pitch when present', () => {
    expect(parseHash('#map=7.25/40.38/49.89/-30.5/45', PROJECTS).view).toEqual({
      zoom: 7.25,
      lat: 40.38,
      lng: 49.89,
      bearing: -30.5,
      pitch: 45,
    });
  });

  it('drops unknown keys and keeps the known ones', () => {
    const state = parseHash('#foo=bar&map=6/41.5/50&lang=kk&project=titr', PROJECTS);
    expect(state).toEqual({ view: CASPIAN, project: 'titr', date: null });
    expect(serializeHash(state)).toBe('#map=6/41.5/50&project=titr');
  });

  it('ignores a project the content does not have', () => {
    expect(parseHash('#project=unknown', PROJECTS).project).toBeNull();
  });

  it('ignores markup in place of a project id, raw or percent-encoded', () => {
    expect(parseHash('#project=<script>alert(1)</script>', PROJECTS).project).toBeNull();
    expect(parseHash('#project=%3Cscript%3Ealert(1)%3C%2Fscript%3E', PROJECTS).project).toBeNull();
  });

  it('skips a pair whose percent-encoding is broken, keeping the others', () => {
    expect(parseHash('#map=6/41.5/50&project=%E0%A4%A', PROJECTS)).toEqual({
      view: CASPIAN,
      project: null,
      date: null,
    });
    expect(parseHash('#map=%E0%A4%A&project=titr', PROJECTS)).toEqual({
      view: null,
      project: 'titr',
      date: null,
    });
  });

  it.each([
    ['empty string', ''],
    ['lone #', '#'],
    ['bare broken percent-encoding', '%E0%A4%A'],
    ['separators only', '#&&==&'],
    ['key without value', '#map&project'],
    ['empty values', '#map=&project='],
  ])('gives an empty state for %s', (_label, hash) => {
    expect(parseHash(hash, PROJECTS)).toEqual({ view: null, project: null, date: null });
  });
});

describe('parseView', () => {
  it.each([
    ['not a number', 'abc'],
    ['out of range', '99/999/-999'],
    ['too few parts', '5/40'],
    ['too many parts', '1/2/3/4/5/6'],
    ['exponent notation', '1e3/40/50'],
    ['NaN', 'NaN/40/50'],
    ['Infinity', '5/Infinity/50'],
    ['-Infinity', '5/40/-Infinity'],
    ['hex', '0x5/40/50'],
    ['empty part', '5//50'],
    ['trailing slash', '5/40/50/'],
    ['spaces', ' 5/40/50'],
  ])('rejects %s: %s', (_label, text) => {
    expect(parseView(text)).toBeNull();
    expect(parseHash(`#map=${text}`, PROJECTS).view).toBeNull();
  });

  it('accepts the limits of each field', () => {
    expect(parseView('24/85.051129/180/-180/85')).toEqual({
      zoom: 24,
      lat: 85.051129,
      lng: 180,
      bearing: -180,
      pitch: 85,
    });
    expect(parseView('0/-85.051129/-180/180/0')).not.toBeNull();
  });

  it.each([
    ['zoom above 24', '24.01/40/50'],
    ['negative zoom', '-1/40/50'],
    ['latitude beyond Web Mercator', '5/85.06/50'],
    ['longitude below -180', '5/40/-180.5'],
    ['bearing above 180', '5/40/50/181'],
    ['pitch above 85', '5/40/50/0/86'],
    ['negative pitch', '5/40/50/0/-1'],
  ])('rejects %s', (_label, text) => {
    expect(parseView(text)).toBeNull();
  });
});

describe('formatView', () => {
  it('writes zoom/lat/lng and leaves out bearing and pitch when both are zero', () => {
    expect(formatView(CASPIAN)).toBe('6/41.5/50');
  });

  it('rounds the zoom to two decimals', () => {
    expect(formatView(view({ zoom: 6.789 }))).toBe('6.79/41.5/50');
  });

  it.each([
    [0, '0/41.1/50'],
    [3, '3/41.12/50.05'],
    [6, '6/41.123/50.046'],
    [10, '10/41.1235/50.0457'],
    [16, '16/41.123457/50.045679'],
  ])('gives more decimals the further one zooms in (zoom %d)', (zoom, expected) => {
    expect(formatView({ zoom, lat: 41.1234567, lng: 50.0456789, bearing: 0, pitch: 0 })).toBe(
      expected,
    );
  });

  it('adds the bearing, to one decimal, when it is not zero', () => {
    expect(formatView(view({ bearing: -45.06 }))).toBe('6/41.5/50/-45.1');
  });

  it('adds a zero bearing before a non-zero pitch, and rounds the pitch to whole degrees', () => {
    expect(formatView(view({ pitch: 59.6 }))).toBe('6/41.5/50/0/60');
  });

  it('writes both when both are non-zero', () => {
    expect(formatView(view({ bearing: 12.34, pitch: 30 }))).toBe('6/41.5/50/12.3/30');
  });

  it('counts decimals from the rounded zoom, as MapLibre does', () => {
    expect(
      formatView({ zoom: 5.1355, lat: 41.1234567, lng: 50.1234567, bearing: 0, pitch: 0 }),
    ).toBe('5.14/41.123/50.123');
  });

  it('writes a bearing that rounds to zero, as MapLibre does', () => {
    expect(formatView(view({ bearing: 0.02 }))).toBe('6/41.5/50/0');
  });

  it('never writes exponent notation, so tiny values survive the round trip', () => {
    const tiny = { zoom: 10, lat: 1e-7, lng: -3e-7, bearing: 0, pitch: 0 };
    expect(formatView(tiny)).toBe('10/0/0');
    expect(parseView(formatView(tiny))).toEqual({ ...tiny, lat: 0, lng: 0 });
  });
});

describe('serializeHash', () => {
  it('gives an empty string when there is nothing to record', () => {
    expect(serializeHash({ view: null, project: null, date: null })).toBe('');
  });

  it('writes the table view last, and nothing for the map', () => {
    expect(serializeHash({ view: null, project: 'titr', date: null, table: true })).toBe(
      '#project=titr&view=table',
    );
    expect(serializeHash({ view: null, project: 'titr', date: null, table: false })).toBe(
      '#project=titr',
    );
  });

  it('writes the project alone when there is no view', () => {
    expect(serializeHash({ view: null, project: 'oil-transit', date: null })).toBe(
      '#project=oil-transit',
    );
  });

  it('round-trips through parseHash', () => {
    const state = {
      view: { zoom: 10.25, lat: 40.3795, lng: 49.8917, bearing: -30.5, pitch: 45 },
      project: 'power-cable',
      date: '2024-05-02',
    };
    const hash = serializeHash(state);
    expect(hash).toBe('#map=10.25/40.3795/49.8917/-30.5/45&project=power-cable&date=2024-05-02');
    expect(parseHash(hash, PROJECTS)).toEqual(state);
  });

  it('gives back a hash it parsed unchanged', () => {
    const hash = '#map=4.5/42.15/51.3&project=fiber-optic&date=2024-01-31';
    expect(serializeHash(parseHash(hash, PROJECTS))).toBe(hash);
  });
});

describe('the date in the hash', () => {
  it('reads a day of the calendar', () => {
    expect(parseHash('#date=2024-11-13&project=power-cable', PROJECTS).date).toBe('2024-11-13');
  });

  it.each([
    ['a month only', '2024-05'],
    ['a year only', '2024'],
    ['a day that does not exist', '2025-02-29'],
    ['a month that does not exist', '2024-13-01'],
    ['another format', '31.01.2024'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['trailing text', '2024-01-31x'],
  ])('ignores %s', (_label, date) => {
    const state = parseHash(`#date=${encodeURIComponent(date)}&project=titr`, PROJECTS);
    expect(state.date).toBeNull();
    expect(state.project).toBe('titr');
  });
});
