/** Web Mercator as MapLibre draws it, for finding a longitude/latitude on the screen. Pure. */

/** MapLibre's tiles are 512 px: the world is 512·2^zoom pixels wide. */
export const TILE_SIZE = 512;

/** World pixel coordinates of a longitude/latitude at a zoom. */
export function mercator(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const worldSize = TILE_SIZE * 2 ** zoom;
  const x = ((lng + 180) / 360) * worldSize;
  const y =
    ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
    worldSize;
  return { x, y };
}

/** The longitude/latitude at world pixel coordinates of a zoom: the inverse of `mercator`. */
export function unproject(x: number, y: number, zoom: number): [number, number] {
  const worldSize = TILE_SIZE * 2 ** zoom;
  const lng = (x / worldSize) * 360 - 180;
  const lat =
    (360 / Math.PI) * Math.atan(Math.exp(((180 - (y / worldSize) * 360) * Math.PI) / 180)) - 90;
  return [lng, lat];
}

/** Where a longitude/latitude lies from the centre of a map showing `view`, in CSS pixels. */
export function offsetFromCentre(
  lng: number,
  lat: number,
  view: { zoom: number; lat: number; lng: number },
): { x: number; y: number } {
  const at = mercator(lng, lat, view.zoom);
  const centre = mercator(view.lng, view.lat, view.zoom);
  return { x: at.x - centre.x, y: at.y - centre.y };
}

/**
 * The point a fraction `t` of the way from `a` to `b` on the straight line between them in Web
 * Mercator: on the segment as the map draws it (a great circle would bow away from it).
 */
export function alongDrawnSegment(
  a: readonly number[],
  b: readonly number[],
  t: number,
): [number, number] {
  const [lngA = 0, latA = 0] = a;
  const [lngB = 0, latB = 0] = b;
  const [yA, yB] = [mercator(lngA, latA, 0).y, mercator(lngB, latB, 0).y];
  const [, lat] = unproject(0, yA + t * (yB - yA), 0);
  return [lngA + t * (lngB - lngA), lat];
}
