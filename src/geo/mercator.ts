/**
 * Web Mercator as MapLibre draws it, for finding a longitude/latitude on the screen: MapLibre's
 * own `MercatorCoordinate` (the world as a unit square), scaled to its world of 512 px at zoom 0
 * and doubled at each zoom. The live map's maths thus follow the live map to the bit, and cost
 * the page nothing (MapLibre is loaded anyway); pictures project with d3-geo, which also clips and
 * draws (`picture/vector/projection.ts`). Pure.
 */
import { MercatorCoordinate } from 'maplibre-gl';

/** MapLibre's tiles are 512 px: the world is 512·2^zoom pixels wide. */
export const TILE_SIZE = 512;

/** World pixel coordinates of a longitude/latitude at a zoom. */
export function mercator(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const { x, y } = MercatorCoordinate.fromLngLat([lng, lat]);
  const size = TILE_SIZE * 2 ** zoom;
  return { x: x * size, y: y * size };
}

/** The longitude/latitude at world pixel coordinates of a zoom: the inverse of `mercator`. */
export function unproject(x: number, y: number, zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const { lng, lat } = new MercatorCoordinate(x / size, y / size).toLngLat();
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
