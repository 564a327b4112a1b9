import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceFeature, Project, RouteFeature } from '../../src/content/schema';
import { HOLLOW_WIDTH, STATUS_STYLE } from '../../src/map/expressions';
import { lightTheme, type Theme } from '../../src/map/theme';
import { type Bounds, escapeXml, fitMercator, type PosterInput, posterSvg } from './poster';

const BOUNDS: Bounds = [
  [40, 38],
  [60, 46],
];
const WIDTH = 600;
const HEIGHT = 300;

const theme: Theme = {
  ...lightTheme,
  projects: { near: '#123456', far: '#abcdef', other: '#fedcba' },
};

function route(
  coordinates: Position[],
  properties: Partial<RouteFeature['properties']> = {},
): RouteFeature {
  return {
    type: 'Feature',
    properties: {
      name: 'A route',
      kind: 'rail',
      certainty: 'traced',
      source: 'test',
      role: 'main',
      project: 'near',
      ...properties,
    },
    geometry: { type: 'LineString', coordinates: coordinates as [number, number][] },
  };
}

function project(id: string, routes: RouteFeature[]): Project {
  return {
    id,
    name: id,
    shortName: id,
    description: 'A project.',
    mentions: [{ article: 'a', clause: 'b' }],
    measureDrawnLength: true,
    facts: [],
    milestones: [
      {
        date: '2024',
        event: 'Agreed',
        status: 'agreed',
        expected: false,
        sources: [{ publisher: 'Test', url: 'https://example.org/' }],
      },
    ],
    routes: routes.map((r) => ({ ...r, properties: { ...r.properties, project: id } })),
  };
}

function place(name: string, at: [number, number], approximate = false): PlaceFeature {
  return {
    type: 'Feature',
    properties: { name, kind: 'city', source: 'test', approximate },
    geometry: { type: 'Point', coordinates: at },
  };
}

function label(layer: string, at: Position, properties: Record<string, string>): Feature {
  return {
    type: 'Feature',
    properties: { layer, ...properties },
    geometry: { type: 'Point', coordinates: at },
  };
}

const basemap: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { layer: 'land' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [30, 30],
            [70, 30],
            [70, 55],
            [30, 55],
            [30, 30],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { layer: 'lake' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [95, 20],
            [96, 20],
            [96, 21],
            [95, 20],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { layer: 'border' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [50, 30],
          [50, 55],
        ],
      },
    },
    label('country-label', [45, 42], {
      name: 'Fooland',
      label_en: 'FOOLAND',
      label_ru: 'ФУЛЯНДИЯ',
    }),
    label('country-label', [55, 44], { name: 'Barland' }),
    label('country-label', [95, 20], { name: 'Farawayland', label_en: 'FARAWAYLAND' }),
    label('sea-label', [52, 40], { name: 'Test Sea', label_en: 'Test Sea' }),
  ],
};

const input = (overrides: Partial<PosterInput> = {}): PosterInput => ({
  basemap,
  projects: [
    project('near', [
      route([
        [42, 40],
        [48, 41],
        [55, 43],
      ]),
      route(
        [
          [42, 44],
          [58, 39],
        ],
        { kind: 'cable', certainty: 'indicative', role: 'alternative' },
      ),
    ]),
    project('other', [
      route(
        [
          [44, 39],
          [56, 45],
        ],
        { kind: 'ferry' },
      ),
    ]),
    project('far', [
      route([
        [90, 20],
        [99, 25],
      ]),
    ]),
  ],
  places: [place('Rock & <Roll>', [46, 43]), place('Guesston', [52, 42], true)],
  theme,
  language: 'en',
  width: WIDTH,
  height: HEIGHT,
  bounds: BOUNDS,
  title: 'Pipes & "cables" <map>',
  approximateLabel: '{name} (approx.)',
  statuses: {},
  ...overrides,
});

