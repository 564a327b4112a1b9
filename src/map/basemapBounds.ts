/** The area the basemap draws in detail (Natural Earth 1:10m): the region and its neighbours. */
export const DETAIL_BOUNDS = { west: 10, south: 10, east: 100, north: 62 } as const;

/**
 * The area the basemap covers: the whole world, coarse (1:110m) around the detailed part. However
 * a project is framed beside the cards over the map (a phone's strip above its sheet, a narrow
 * window beside the open legend or the panel), the view around it is drawn, east and west as
 * MapLibre's copies of the world, so the map needs no bounds that would move the camera and cut
 * the project.
 */
export const BASEMAP_BOUNDS = { west: -180, south: -85, east: 180, north: 85 } as const;

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
