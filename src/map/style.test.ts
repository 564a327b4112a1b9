import {
  type FontFacesSpecification,
  type GeoJSONSourceSpecification,
  isExpression,
  type LayerSpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { THEME_NAMES } from '../content/themeNames.ts';
import { ROUTE_KINDS } from '../content/vocabulary.ts';
import { FONT_REGULAR, FONT_SEMIBOLD } from '../fonts/fontNames.ts';
import { mapWords } from '../i18n/mapWords.ts';
import type { ProjectLayerState } from './expressions.ts';
import { LAYER_ORDER } from './layerOrder.ts';
import { kindLayerId } from './layers/projects.ts';
import { allLayers, buildStyle, orderLayers } from './style.ts';
import { lightTheme, THEMES } from './theme.ts';

const content = loadTestContent();
const projectIds = content.projects.map((project) => project.id);
const words = mapWords(content.translations.en);

const face = (file: string) => ({
  url: `http://127.0.0.1/fonts/${file}.woff2`,
  'unicode-range': ['U+0000-00FF', 'U+0400-045F'],
});
const fontFaces: FontFacesSpecification = {
  [FONT_REGULAR]: [face('noto-sans-400')],
  [FONT_SEMIBOLD]: [face('noto-sans-600')],
};
const assets = { basemapUrl: 'http://127.0.0.1/basemap/basemap.json', fontFaces };

const NOTHING: ProjectLayerState = {
  selected: null,
  hovered: null,
  visible: projectIds,
  statuses: {},
};
const BUSY: ProjectLayerState = {
  selected: 'oil-transit',
  hovered: 'titr',
  visible: ['titr', 'oil-transit'],
  statuses: { 'oil-transit': 'agreed' },
};

/** The font names a `text-font` value can produce, literal or inside an expression. */
function fontsIn(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  if (value[0] === 'literal') return (value[1] as unknown[]).filter((v) => typeof v === 'string');
  if (isExpression(value)) return value.slice(1).flatMap(fontsIn);
  return value.filter((v): v is string => typeof v === 'string');
}

function textFonts(layers: readonly LayerSpecification[]): Set<string> {
  return new Set(
    layers.flatMap((layer) =>
      layer.type === 'symbol' ? fontsIn(layer.layout?.['text-font']) : [],
    ),
  );
}

describe('LAYER_ORDER', () => {
  it('lists each layer once', () => {
    expect(new Set(LAYER_ORDER).size).toBe(LAYER_ORDER.length);
  });

  it('lists exactly the layers of the map, in the order they are drawn', () => {
    expect(allLayers(lightTheme, words, content.projects).map((layer) => layer.id)).toEqual([
      ...LAYER_ORDER,
    ]);
  });

  it('draws the routes over the basemap and the place names over the routes', () => {
    const index = (id: (typeof LAYER_ORDER)[number]) => LAYER_ORDER.indexOf(id);
    for (const kind of ROUTE_KINDS) {
      expect(index(kindLayerId(kind))).toBeGreaterThan(index('sea-labels'));
      expect(index(kindLayerId(kind))).toBeGreaterThan(index('projects-casing'));
      expect(index(kindLayerId(kind))).toBeLessThan(index('places-labels'));
    }
  });
});

describe('orderLayers', () => {
  it('sorts layers into LAYER_ORDER', () => {
    const reversed = [...allLayers(lightTheme, words, content.projects)].reverse();
    expect(orderLayers(reversed).map((layer) => layer.id)).toEqual([...LAYER_ORDER]);
  });

  it('throws on a layer that LAYER_ORDER does not list, naming it', () => {
    const stray: LayerSpecification = {
      id: 'stray-hillshade',
      type: 'background',
      paint: { 'background-color': '#000000' },
    };
    expect(() => orderLayers([...allLayers(lightTheme, words, content.projects), stray])).toThrow(
      'layer "stray-hillshade" is missing from LAYER_ORDER',
    );
  });
});

describe('buildStyle', () => {
  it('passes validateStyleMin with nothing selected', () => {
    expect(validateStyleMin(buildStyle(lightTheme, content, NOTHING, assets, words))).toEqual([]);
  });

  it('passes validateStyleMin with a selected and a hovered project and others hidden', () => {
    expect(validateStyleMin(buildStyle(lightTheme, content, BUSY, assets, words))).toEqual([]);
  });

  it('passes validateStyleMin with every project hidden', () => {
    const hidden = { ...NOTHING, visible: [] };
    expect(validateStyleMin(buildStyle(lightTheme, content, hidden, assets, words))).toEqual([]);
  });

  it("gives the same layers whatever the state, which only the style's state holds", () => {
    const [quiet, busy] = [NOTHING, BUSY].map((state) =>
      buildStyle(lightTheme, content, state, assets, words),
    );
    expect(busy?.layers).toEqual(quiet?.layers);
    expect(busy?.state).toEqual({
      selected: { default: 'oil-transit' },
      hovered: { default: 'titr' },
      visible: { default: ['titr', 'oil-transit'] },
      statuses: { default: { 'oil-transit': 'agreed' } },
    });
  });

  it('is rejected by validateStyleMin when a layer is broken', () => {
    // Guards the tests above: the validator does look into the layers.
    const style = buildStyle(lightTheme, content, NOTHING, assets, words);
    const broken = {
      id: 'land-2',
      type: 'fill',
      source: 'basemap',
      paint: { 'fill-color': 42 },
    } as unknown as LayerSpecification;
    const errors = validateStyleMin({ ...style, layers: [...style.layers, broken] });
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining(`layers[${LAYER_ORDER.length}].paint.fill-color`),
    ]);
  });

  it('declares in font-faces every text-font a layer uses', () => {
    const style = buildStyle(lightTheme, content, NOTHING, assets, words);
    const used = textFonts(style.layers);
    expect([...used].sort()).toEqual([FONT_REGULAR, FONT_SEMIBOLD]);
    for (const font of used) expect(Object.keys(style['font-faces'] ?? {})).toContain(font);
  });

  it('carries every route of every project in the projects source', () => {
    const source = buildStyle(lightTheme, content, NOTHING, assets, words).sources.projects;
    const data = (source as GeoJSONSourceSpecification).data as FeatureCollection;
    const routes = content.projects.flatMap((project) => project.routes);
    expect(data.features).toHaveLength(routes.length);
    expect(data.features.map((feature) => feature.properties?.project)).toEqual(
      routes.map((route) => route.properties.project),
    );
  });
});

describe("the projects' colours", () => {
  it.each(THEME_NAMES)('draw each project in its own %s colour from projects.json', (name) => {
    const theme = THEMES[name];
    const rail = allLayers(theme, words, content.projects).find(
      (layer) => layer.id === kindLayerId('rail'),
    );
    expect((rail?.paint as Record<string, unknown> | undefined)?.['line-color']).toEqual([
      'match',
      ['get', 'project'],
      ...content.projects.flatMap((project) => [project.id, project.colours[name]]),
      theme.placeDot,
    ]);
  });
});
