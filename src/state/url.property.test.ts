/**
 * Property-based tests of the URL hash: whatever a reader pastes after the `#`, parsing never
 * throws, gives only in-range views and known projects, and what it gives survives the trip back
 * into a hash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import projectsFile from '../../data/projects.json';
import { isDay } from '../content/dates.ts';
import { type HashState, type MapView, parseHash, parseView, serializeHash } from './url.ts';

const PROJECTS = projectsFile.projects.map((project) => project.id);
const RUNS = { numRuns: 200 };

/** The documented range of each field of a view (Web Mercator's latitude, MapLibre's pitch). */
const RANGES: Record<keyof MapView, readonly [number, number]> = {
  zoom: [0, 24],
  lat: [-85.051129, 85.051129],
  lng: [-180, 180],
  bearing: [-180, 180],
  pitch: [0, 85],
};
const FIELDS = Object.keys(RANGES) as (keyof MapView)[];

/** Whether a number is finite and inside a field's range. */
const inRange = (value: number, [min, max]: readonly [number, number]) =>
  Number.isFinite(value) && value >= min && value <= max;

/** The decimals MapLibre writes lat and lng with at a (rounded) zoom. */
const decimalsAt = (zoom: number) =>
  Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));

/** Pieces a hostile or broken link may hold. */
const GARBAGE = [
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%C0%AF',
  '%ED%A0%80',
  '%2F',
  '%26',
  '%3D',
  '%23',
  '<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '\u0000',
  '\ud800',
  '&',
  '=',
  '#',
  '/',
];

/** A number as text: decimals, huge, tiny, negative, NaN, Infinity, exponents, junk. */
const numberText = fc.oneof(
  fc
    .tuple(fc.double({ min: -400, max: 400, noNaN: true }), fc.integer({ min: 0, max: 12 }))
    .map(([value, decimals]) => value.toFixed(decimals)),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-0', '1e3', '0x10', '.5', '5.', '00', ''),
  fc.constantFrom(`9${'0'.repeat(400)}`, `-0.${'0'.repeat(400)}1`, '1'.repeat(1000)),
  fc.constantFrom(...GARBAGE),
  fc.string({ maxLength: 6 }),
);

/** `zoom/lat/lng[/bearing[/pitch]]` with any number of arbitrary parts. */
const viewText = fc
  .array(numberText, { minLength: 0, maxLength: 7 })
  .map((parts) => parts.join('/'));

/** Percent-encodes every character of a text, as some link shorteners do. */
const encodeAll = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
    .join('');

/** Percent-encodes a text as the browser does; lone surrogates, which it cannot, byte by byte. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeAll(text);
  }
}

/** A value maybe percent-encoded, fully or not at all. */
const encodedOrNot = (text: fc.Arbitrary<string>) =>
  fc.oneof(text, text.map(encodeAll), text.map(encode));

/** A project value: a known id, a near miss, markup or arbitrary text. */
const projectText = fc.oneof(
  encodedOrNot(fc.constantFrom(...PROJECTS)),
  fc.constantFrom(...PROJECTS).map((id) => id.toUpperCase()),
  fc.constantFrom(...PROJECTS).map((id) => ` ${id}`),
  fc.constantFrom(...GARBAGE),
  fc.string(),
);

/** A date value: a real day, an impossible one, a partial date, markup or arbitrary text. */
const dateText = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024', '2024-05', '2024-02-30', ...GARBAGE),
  fc.string(),
);

/** One `key=value` pair of a hash, well-formed or not. */
const pair = fc.oneof(
  encodedOrNot(viewText).map((view) => `map=${view}`),
  projectText.map((project) => `project=${project}`),
  dateText.map((date) => `date=${date}`),
  fc.tuple(fc.string(), fc.string()).map(([key, value]) => `${key}=${value}`),
  fc.constantFrom('map', 'project', 'map=', 'project=', 'MAP=6/41.5/50', ...GARBAGE),
);

/** A whole hash: `#map=a/b/c&project=x`, shuffled, repeated, with or without its `#`. */
const structuredHash = fc
  .tuple(fc.constantFrom('#', '', '##', '#&'), fc.array(pair, { maxLength: 5 }))
  .map(([prefix, pairs]) => `${prefix}${pairs.join('&')}`);

/** Any text at all, from plain strings to full Unicode, lone surrogates and structured hashes. */
const anyHash = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }),
  structuredHash,
);

/** A view with every field in range, as MapLibre may report it. */
const validView: fc.Arbitrary<MapView> = fc.record(
  Object.fromEntries(
    FIELDS.map((field) => {
      const [min, max] = RANGES[field];
      return [field, fc.double({ min, max, noNaN: true })];
    }),
  ) as Record<keyof MapView, fc.Arbitrary<number>>,
);

