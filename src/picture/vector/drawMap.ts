/**
 * The vector renderer's map: the live map's style (`buildStyle`), evaluated layer by layer for
 * one camera, drawn as named groups of paths, circles and text. Projection, clipping and path
 * segments come from d3-geo, offsets from Turf, text metrics from the font itself.
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { lineString } from '@turf/helpers';
import lineOffset from '@turf/line-offset';
import simplify from '@turf/simplify';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { FontBook } from '../../fonts/fontBook.ts';
import type { Weight } from '../../fonts/fontNames.ts';
import { FONT_SEMIBOLD } from '../../fonts/fontNames.ts';
import {
  type Anchor,
  anchorPoint,
  BASELINE_SHIFT,
  type Box,
  boxesAlong,
  CollisionIndex,
  lineAnchors,
  padded,
  placeBlock,
} from './labels.ts';
import { type Camera, pixelPath, projectGeometry, projector } from './projection.ts';
import {
  type Group,
  type Node,
  type PathShape,
  rectSegments,
  type Segment,
  type TextShape,
} from './scene.ts';
import { globalStateOf, LayerEvaluator, type StyleFeature } from './styleEvaluator.ts';

/** Heavier strokes and larger type for small print sizes. */
export interface PrintStyle {
  strokeScale: number;
  /** The thinnest stroke, in pixels of the picture. */
  minStroke: number;
  textScale: number;
  /** The smallest type, in pixels of the picture. */
  minText: number;
}

export interface MapDrawingOptions {
  camera: Camera;
  /**
   * Pixels of the picture per pixel of the map's style: lines and labels grow with the picture
   * as the exported PNG's do.
   */
  scale: number;
  print?: PrintStyle | null;
  /** Boxes labels must keep clear of (the title, legend and credit cards). */
  obstacles?: readonly Box[];
  /** The projects in the order their groups are listed. */
  projectOrder?: readonly string[];
}

/** The groups a designer finds, bottom to top: which of the map's layers each one holds. */
export const MAP_GROUPS = [
  'basemap',
  'borders',
  'basemap-labels',
  'routes',
  'places',
  'labels',
] as const;
type MapGroup = (typeof MAP_GROUPS)[number];

/** Which group a layer's drawing goes to. */
export function groupOfLayer(layerId: string): MapGroup {
  if (['background', 'land', 'lakes'].includes(layerId)) return 'basemap';
  if (layerId === 'borders') return 'borders';
  if (layerId === 'country-labels' || layerId === 'sea-labels') return 'basemap-labels';
  if (layerId === 'places-dots') return 'places';
  if (layerId === 'projects-labels' || layerId === 'places-labels') return 'labels';
  if (layerId.startsWith('projects-')) return 'routes';
  throw new Error(`layer "${layerId}" belongs to no group of the vector picture`);
}

/** Geometry farther than this outside the picture is clipped away, in pixels. */
const CLIP_MARGIN = 8;
/** Detail smaller than this is dropped from drawn geometry, in pixels. */
const SIMPLIFY_PX = 0.3;
/** MapLibre's default `text-padding`, in pixels. */
const TEXT_PADDING = 2;

type Point = [number, number];

