/**
 * The benchmark's lower bound: the same style, basemap, routes, places and fonts drawn by bare
 * MapLibre, with no React, no store, no content bundle. `scripts/bench.ts` writes `style.json`
 * and the GeoJSON files beside the built page.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Map as MapLibreMap } from 'maplibre-gl';
import { fontFaces } from '../../src/fonts/fontFaces.ts';
import { REGION_BOUNDS } from '../../src/map/basemapBounds.ts';
import { setBundledWorkerUrl } from '../../src/map/worker.ts';

setBundledWorkerUrl();
const style = (await (await fetch('style.json')).json()) as StyleSpecification;
for (const source of Object.values(style.sources)) {
  if (source.type === 'geojson' && typeof source.data === 'string') {
    source.data = new URL(source.data, document.baseURI).href;
  }
}
style['font-faces'] = fontFaces(document.baseURI);
const container = document.getElementById('map') as HTMLElement;
const map = new MapLibreMap({ container, style, bounds: REGION_BOUNDS, attributionControl: false });
map.once('idle', () => container.setAttribute('aria-busy', 'false'));