/** A hash that holds a usable view, so the round trip has something to carry. */
const hashWithView = fc
  .tuple(validView, fc.integer({ min: 0, max: 10 }), fc.option(fc.constantFrom(...PROJECTS)))
  .map(([view, decimals, project]) => {
    const parts = FIELDS.map((field) => view[field].toFixed(decimals));
    return `#map=${parts.join('/')}${project ? `&project=${project}` : ''}`;
  });

/**
 * Fails unless a state holds only a usable view (or none), a known project (or none) and a day
 * of the calendar (or none).
 */
function expectUsable(state: HashState): void {
  expect(Object.keys(state).sort()).toEqual(['date', 'project', 'view']);
  if (state.project !== null) expect(PROJECTS).toContain(state.project);
  if (state.date !== null) expect(isDay(state.date)).toBe(true);
  if (state.view === null) return;
  expect(Object.keys(state.view).sort()).toEqual([...FIELDS].sort());
  for (const field of FIELDS) {
    const value = state.view[field];
    if (!inRange(value, RANGES[field])) {
      throw new Error(`${field} ${value} is outside ${RANGES[field].join('…')}`);
    }
  }
}

/** Fails unless a hash, serialized and parsed again, gives back its state (within rounding). */
function expectRoundTrip(hash: string): void {
  const state = parseHash(hash, PROJECTS);
  const again = parseHash(serializeHash(state), PROJECTS);
  expect(again.project).toBe(state.project);
  expect(again.date).toBe(state.date);
  expect(again.view === null).toBe(state.view === null);
  if (state.view && again.view) {
    const [was, now] = [state.view, again.view];
    const degrees = 10 ** -decimalsAt(now.zoom);
    expect(Math.abs(now.zoom - was.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(now.lat - was.lat)).toBeLessThanOrEqual(degrees + 1e-9);
    expect(Math.abs(now.lng - was.lng)).toBeLessThanOrEqual(degrees + 1e-9);
    expect(Math.abs(now.bearing - was.bearing)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(Math.abs(now.pitch - was.pitch)).toBeLessThanOrEqual(0.5 + 1e-9);
  }
  // Once written, a state is a fixed point: writing and reading it again changes nothing.
  expect(parseHash(serializeHash(again), PROJECTS)).toEqual(again);
}

describe('parseHash, for any text', () => {
  it('never throws and gives only in-range views and known projects', () => {
    fc.assert(
      fc.property(anyHash, (hash) => expectUsable(parseHash(hash, PROJECTS))),
      RUNS,
    );
  });

  it('gives the same state for a hash with or without its leading #', () => {
    fc.assert(
      fc.property(structuredHash, (hash) => {
        const bare = hash.replace(/^#+/, '');
        expect(parseHash(`#${bare}`, PROJECTS)).toEqual(parseHash(bare, PROJECTS));
      }),
      RUNS,
    );
  });

  it('round-trips through serializeHash', () => {
    fc.assert(fc.property(fc.oneof(anyHash, hashWithView), expectRoundTrip), RUNS);
  });
});

describe('parseView, for any decimal numbers', () => {
  it('accepts exactly the views whose every field is in range, keeping their values', () => {
    const decimals = fc
      .tuple(fc.double({ min: -400, max: 400, noNaN: true }), fc.integer({ min: 0, max: 8 }))
      .map(([value, places]) => value.toFixed(places));
    fc.assert(
      fc.property(fc.array(decimals, { minLength: 3, maxLength: 5 }), (parts) => {
        const numbers = parts.map(Number);
        const ok = numbers.every((value, index) => inRange(value, RANGES[FIELDS[index] ?? 'zoom']));
        const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = numbers;
        expect(parseView(parts.join('/'))).toEqual(ok ? { zoom, lat, lng, bearing, pitch } : null);
      }),
      RUNS,
    );
  });

  it('rejects a view with any one field pushed out of range or made non-finite', () => {
    const broken = fc.oneof(
      fc.double({ min: 1e-6, max: 1e300, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        validView,
        fc.constantFrom(...FIELDS),
        broken,
        fc.boolean(),
        (view, field, by, below) => {
          const [min, max] = RANGES[field];
          const value = below ? min - by : max + by;
          const parts = FIELDS.map((key) => (key === field ? String(value) : view[key].toFixed(6)));
          expect(parseView(parts.join('/'))).toBeNull();
        },
      ),
      RUNS,
    );
  });
});

describe('serializeHash at the edges of the map', () => {
  it('writes a view at the latitude limit so that it reads back (zoom 0 writes one decimal)', () => {
    for (const lat of [85.051129, -85.051129, 85.05]) {
      const state = {
        view: { zoom: 0, lat, lng: 50, bearing: 0, pitch: 0 },
        project: null,
        date: null,
      };
      const again = parseHash(serializeHash(state), PROJECTS);
      expect(again.view?.lat).toBeCloseTo(lat, 0);
    }
  });
});