function lineParts(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** A line in pixels shifted sideways by `offset` pixels, to the right of its way as in MapLibre. */
function offsetPixels(line: Point[], offset: number): Point[] {
  if (offset === 0 || line.length < 2) return line;
  // Turf works in a y-up plane: in the picture's y-down pixels its left is the map's right.
  const shifted = lineOffset(lineString(line), -offset, { units: 'degrees' });
  return shifted.geometry.coordinates as Point[];
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

interface Symbol {
  layerIndex: number;
  order: number;
  sortKey: number;
  evaluator: LayerEvaluator;
  feature: StyleFeature;
  slot: string;
}

/** Draws the style's layers for the camera; `data` holds each source's features. */
export function drawMap(
  style: StyleSpecification,
  data: Readonly<Record<string, FeatureCollection>>,
  options: MapDrawingOptions,
  fonts: FontBook,
): Group[] {
  const { camera, scale: k } = options;
  const print = options.print ?? null;
  const zoom = camera.zoom - Math.log2(k);
  const state = globalStateOf(style);
  const project = projector(camera);
  const path = pixelPath(camera.width, camera.height, CLIP_MARGIN);
  const stroke = (width: number) =>
    width <= 0 ? 0 : print ? Math.max(width * k * print.strokeScale, print.minStroke) : width * k;
  const textSize = (size: number) =>
    print ? Math.max(size * k * print.textScale, print.minText) : size * k;

  /** Shapes by slot: a top-level group name, or `routes/<project>`. */
  const slots = new Map<string, Node[]>();
  const add = (slot: string, node: Node) => {
    const list = slots.get(slot) ?? [];
    list.push(node);
    slots.set(slot, list);
  };
  const slotOf = (layerId: string, feature?: StyleFeature) => {
    const name = groupOfLayer(layerId);
    const project = feature?.properties?.project;
    return name === 'routes' && typeof project === 'string' ? `routes/${project}` : name;
  };

  const symbols: Symbol[] = [];
  style.layers.forEach((layer, layerIndex) => {
    const evaluator = new LayerEvaluator(layer, zoom, state);
    if (layer.type === 'background') {
      const { color, alpha } = evaluator.color('background-color');
      add(slotOf(layer.id), {
        type: 'path',
        segments: rectSegments(0, 0, camera.width, camera.height),
        fill: color,
        ...(alpha < 1 ? { opacity: alpha } : {}),
      });
      return;
    }
    const source = 'source' in layer ? data[layer.source] : undefined;
    if (!source) return;
    const features = source.features.filter(
      (feature): feature is typeof feature & StyleFeature =>
        feature.geometry !== null && evaluator.accepts(feature as StyleFeature),
    );
    if (layer.type === 'symbol') {
      features.forEach((feature, order) => {
        const key = evaluator.layout('symbol-sort-key', feature);
        symbols.push({
          layerIndex,
          order,
          sortKey: typeof key === 'number' ? key : 0,
          evaluator,
          feature,
          slot: slotOf(layer.id, feature),
        });
      });
      return;
    }
    // Features of one slot and one look are drawn as one path, as a designer would want them.
    const merged = new Map<string, Segment[]>();
    for (const feature of features) {
      const shape = drawFeature(layer, evaluator, feature);
      if (!shape) continue;
      const slot = slotOf(layer.id, feature);
      if (shape.type !== 'path') {
        add(slot, shape);
        continue;
      }
      const key = `${slot}|${JSON.stringify({ ...shape, segments: [] })}`;
      const known = merged.get(key);
      if (known) for (const segment of shape.segments) known.push(segment);
      else {
        const segments = [...shape.segments];
        merged.set(key, segments);
        add(slot, { ...shape, segments });
      }
    }
  });

  /**
   * Geometry in the picture's pixels, without the detail no one can see: points closer than a
   * third of a pixel to the line through their neighbours go (Douglas–Peucker, from Turf).
   */
  function inPixels(geometry: Geometry, project_ = true): Geometry {
    const pixels = project_ ? projectGeometry(geometry, project) : geometry;
    if (
      pixels.type === 'Point' ||
      pixels.type === 'MultiPoint' ||
      pixels.type === 'GeometryCollection'
    )
      return pixels;
    return simplify(pixels, { tolerance: SIMPLIFY_PX, mutate: true });
  }

  function drawFeature(
    layer: LayerSpecification,
    evaluator: LayerEvaluator,
    feature: StyleFeature,
  ): Node | null {
    if (layer.type === 'fill') {
      const segments = path(inPixels(feature.geometry));
      if (segments.length === 0) return null;
      const { color, alpha } = evaluator.color('fill-color', feature);
      const opacity = evaluator.number('paint', 'fill-opacity', feature) * alpha;
      return {
        type: 'path',
        segments,
        fill: color,
        fillRule: 'evenodd',
        ...(opacity < 1 ? { opacity: round(opacity) } : {}),
      };
    }
    if (layer.type === 'line') {
      const width = stroke(evaluator.number('paint', 'line-width', feature));
      if (width === 0) return null;
      const shift =
        evaluator.number('paint', 'line-offset', feature) * k * (print?.strokeScale ?? 1);
      const parts = lineParts(feature.geometry).map((part) =>
        offsetPixels(part.map(project), shift),
      );
      const segments = path(inPixels({ type: 'MultiLineString', coordinates: parts }, false));
      if (segments.length === 0) return null;
      const { color, alpha } = evaluator.color('line-color', feature);
      const opacity = evaluator.number('paint', 'line-opacity', feature) * alpha;
      const dashes = evaluator.paint('line-dasharray', feature);
      const dash =
        Array.isArray(dashes) && !(dashes.length === 2 && dashes[1] === 0)
          ? dashes.map((length: number) => round(Math.max(length * width, 0.1)))
          : undefined;
      return {
        type: 'path',
        segments,
        stroke: color,
        strokeWidth: round(width),
        ...(dash ? { dash } : {}),
        cap: evaluator.layout('line-cap', feature) as PathShape['cap'],
        join: evaluator.layout('line-join', feature) as PathShape['join'],
        ...(opacity < 1 ? { opacity: round(opacity) } : {}),
      };
    }
    if (layer.type === 'circle' && feature.geometry.type === 'Point') {
      const [cx, cy] = project(feature.geometry.coordinates);
      if (cx < 0 || cy < 0 || cx > camera.width || cy > camera.height) return null;
      const { color, alpha } = evaluator.color('circle-color', feature);
      const ring = evaluator.color('circle-stroke-color', feature);
      const opacity = evaluator.number('paint', 'circle-opacity', feature) * alpha;
      return {
        type: 'circle',
        cx: round(cx, 1),
        cy: round(cy, 1),
        r: round(evaluator.number('paint', 'circle-radius', feature) * k),
        fill: color,
        stroke: ring.color,
        strokeWidth: round(stroke(evaluator.number('paint', 'circle-stroke-width', feature))),
        ...(opacity < 1 ? { opacity: round(opacity) } : {}),
      };
    }
    return null;
  }

  // Labels: the top layer's first, and within a layer by sort key, as MapLibre places them.
  const index = new CollisionIndex(
    { x0: 0, y0: 0, x1: camera.width, y1: camera.height },
    options.obstacles ?? [],
  );
  symbols.sort((a, b) => b.layerIndex - a.layerIndex || a.sortKey - b.sortKey || a.order - b.order);
  const placedText = new Map<Symbol, TextShape[]>();
  for (const symbol of symbols) placedText.set(symbol, placeSymbol(symbol));
  // Drawn bottom layer first, in each layer's order.
  const drawOrder = [...symbols].sort(
    (a, b) => a.layerIndex - b.layerIndex || a.sortKey - b.sortKey || a.order - b.order,
  );
  for (const symbol of drawOrder)
    for (const text of placedText.get(symbol) ?? []) add(symbol.slot, text);

  function placeSymbol({ evaluator, feature }: Symbol): TextShape[] {
    const text = String(evaluator.layout('text-field', feature) ?? '').trim();
    if (!text) return [];
    const fontsOf = evaluator.layout('text-font', feature);
    const weight: Weight = Array.isArray(fontsOf) && fontsOf.includes(FONT_SEMIBOLD) ? 600 : 400;
    const size = textSize(evaluator.number('layout', 'text-size', feature));
    const letterSpacing = evaluator.number('layout', 'text-letter-spacing', feature) * size;
    const { color, alpha } = evaluator.color('text-color', feature);
    const opacity = evaluator.number('paint', 'text-opacity', feature) * alpha;
    const haloWidth = evaluator.number('paint', 'text-halo-width', feature) * k;
    const halo =
      haloWidth > 0
        ? { color: evaluator.color('text-halo-color', feature).color, width: round(haloWidth) }
        : undefined;
    const allowOverlap = evaluator.layout('text-allow-overlap', feature) === true;
    const ignorePlacement = evaluator.layout('text-ignore-placement', feature) === true;
    const offset = (evaluator.layout('text-offset', feature) as number[] | undefined) ?? [0, 0];
    const base = {
      type: 'text' as const,
      weight,
      size: round(size),
      fill: color,
      ...(letterSpacing ? { letterSpacing: round(letterSpacing) } : {}),
      ...(opacity < 1 ? { opacity: round(opacity) } : {}),
      ...(halo ? { halo } : {}),
    };
    const take = (boxes: Box[]) => {
      if (!allowOverlap && !index.fits(boxes)) return false;
      if (!ignorePlacement) index.add(boxes);
      return true;
    };

    if (evaluator.layout('symbol-placement', feature) === 'line') {
      const length = fonts.measure(text, weight, size, letterSpacing);
      const spacing = evaluator.number('layout', 'symbol-spacing', feature) * k;
      const maxAngle = evaluator.number('layout', 'text-max-angle', feature);
      const upright = evaluator.layout('text-keep-upright', feature) !== false;
      const out: TextShape[] = [];
      for (const part of lineParts(feature.geometry)) {
        // A straight label follows the line with its wiggles of less than half its height ironed out.
        const drawn = simplify(lineString(part.map(project)), { tolerance: size / 2 }).geometry
          .coordinates as Point[];
        for (const anchor of lineAnchors(drawn, spacing, length, maxAngle, upright)) {
          const radians = (anchor.angle * Math.PI) / 180;
          // Down in the text's own frame: a positive y offset moves it to the right of its way.
          const down: Point = [-Math.sin(radians), Math.cos(radians)];
          const shift = (offset[1] ?? 0) * size;
          const centre: Point = [
            anchor.point[0] + down[0] * shift,
            anchor.point[1] + down[1] * shift,
          ];
          if (!take(boxesAlong(centre, anchor.angle, length, size * 1.2))) continue;
          out.push({
            ...base,
            lines: [
              {
                text,
                x: round(centre[0] - length / 2, 1),
                y: round(centre[1] + BASELINE_SHIFT * size, 1),
              },
            ],
            ...(Math.abs(anchor.angle) > 0.05
              ? {
                  rotate: {
                    angle: round(anchor.angle, 1),
                    origin: [round(centre[0], 1), round(centre[1], 1)] as Point,
                  },
                }
              : {}),
          });
        }
      }
      return out;
    }

    if (feature.geometry.type !== 'Point') return [];
    const [x, y] = project(feature.geometry.coordinates);
    const maxWidth = evaluator.number('layout', 'text-max-width', feature) * size;
    const lines = fonts.wrap(text, weight, size, maxWidth, letterSpacing);
    const block = {
      lines,
      widths: lines.map((line) => fonts.measure(line, weight, size, letterSpacing)),
      size,
      lineHeight: evaluator.number('layout', 'text-line-height', feature),
    };
    const variable = evaluator.layout('text-variable-anchor', feature) as Anchor[] | undefined;
    const anchors = variable ?? [(evaluator.layout('text-anchor', feature) as Anchor) ?? 'center'];
    const radial = evaluator.number('layout', 'text-radial-offset', feature) * size;
    for (const anchor of anchors) {
      const [ax, ay] = anchorPoint(
        anchor,
        x + (offset[0] ?? 0) * size,
        y + (offset[1] ?? 0) * size,
        radial,
      );
      const placed = placeBlock(block, anchor, ax, ay);
      if (!take([padded(placed.box, TEXT_PADDING * k)])) continue;
      return [
        {
          ...base,
          lines: placed.lines.map((line) => ({
            ...line,
            x: round(line.x, 1),
            y: round(line.y, 1),
          })),
        },
      ];
    }
    return [];
  }

  // Assemble the groups: each route's drawing under `routes`, one group per project.
  const order = options.projectOrder ?? [];
  const routeSlots = [...slots.keys()]
    .filter((slot) => slot.startsWith('routes/'))
    .sort((a, b) => rank(order, a.slice(7)) - rank(order, b.slice(7)));
  return MAP_GROUPS.flatMap((name): Group[] => {
    const children: Node[] =
      name === 'routes'
        ? routeSlots.map((slot) => ({ type: 'group', name: slot, children: slots.get(slot) ?? [] }))
        : (slots.get(name) ?? []);
    return children.length > 0 ? [{ type: 'group', name, children }] : [];
  });
}

function rank(order: readonly string[], id: string): number {
  const at = order.indexOf(id);
  return at === -1 ? order.length : at;
}
