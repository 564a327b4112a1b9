/** The area the basemap draws in detail (Natural Earth 1:10m): the region and its neighbours. */
export const DETAIL_BOUNDS = { west: 10, south: 10, east: 100, north: 62 } as const;

/**
 * The area the basemap covers (1:110m around the detailed part) and the map lets the reader pan
 * within. It reaches far beyond the region because a project fitted into the part of a small
 * screen that the cards leave free (a phone's strip above the bottom sheet) needs a low zoom,
 * and MapLibre never shows past these bounds: too small a box would cut the project instead.
 */
export const BASEMAP_BOUNDS = { west: -40, south: -45, east: 160, north: 80 } as const;

/** The same area as MapLibre's `maxBounds`: no camera shows past the edge of the basemap. */
export const BASEMAP_MAX_BOUNDS: [[number, number], [number, number]] = [
  [BASEMAP_BOUNDS.west, BASEMAP_BOUNDS.south],
  [BASEMAP_BOUNDS.east, BASEMAP_BOUNDS.north],
];

/** The property holding a label's text in a language (country names are in capitals). */
export const labelProperty = (language: string) => `label_${language}`;

/** What each basemap feature is, in its `layer` property. */
export type BasemapLayer = 'land' | 'lake' | 'border' | 'country-label' | 'sea-label';

/** Where the built basemap is served from, relative to the app. */
export const BASEMAP_PATH = 'basemap/basemap.json';

/** The map's whole subject, from the Black Sea to the Chinese border: [[west, south], [east, north]]. */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [27.5, 35.5],
  [83.5, 47.5],
];