/** Checks that every tag is closed in order and that no `&` is left unescaped. */
function checkWellFormed(svg: string): string[] {
  const stack: string[] = [];
  const errors: string[] = [];
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '');
  for (const match of body.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g,
  )) {
    const [, closing, name = '', , selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) errors.push(`unexpected </${name}>`);
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(', ')}`);
  const tags = body.match(/<[^>]*>/g) ?? [];
  const matched = [...body.matchAll(/<\/?[a-zA-Z][^<>]*>/g)].length;
  if (tags.length !== matched) errors.push('a tag is malformed');
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(body)) errors.push('an & is not escaped');
  return errors;
}

describe('fitMercator', () => {
  it('maps the corners of the bounds into the box, fitting one side and centred', () => {
    const projection = fitMercator(BOUNDS, WIDTH, HEIGHT);
    const [[west, south], [east, north]] = BOUNDS;
    const corners = [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
    ].map(projection);
    for (const [x, y] of corners) {
      expect(x).toBeGreaterThanOrEqual(-1e-9);
      expect(x).toBeLessThanOrEqual(WIDTH + 1e-9);
      expect(y).toBeGreaterThanOrEqual(-1e-9);
      expect(y).toBeLessThanOrEqual(HEIGHT + 1e-9);
    }
    const [sw, nw, se] = corners as [number, number][];
    const spanX = (se as number[])[0] ?? 0;
    const fitsWidth = Math.abs(spanX - (sw?.[0] ?? 0) - WIDTH) < 1e-6;
    const fitsHeight = Math.abs((sw?.[1] ?? 0) - (nw?.[1] ?? 0) - HEIGHT) < 1e-6;
    expect(fitsWidth || fitsHeight).toBe(true);
    // Centred: equal margins on both sides.
    expect((sw?.[0] ?? 0) + (se?.[0] ?? 0)).toBeCloseTo(WIDTH);
    expect((sw?.[1] ?? 0) + (nw?.[1] ?? 0)).toBeCloseTo(HEIGHT);
    // North is up.
    expect(nw?.[1] ?? 0).toBeLessThan(sw?.[1] ?? 0);
  });

  it('reports the MapLibre zoom of its scale', () => {
    // A 512-pixel-wide box around the whole world is zoom 0.
    const world = fitMercator(
      [
        [-180, -85.051129],
        [180, 85.051129],
      ],
      512,
      512,
    );
    expect(world.zoom).toBeCloseTo(0);
  });
});

describe('posterSvg', () => {
  const svg = posterSvg(input());

  it('is well-formed SVG with a viewBox, size, role and title', () => {
    expect(checkWellFormed(svg)).toEqual([]);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${WIDTH} ${HEIGHT}"`);
    expect(svg).toContain(`width="${WIDTH}" height="${HEIGHT}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Pipes &amp; &quot;cables&quot; &lt;map&gt;</title>');
    expect(svg).toContain('font-family="Noto Sans, sans-serif"');
  });

  it('draws every project in its colour, dropping a route wholly outside the picture', () => {
    expect(svg).toContain(`stroke="${theme.projects.near}"`);
    expect(svg).toContain(`stroke="${theme.projects.other}"`);
    expect(svg).not.toContain(theme.projects.far);
  });

  it('draws basemap colours, the kind’s dash pattern and lighter alternatives', () => {
    expect(svg).toContain(`fill="${theme.water}"`);
    expect(svg).toContain(`fill="${theme.land}"`);
    expect(svg).toContain(`stroke="${theme.border}"`);
    const cable = theme.kinds.cable;
    const dash = cable.indicativeDash.map((d) => d * cable.width).join(' ');
    expect(svg).toMatch(new RegExp(`stroke-dasharray="${dash}" stroke-opacity="0.55"`));
  });

  it('draws a project not yet in service hollow and fainter, as the map does', () => {
    const hollowStroke = `stroke="${theme.casing}" stroke-width="${Number((theme.kinds.rail.width * HOLLOW_WIDTH).toFixed(2))}"`;
    expect(svg).not.toContain(hollowStroke);
    const proposed = posterSvg(input({ statuses: { near: 'proposed' } }));
    expect(proposed).toContain(hollowStroke);
    expect(proposed).toMatch(
      new RegExp(
        `stroke="${theme.projects.near}"[^>]*stroke-opacity="${STATUS_STYLE.proposed.opacity}"`,
      ),
    );
  });

  it('escapes labels and applies the approximate template', () => {
    expect(svg).toContain('Rock &amp; &lt;Roll&gt;');
    expect(svg).not.toContain('<Roll>');
    expect(svg).toContain('Guesston (approx.)');
  });

  it('labels countries in the language, falling back to the name, and skips those outside', () => {
    expect(svg).toContain('>FOOLAND<');
    expect(svg).toContain('>Barland<');
    expect(svg).not.toContain('FARAWAYLAND');
    expect(svg).toContain('>Test Sea<');
    expect(posterSvg(input({ language: 'ru' }))).toContain('>ФУЛЯНДИЯ<');
  });

  it('drops rings wholly outside and rounds coordinates to one decimal', () => {
    const paths = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(paths.length).toBeGreaterThan(0);
    // The lake lies far outside the picture: no path is drawn in the water colour.
    expect(svg).not.toMatch(/<path[^>]*fill="#c9dfec"/);
    for (const d of paths) {
      for (const number of d.match(/-?\d*\.?\d+/g) ?? []) {
        expect(number.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });

  it('escapes XML text', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
    );
  });
});
