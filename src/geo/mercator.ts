/**
 * Web Mercator as MapLibre draws it, for finding a longitude/latitude on the screen: d3-geo's
 * spherical Mercator (its raw transform: the projection machinery of clipping and resampling is
 * for drawing, and would weigh on the page), scaled to MapLibre's world of 512 px at zoom 0 and
 * doubled at each zoom. Pure.
 */
import { geoMercatorRaw } from 'd3-geo';

/** MapLibre's tiles are 512 px: the world is 512·2^zoom pixels wide. */
export const TILE_SIZE = 512;

const RADIANS = Math.PI / 180;
/** World pixels per radian of the raw projection at zoom 0. */
const PIXELS_PER_RADIAN = TILE_SIZE / (2 * Math.PI);

/** World pixel coordinates of a longitude/latitude at a zoom. */
export function mercator(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const [x, y] = geoMercatorRaw(lng * RADIANS, lat * RADIANS);
  const scale = 2 ** zoom * PIXELS_PER_RADIAN;
  return { x: (Math.PI + x) * scale, y: (Math.PI - y) * scale };
}

/** The longitude/latitude at world pixel coordinates of a zoom: the inverse of `mercator`. */
export function unproject(x: number, y: number, zoom: number): [number, number] {
  const scale = 2 ** zoom * PIXELS_PER_RADIAN;
  const inverse = geoMercatorRaw.invert?.(x / scale - Math.PI, Math.PI - y / scale);
  return inverse ? [inverse[0] / RADIANS, inverse[1] / RADIANS] : [Number.NaN, Number.NaN];
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
