import type { Feature, FeatureCollection, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestContent } from '../../../test/content.ts';
import { testRequest } from '../../../test/pictureRequest.ts';
import type { FontBook } from '../../fonts/fontBook.ts';
import { nodeFontBook } from '../../fonts/nodeFonts.ts';
import { createI18n } from '../../i18n/createI18n.ts';
import { DIMMED_OPACITY, EMPHASIS_WIDTH, HOLLOW_WIDTH } from '../../map/expressions.ts';
import { LAYER_ORDER } from '../../map/layerOrder.ts';
import { lightTheme } from '../../map/theme.ts';
import type { PictureRequest } from '../pictureRequest.ts';
import { groupOfLayer } from './drawMap.ts';
import { type Group, type Scene, type Shape, shapesOf, type TextShape } from './scene.ts';
import { sceneToSvg } from './toSvg.ts';
import { PRINT_STYLE, pictureScene } from './vectorPicture.ts';

const content = loadTestContent();

function polygon(layer: string, ring: Position[]): Feature {
  return {
    type: 'Feature',
    properties: { layer },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}
function point(layer: string, at: Position, properties: Record<string, string>): Feature {
  return {
    type: 'Feature',
    properties: { layer, ...properties },
    geometry: { type: 'Point', coordinates: at },
  };
}

/** A small basemap: land over the region, a lake, a border, a country and a sea name. */
const basemap: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    polygon('land', [
      [20, 30],
      [90, 30],
      [90, 55],
      [20, 55],
      [20, 30],
    ]),
    polygon('lake', [
      [47, 37],
      [54, 37],
      [54, 46],
      [47, 46],
      [47, 37],
    ]),
    {
      type: 'Feature',
      properties: { layer: 'border' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [46, 30],
          [46, 50],
        ],
      },
    },
    point('country-label', [66, 48], {
      name: 'Fooland',
      label_en: 'FOOLAND',
      label_ru: 'ФУЛЯНДИЯ',
    }),
    point('sea-label', [50.5, 41.5], { name: 'Test Sea' }),
  ],
};

const request = (overrides: Partial<PictureRequest> = {}): PictureRequest =>
  testRequest({ date: '2026-12-02', asOf: null, ...overrides });

let fonts: FontBook;
beforeAll(async () => {
  fonts = await nodeFontBook();
});

const scene = (overrides: Partial<PictureRequest> = {}, print = false): Scene =>
  pictureScene(
    request(overrides),
    { i18n: createI18n(content, overrides.language ?? 'en'), basemap, fonts },
    print,
  );

const named = (groups: readonly Group[], name: string): Group | undefined => {
  for (const group of groups) {
    if (group.name === name) return group;
    const inner = named(
      group.children.filter((c): c is Group => c.type === 'group'),
      name,
    );
    if (inner) return inner;
  }
  return undefined;
};
const shapes = (group: Group | undefined): Shape[] =>
  group ? [...shapesOf(group)].map(([shape]) => shape) : [];
const texts = (s: Scene) =>
  s.groups.flatMap((g) => shapes(g)).filter((shape): shape is TextShape => shape.type === 'text');

describe('groupOfLayer', () => {
  it('puts every layer of the map into a named group', () => {
    for (const id of LAYER_ORDER) expect(() => groupOfLayer(id)).not.toThrow();
  });
});

