/** The area the basemap covers and the map lets the reader pan within. */
export const BASEMAP_BOUNDS = { west: 10, south: 10, east: 100, north: 62 } as const;

/** What each basemap feature is, in its `layer` property. */
export type BasemapLayer = 'land' | 'lake' | 'border' | 'country-label' | 'sea-label';

/** Where the built basemap is served from, relative to the app. */
export const BASEMAP_PATH = 'basemap/basemap.json';
