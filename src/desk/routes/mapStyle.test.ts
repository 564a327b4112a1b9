import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { RouteCollectionInput } from '../../content/schema.ts';
import { darkTheme, lightTheme } from '../../map/theme.ts';
import { editorColour, linesData, routeMapStyle, vertexData } from './mapStyle.ts';

const TITR = { light: '#0066a8', dark: '#56b4e9' };

const collection: RouteCollectionInput = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'A', kind: 'rail', certainty: 'traced', source: 'S' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [51.17, 43.65],
            [49.67, 40.59],
          ],
          [
            [49.67, 40.59],
            [49.1, 41.0],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: {
        name: 'B',
        kind: 'cable',
        certainty: 'indicative',
        source: 'S',
        role: 'alternative',
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [51.17, 43.65],
          [49.11, 41.08],
        ],
      },
    },
  ],
};

describe('the route editor’s map', () => {
  it('has a valid style, with no host but the page’s own', () => {
    const style = routeMapStyle(
      'http://127.0.0.1:5192/basemap/basemap.json',
      editorColour({ colours: TITR }),
    );
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.layers.some((layer) => layer.type === 'symbol')).toBe(false);
  });

  it('draws every part but the one being edited', () => {
    const data = linesData(collection, { index: 0, part: 1 });
    expect(data.features.map((feature) => feature.properties)).toEqual([
      { index: 0, part: 0, alternative: false },
      { index: 1, part: 0, alternative: true },
    ]);
    expect(linesData(collection, null).features).toHaveLength(3);
  });

  it('rings the selected vertex, or nothing', () => {
    expect(vertexData([51.17, 43.65]).features).toHaveLength(1);
    expect(vertexData(null).features).toHaveLength(0);
  });

  it('draws a project in its own colour, or in grey while the draft gives it none', () => {
    expect(editorColour({ colours: TITR })).toBe(TITR.light);
    expect(editorColour({ colours: TITR }, darkTheme)).toBe(TITR.dark);
    expect(editorColour({ colours: { ...TITR, light: '#0066a' } })).toBe(lightTheme.placeDot);
    expect(editorColour(undefined)).toBe(lightTheme.placeDot);
  });
});
