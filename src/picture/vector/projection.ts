/**
 * The camera of a vector picture: Web Mercator from d3-geo, scaled and centred as MapLibre draws
 * a map of the same size at the same zoom, with d3's planar clipping drawn as path segments.
 */
import { type GeoContext, type GeoProjection, geoIdentity, geoMercator, geoPath } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import { TILE_SIZE } from '../../geo/mercator.ts';
import type { Segment } from './scene.ts';

/** What a picture shows: its size in pixels, and the map's centre and zoom. */
export interface Camera {
  width: number;
  height: number;
  center: [number, number];
  /** MapLibre's zoom for a map of this size. */
  zoom: number;
}

/** Pixels per radian at a zoom: MapLibre's world is 512·2^zoom pixels round. */
export const scaleAtZoom = (zoom: number) => (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);

/** The projection of a camera: a longitude/latitude to pixels from the picture's top left. */
export function cameraProjection(camera: Camera): GeoProjection {
  return geoMercator()
    .scale(scaleAtZoom(camera.zoom))
    .center(camera.center)
    .translate([camera.width / 2, camera.height / 2]);
}

type Point = [number, number];

/** Pixels of a longitude/latitude; the same formula as the projection, without clipping. */
export function projector(camera: Camera): (position: Position) => Point {
  const projection = cameraProjection(camera);
  return (position) => projection([position[0] ?? 0, position[1] ?? 0]) ?? [Number.NaN, Number.NaN];
}

/**
 * The segments of geometry already in pixels, clipped by d3 to the picture plus `margin`, with
 * coordinates rounded to `digits` decimals. Empty when nothing is inside.
 */
export function pixelPath(width: number, height: number, margin: number, digits = 1) {
  const clip = geoIdentity().clipExtent([
    [-margin, -margin],
    [width + margin, height + margin],
  ]);
  const k = 10 ** digits;
  const round = (value: number) => Math.round(value * k) / k;
  let segments: Segment[] = [];
  const context: GeoContext = {
    beginPath: () => {},
    moveTo: (x, y) => {
      segments.push(['M', round(x), round(y)]);
    },
    lineTo: (x, y) => {
      segments.push(['L', round(x), round(y)]);
    },
    closePath: () => {
      segments.push(['Z']);
    },
    // d3 draws a point as a move to a circle's edge and the circle: a fill or line layer draws
    // points as nothing (as MapLibre does), so the move goes too.
    arc: () => {
      segments.pop();
    },
  };
  const path = geoPath(clip, context);
  return (geometry: Geometry): Segment[] => {
    segments = [];
    path(geometry);
    return segments;
  };
}

/** A geometry's coordinates mapped through `project` (points, lines and polygons). */
export function projectGeometry(geometry: Geometry, project: (p: Position) => Point): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: project(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(project) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((line) => line.map(project)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(project)),
        ),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => projectGeometry(g, project)),
      };
  }
}