describe('pictureScene', () => {
  it('names its groups for a designer, in the map’s z-order, cards on top', () => {
    expect(scene().groups.map((g) => g.name)).toEqual([
      'basemap',
      'borders',
      'basemap-labels',
      'routes',
      'places',
      'labels',
      'title',
      'legend',
      'excerpt',
      'credit',
    ]);
    const routes = named(scene().groups, 'routes');
    expect(routes?.children.map((child) => (child.type === 'group' ? child.name : ''))).toEqual(
      content.projects.map((project) => `routes/${project.id}`),
    );
  });

  it('leaves a hidden project out of the map and the legend', () => {
    const s = scene({ hidden: ['power-cable'] });
    expect(named(s.groups, 'routes/power-cable')).toBeUndefined();
    const legend = texts({ ...s, groups: [named(s.groups, 'legend') as Group] }).map(
      (t) => t.lines[0]?.text,
    );
    expect(legend.some((text) => text?.startsWith('Power cable'))).toBe(false);
    expect(legend.some((text) => text?.startsWith('Middle Corridor'))).toBe(true);
  });

  it('draws the selection wider, its approximate stretches in long dashes, the rest dimmed', () => {
    const s = scene();
    const titr = shapes(named(s.groups, 'routes/titr')).filter((shape) => shape.type === 'path');
    const titrColour = content.projects.find((project) => project.id === 'titr')?.colours.light;
    const rail = lightTheme.kinds.rail;
    const width = rail.width * EMPHASIS_WIDTH;
    const dash = (rail.approximateDash ?? []).map((d) => Math.round(d * width * 100) / 100);
    expect(
      titr.some(
        (p) => p.stroke === titrColour && Math.abs((p.strokeWidth ?? 0) - width) < 0.01 && !p.dash,
      ),
    ).toBe(true);
    expect(
      titr.some((p) => p.stroke === titrColour && JSON.stringify(p.dash) === JSON.stringify(dash)),
    ).toBe(true);
    const oil = shapes(named(s.groups, 'routes/oil-transit')).filter(
      (shape) => shape.type === 'path',
    );
    expect(oil.length).toBeGreaterThan(0);
    for (const path of oil) expect(path.opacity ?? 1).toBeLessThanOrEqual(DIMMED_OPACITY + 1e-9);
  });

  it('draws a project not yet in service hollow, as on the map, on the day asked for', () => {
    const hollowOf = (s: Scene) =>
      shapes(named(s.groups, 'routes/fiber-optic')).some(
        (p) =>
          p.type === 'path' &&
          p.stroke === lightTheme.casing &&
          p.strokeWidth === Math.round(lightTheme.kinds.cable.width * HOLLOW_WIDTH * 100) / 100,
      );
    expect(hollowOf(scene({ project: null, asOf: '2024-01-31' }))).toBe(true);
  });

  it('labels in the language, with the approximate template, and no two labels overlap', () => {
    const en = texts(scene({ project: null }));
    expect(en.some((t) => t.lines.some((l) => l.text === 'FOOLAND'))).toBe(true);
    expect(en.some((t) => t.lines.some((l) => l.text.includes('(approx.)')))).toBe(true);
    const ru = texts(scene({ project: null, language: 'ru' }));
    expect(ru.some((t) => t.lines.some((l) => l.text === 'ФУЛЯНДИЯ'))).toBe(true);
    // Map labels (unrotated, one line each here) take boxes that never overlap.
    const s = scene({ project: null });
    const mapLabels = [named(s.groups, 'labels'), named(s.groups, 'basemap-labels')]
      .flatMap((g) => shapes(g))
      .filter((shape): shape is TextShape => shape.type === 'text' && !shape.rotate);
    const boxes = mapLabels.flatMap((t) =>
      t.lines.map((line) => ({
        x0: line.x,
        x1: line.x + fonts.measure(line.text, t.weight, t.size, t.letterSpacing ?? 0),
        y0: line.y - t.size * 0.85,
        y1: line.y + t.size * 0.25,
      })),
    );
    expect(boxes.length).toBeGreaterThan(5);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!a || !b) continue;
        const overlap = a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
        expect(overlap, `${mapLabels[i]?.lines[0]?.text} / ${mapLabels[j]?.lines[0]?.text}`).toBe(
          false,
        );
      }
    }
  });

  it('in print style has no stroke under 0.25 pt and no text under 6 pt', () => {
    const s = scene({ width: 207.87, height: 259.84 }, true);
    for (const shape of s.groups.flatMap((g) => shapes(g))) {
      if (shape.type === 'text')
        expect(shape.size).toBeGreaterThanOrEqual(PRINT_STYLE.minText - 0.01);
      else if (shape.type === 'path' && shape.stroke) {
        expect(shape.strokeWidth ?? 1).toBeGreaterThanOrEqual(PRINT_STYLE.minStroke - 0.01);
      }
    }
  });
});

/** Checks that every tag is closed in order and that no `&` is left unescaped. */
function wellFormed(svg: string): string[] {
  const stack: string[] = [];
  const errors: string[] = [];
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const match of body.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g,
  )) {
    const [, closing, name = '', , selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) errors.push(`unexpected </${name}>`);
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(', ')}`);
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(body)) errors.push('an & is not escaped');
  return errors;
}

describe('sceneToSvg', () => {
  it('writes well-formed SVG: layers named, text as text, no image, the font credited', () => {
    const svg = sceneToSvg(scene(), { width: '115mm', height: '76.7mm' });
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).toContain('width="115mm" height="76.7mm" viewBox="0 0 1200 630"');
    expect(svg).toContain(
      'id="routes_x2F_titr" inkscape:groupmode="layer" inkscape:label="routes/titr"',
    );
    expect(svg).toContain(
      '<title>Trans-Caspian International Transport Route (Middle Corridor)</title>',
    );
    expect(svg).toMatch(
      /<text[^>]*>Trans-Caspian International Transport Route \(Middle Corridor\)<\/text>/,
    );
    expect(svg).toContain('SIL Open Font License');
    expect(svg).not.toMatch(/<image\b/);
  });
});
