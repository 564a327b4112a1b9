/**
 * MapLibre 6 looks for its worker beside its own module file, which a bundle renames and moves;
 * so the worker is emitted as an asset of its own and MapLibre is told where it is.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Points MapLibre at the bundled worker; call before creating a map. */
export function setBundledWorkerUrl(base: string = document.baseURI): void {
  setWorkerUrl(new URL(workerUrl, base).href);
}
