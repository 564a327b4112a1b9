/**
 * A static SVG poster of the map's default view, drawn in plain Node from the built basemap and
 * the checked content: the picture shown to a reader whose browser has no WebGL. Pure: it takes
 * every input as a value and returns the SVG text.
 *
 * It follows the map's style (`src/map/layers/`): the same colours, widths, dash patterns, text
 * sizes and z-order. What it cannot do as MapLibre does is approximated: text widths are
 * estimated from character counts, and labels are placed by a simple greedy collision check.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { PlaceFeature, Project, RouteFeature, Status } from '../../src/content/schema';
import { ROUTE_KINDS, type RouteKind } from '../../src/content/vocabulary';
import { mercator, TILE_SIZE } from '../../src/geo/mercator';
import { fill } from '../../src/i18n/translate';
import { labelProperty } from '../../src/map/basemapBounds';
import { ALTERNATIVE_OPACITY, HOLLOW_WIDTH, STATUS_STYLE } from '../../src/map/expressions';
import { flowWidth, routeOffset } from '../../src/map/flows';
import { LAYER_ORDER } from '../../src/map/layerOrder';
import { BORDER_LINE } from '../../src/map/layers/basemap';
import {
  CASING_EXTRA,
  CASING_OPACITY,
  kindLayerId,
  RAIL_TIES,
} from '../../src/map/layers/projects';
import { dashFor, projectColor, type Theme } from '../../src/map/theme';

export type Bounds = [[number, number], [number, number]];
type Point = [number, number];

export interface PosterInput {
  basemap: FeatureCollection;
  projects: readonly Project[];
  places: readonly PlaceFeature[];
  theme: Theme;
  /** Language of the basemap's labels (`label_<language>`, falling back to `name`). */
  language: string;
  width: number;
  height: number;
  /** The area to fit into the picture: [[west, south], [east, north]]. */
  bounds: Bounds;
  /** The picture's accessible title. */
  title: string;
  /** The name of a place at an approximate location, e.g. "{name} (approx.)". */
  approximateLabel: string;
  /** Each project's status (the map's default: as of the latest milestone); operating if absent. */
  statuses: Readonly<Record<string, Status>>;
}

export const FONT_FAMILY = 'Noto Sans, sans-serif';
/** Geometry farther than this outside the picture is clipped away, in pixels. */
const CLIP_MARGIN = 8;
/** Points closer than this to the previous kept point are skipped, in pixels. */
const MIN_STEP = 0.5;
/** Rings smaller than this are dropped, in square pixels. */
const MIN_RING_AREA = 0.5;
const LINE_HEIGHT = 1.2;

// ---------------------------------------------------------------------------------------------
// Projection

/** Web Mercator, fitted into a width × height box around `bounds`, keeping aspect, centred. */
export interface Projection {
  (position: Position): Point;
  /** Pixels per radian of longitude. */
  scale: number;
  /** The MapLibre zoom the same scale would be. */
  zoom: number;
}

export function fitMercator(bounds: Bounds, width: number, height: number): Projection {
  const [[west, south], [east, north]] = bounds;
  // The map's own projection at zoom 0, then the zoom that fits the box.
  const sw = mercator(west, south, 0);
  const ne = mercator(east, north, 0);
  const zoom = Math.log2(Math.min(width / (ne.x - sw.x), height / (sw.y - ne.y)));
  const factor = 2 ** zoom;
  const [cx, cy] = [((sw.x + ne.x) / 2) * factor, ((sw.y + ne.y) / 2) * factor];
  const project = ((position: Position): Point => {
    const at = mercator(position[0] ?? 0, position[1] ?? 0, zoom);
    return [width / 2 + at.x - cx, height / 2 + at.y - cy];
  }) as Projection;
  project.scale = (TILE_SIZE * factor) / (2 * Math.PI);
  project.zoom = zoom;
  return project;
}

// ---------------------------------------------------------------------------------------------
// Geometry in pixels: clipping, simplifying, offsetting

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boundsOf(points: readonly Point[]): Rect {
  const rect = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of points) {
    if (x < rect.x0) rect.x0 = x;
    if (x > rect.x1) rect.x1 = x;
    if (y < rect.y0) rect.y0 = y;
    if (y > rect.y1) rect.y1 = y;
  }
  return rect;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
const contains = (outer: Rect, inner: Rect) =>
  inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/** One side of the clip rectangle: keep points whose coordinate `axis` is ≥ (or ≤) `value`. */
interface Edge {
  axis: 0 | 1;
  value: number;
  keepAbove: boolean;
}

const edgesOf = (rect: Rect): Edge[] => [
  { axis: 0, value: rect.x0, keepAbove: true },
  { axis: 0, value: rect.x1, keepAbove: false },
  { axis: 1, value: rect.y0, keepAbove: true },
  { axis: 1, value: rect.y1, keepAbove: false },
];

function crossing(a: Point, b: Point, edge: Edge): Point {
  const t = (edge.value - a[edge.axis]) / (b[edge.axis] - a[edge.axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** Sutherland–Hodgman: a ring clipped to the rectangle (open: no repeated first point). */
function clipRing(ring: readonly Point[], rect: Rect): Point[] {
  let out: Point[] = [...ring];
  for (const edge of edgesOf(rect)) {
    const input = out;
    out = [];
    let previous = input[input.length - 1];
    if (!previous) break;
    const inside = (p: Point) =>
      edge.keepAbove ? p[edge.axis] >= edge.value : p[edge.axis] <= edge.value;
    for (const current of input) {
      if (inside(current)) {
        if (!inside(previous)) out.push(crossing(previous, current, edge));
        out.push(current);
      } else if (inside(previous)) {
        out.push(crossing(previous, current, edge));
      }
      previous = current;
    }
  }
  return out;
}

/** Liang–Barsky: the part of segment a→b inside the rectangle, or null. */
function clipSegment(a: Point, b: Point, rect: Rect): [Point, Point] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a[0] - rect.x0],
    [dx, rect.x1 - a[0]],
    [-dy, a[1] - rect.y0],
    [dy, rect.y1 - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  const at = (t: number): Point => [a[0] + t * dx, a[1] + t * dy];
  return [t0 === 0 ? a : at(t0), t1 === 1 ? b : at(t1)];
}

/** A line clipped to the rectangle: the parts of it inside. */
function clipLine(line: readonly Point[], rect: Rect): Point[][] {
  const box = boundsOf(line);
  if (!overlaps(box, rect)) return [];
  if (contains(rect, box)) return [[...line]];
  const parts: Point[][] = [];
  let current: Point[] | null = null;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const clipped = clipSegment(a, b, rect);
    if (!clipped) {
      current = null;
      continue;
    }
    const [start, end] = clipped;
    if (!current || start !== a) {
      current = [start];
      parts.push(current);
    }
    current.push(end);
    if (end !== b) current = null;
  }
  return parts;
}

const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Skips points closer than `MIN_STEP` to the previous kept one; a line keeps its last point. */
function thin(points: readonly Point[], keepLast: boolean): Point[] {
  const first = points[0];
  if (!first) return [];
  const out: Point[] = [first];
  for (let i = 1; i < points.length; i++) {
    const point = points[i] as Point;
    const isLast = i === points.length - 1;
    if (distance(point, out[out.length - 1] as Point) >= MIN_STEP) out.push(point);
    else if (isLast && keepLast && out.length === 1) out.push(point);
    else if (isLast && keepLast) out[out.length - 1] = point;
  }
  return out;
}

function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

/** A line shifted sideways by `offset` pixels, to the right of its direction as in MapLibre. */
function offsetLine(line: readonly Point[], offset: number): Point[] {
  if (offset === 0 || line.length < 2) return [...line];
  const normal = (a: Point, b: Point): Point => {
    const length = distance(a, b) || 1;
    return [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
  };
  return line.map((point, i) => {
    const before = i > 0 ? normal(line[i - 1] as Point, point) : null;
    const after = i < line.length - 1 ? normal(point, line[i + 1] as Point) : null;
    const a = before ?? after ?? [0, 0];
    const b = after ?? before ?? [0, 0];
    const sum: Point = [a[0] + b[0], a[1] + b[1]];
    const length = Math.hypot(sum[0], sum[1]) || 1;
    const unit: Point = [sum[0] / length, sum[1] / length];
    // Keep the offset line parallel at a bend, up to a limit on sharp turns.
    const cos = Math.max(0.5, unit[0] * a[0] + unit[1] * a[1]);
    return [point[0] + (unit[0] * offset) / cos, point[1] + (unit[1] * offset) / cos];
  });
}

// ---------------------------------------------------------------------------------------------
// Writing SVG

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number of tenths, written shortly: 12 → "1.2", -5 → "-.5". */
function tenths(value: number): string {
  return String(value / 10).replace(/^(-?)0\./, '$1.');
}

/** A number rounded to one decimal, written shortly. */
const num = (value: number) => tenths(Math.round(value * 10));

/** Path data for parts of a line or rings of a polygon: absolute moves, relative steps. */
function pathData(parts: readonly (readonly Point[])[], close: boolean): string {
  let d = '';
  for (const part of parts) {
    const ints: Point[] = [];
    for (const [x, y] of part) {
      const p: Point = [Math.round(x * 10), Math.round(y * 10)];
      const last = ints[ints.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ints.push(p);
    }
    if (ints.length < 2) continue;
    let text = '';
    const add = (value: string) => {
      text += text === '' || value.startsWith('-') ? value : ` ${value}`;
    };
    const [first, ...rest] = ints as [Point, ...Point[]];
    add(tenths(first[0]));
    add(tenths(first[1]));
    d += `M${text}`;
    text = '';
    let previous = first;
    for (const p of rest) {
      add(tenths(p[0] - previous[0]));
      add(tenths(p[1] - previous[1]));
      previous = p;
    }
    d += `l${text}${close ? 'z' : ''}`;
  }
  return d;
}

type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

const element = (name: string, attrs: Attributes, content?: string) =>
  content === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${content}</${name}>`;

const group = (attrs: Attributes, children: readonly string[]) =>
  children.length === 0 ? '' : element('g', attrs, children.join(''));

const dashArray = (dash: readonly number[] | null | undefined, width: number) =>
  dash ? dash.map((length) => num(Math.max(length * width, 0.1))).join(' ') : undefined;

// ---------------------------------------------------------------------------------------------
// Labels

/** Rough advance of a character of Noto Sans, in ems. */
function charWidth(char: string): number {
  if (char === ' ') return 0.26;
  if (/[.,:;'!|il]/.test(char)) return 0.28;
  if (/[()\-fjrt]/.test(char)) return 0.36;
  if (/[MWmwЖШЩЮМ]/.test(char)) return 0.85;
  if (char !== char.toLowerCase()) return 0.68;
  return 0.55;
}

/** Rough width of a line of text in pixels. */
function textWidth(text: string, size: number, letterSpacing: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char) + letterSpacing;
  return ems * size;
}

/** Words wrapped into lines no wider than `maxWidth` ems, as `text-max-width` does. */
function wrap(text: string, size: number, letterSpacing: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && textWidth(joined, size, letterSpacing) > maxWidth * size) {
      lines.push(word);
    } else if (last !== undefined) {
      lines[lines.length - 1] = joined;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

interface TextStyle {
  size: number;
  /** In ems. */
  letterSpacing: number;
  /** In ems. */
  maxWidth: number;
}

/** Where a block of text goes: its anchor point and which side of the point it lies on. */
interface Placement {
  x: number;
  y: number;
  /** SVG `text-anchor`. */
  anchor: 'start' | 'middle' | 'end';
  /** Vertical: the block's centre is at `y`. */
  box: Rect;
}

function placeBlock(
  lines: readonly string[],
  style: TextStyle,
  x: number,
  centreY: number,
  anchor: Placement['anchor'],
): Placement {
  const width = Math.max(...lines.map((line) => textWidth(line, style.size, style.letterSpacing)));
  const height = lines.length * LINE_HEIGHT * style.size;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    x,
    y: centreY,
    anchor,
    box: { x0, x1: x0 + width, y0: centreY - height / 2, y1: centreY + height / 2 },
  };
}

/** A `<text>` of one or more lines centred vertically on the placement's `y`. */
function textElement(lines: readonly string[], at: Placement, attrs: Attributes = {}): string {
  const anchor = at.anchor === 'start' ? undefined : at.anchor;
  // 0.35em below the line's middle is about where the baseline of Noto Sans sits.
  const firstDy = 0.35 - ((lines.length - 1) * LINE_HEIGHT) / 2;
  if (lines.length === 1) {
    return element(
      'text',
      { x: num(at.x), y: num(at.y), dy: '.35em', 'text-anchor': anchor, ...attrs },
      escapeXml(lines[0] ?? ''),
    );
  }
  const spans = lines
    .map((line, i) =>
      element(
        'tspan',
        { x: num(at.x), dy: `${i === 0 ? num(firstDy) : LINE_HEIGHT}em` },
        escapeXml(line),
      ),
    )
    .join('');
  return element('text', { x: num(at.x), y: num(at.y), 'text-anchor': anchor, ...attrs }, spans);
}

/** Labels already placed, which later labels may not overlap; none may cross the picture's edge. */
class Collisions {
  private readonly boxes: Rect[] = [];
  constructor(private readonly view: Rect) {}
  fits(box: Rect): boolean {
    return contains(this.view, box) && !this.boxes.some((other) => overlaps(box, other));
  }
  add(box: Rect): void {
    this.boxes.push(box);
  }
}

/** MapLibre's `interpolate linear` over zoom between two stops, clamped. */
function byZoom(zoom: number, [z0, v0]: [number, number], [z1, v1]: [number, number]): number {
  const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
  return v0 + t * (v1 - v0);
}

// ---------------------------------------------------------------------------------------------
// The poster

function polygonRings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

function lineParts(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** The drawing order of route kinds, as `LAYER_ORDER` sets it. */
const KIND_ORDER: RouteKind[] = [...ROUTE_KINDS].sort(
  (a, b) =>
    (LAYER_ORDER as readonly string[]).indexOf(kindLayerId(a)) -
    (LAYER_ORDER as readonly string[]).indexOf(kindLayerId(b)),
);

/** Place labels compete for room capitals first, then ports and terminals, then the rest. */
const PLACE_RANK: Record<string, number> = { capital: 0, port: 1, terminal: 1, border: 2 };

/** The SVG poster of the map. */
export function posterSvg(input: PosterInput): string {
  const { basemap, theme, width, height } = input;
  const project = fitMercator(input.bounds, width, height);
  const clip: Rect = {
    x0: -CLIP_MARGIN,
    y0: -CLIP_MARGIN,
    x1: width + CLIP_MARGIN,
    y1: height + CLIP_MARGIN,
  };
  const inView = ([x, y]: Point) => x >= 0 && x <= width && y >= 0 && y <= height;
  const features = basemap.features.filter((f) => f.geometry);
  const ofLayer = (layer: string) => features.filter((f) => f.properties?.layer === layer);

  const fillPath = (layer: string, color: string) => {
    const rings: Point[][] = [];
    for (const f of ofLayer(layer)) {
      for (const ring of polygonRings(f.geometry)) {
        const points = ring.map(project);
        const box = boundsOf(points);
        if (!overlaps(box, clip)) continue;
        const clipped = contains(clip, box) ? points : clipRing(points, clip);
        const thinned = thin(clipped, false);
        if (thinned.length >= 3 && ringArea(thinned) >= MIN_RING_AREA) rings.push(thinned);
      }
    }
    const d = pathData(rings, true);
    return d ? element('path', { d, fill: color, 'fill-rule': 'evenodd' }) : '';
  };

  const strokeParts = (parts: Position[][], offset = 0) =>
    parts.flatMap((part) =>
      clipLine(offsetLine(thin(part.map(project), true), offset), clip).map((p) => thin(p, true)),
    );

  // Basemap.
  const body: string[] = [
    element('rect', { width, height, fill: theme.water }),
    fillPath('land', theme.land),
    fillPath('lake', theme.water),
  ];
  const borders = pathData(
    strokeParts(ofLayer('border').flatMap((f) => lineParts(f.geometry))),
    false,
  );
  if (borders) {
    body.push(
      element('path', {
        d: borders,
        fill: 'none',
        stroke: theme.border,
        'stroke-width': BORDER_LINE.width,
        'stroke-dasharray': dashArray(BORDER_LINE.dash, BORDER_LINE.width),
      }),
    );
  }

  // Labels are placed top layer first, as MapLibre does: place names win over sea and country
  // names. They are drawn afterwards, in z-order.
  const collisions = new Collisions({ x0: 0, y0: 0, x1: width, y1: height });
  const placeLabels = placesLabels(input, project, collisions);
  const basemapLabel = (layer: 'sea-label' | 'country-label', style: TextStyle) => {
    const out: string[] = [];
    for (const f of ofLayer(layer)) {
      if (f.geometry.type !== 'Point') continue;
      const at = project(f.geometry.coordinates);
      if (!inView(at)) continue;
      const props = f.properties ?? {};
      const text = String(props[labelProperty(input.language)] ?? props.name ?? '');
      if (!text) continue;
      const lines = wrap(text, style.size, style.letterSpacing, style.maxWidth);
      const placed = placeBlock(lines, style, at[0], at[1], 'middle');
      if (!collisions.fits(placed.box)) continue;
      collisions.add(placed.box);
      out.push(textElement(lines, placed));
    }
    return out;
  };
  const labelSize = byZoom(project.zoom, [3, 10], [7, 14]);
  const seaLabels = basemapLabel('sea-label', {
    size: labelSize,
    letterSpacing: 0.08,
    maxWidth: 6,
  });
  const countryLabels = basemapLabel('country-label', {
    size: labelSize,
    letterSpacing: 0.12,
    maxWidth: 8,
  });
  const halo = (color: string, haloWidth: number) => ({
    stroke: color,
    'stroke-width': haloWidth * 2,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  body.push(
    group(
      {
        'font-size': num(labelSize),
        'font-weight': 600,
        'letter-spacing': num(0.12 * labelSize),
        'text-anchor': 'middle',
        fill: theme.countryLabel,
        ...halo(theme.land, 1),
      },
      countryLabels,
    ),
    group(
      {
        'font-size': num(labelSize),
        'letter-spacing': num(0.08 * labelSize),
        'text-anchor': 'middle',
        fill: theme.seaLabel,
      },
      seaLabels,
    ),
  );

  // Routes: casing under all, then each kind in z-order, rail ties over rail.
  const routes = input.projects.flatMap((p) =>
    p.routes.map((route) => ({ route, color: projectColor(theme, p.id), project: p.id })),
  );
  const drawn = routes
    .map(({ route, color, project: id }) => {
      const { kind, tonnesPerYear } = route.properties;
      const offset = routeOffset(theme, route.properties);
      const d = pathData(strokeParts(lineParts(route.geometry), offset), false);
      // A flow is as wide as its volume, as on the map.
      const width =
        tonnesPerYear === undefined ? theme.kinds[kind].width : flowWidth(tonnesPerYear);
      return { route, color, id, style: { ...theme.kinds[kind], width }, d };
    })
    .filter((r) => r.d !== '');
  const statusOf = (id: string) => STATUS_STYLE[input.statuses[id] ?? 'operating'];
  const opacityOf = (route: RouteFeature) => {
    const opacity =
      statusOf(route.properties.project).opacity *
      (route.properties.role === 'alternative' ? ALTERNATIVE_OPACITY : 1);
    return opacity === 1 ? undefined : Math.round(opacity * 100) / 100;
  };
  const casing = drawn
    .filter(({ route }) => route.properties.kind !== 'flow')
    .map(({ route, style, d }) =>
      element('path', {
        d,
        'stroke-width': num(style.width + CASING_EXTRA),
        'stroke-opacity': Math.round(CASING_OPACITY * (opacityOf(route) ?? 1) * 100) / 100,
      }),
    );
  body.push(
    group(
      {
        fill: 'none',
        stroke: theme.casing,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
      casing,
    ),
  );
  for (const kind of KIND_ORDER) {
    const ofKind = drawn.filter((r) => r.route.properties.kind === kind);
    const dashOf = ({ route, id, style }: (typeof drawn)[number]) =>
      dashArray(dashFor(theme, route.properties.kind, route.properties.certainty, id), style.width);
    const lines = ofKind.map((r) =>
      element('path', {
        d: r.d,
        stroke: r.color,
        'stroke-width': r.route.properties.kind === 'flow' ? num(r.style.width) : undefined,
        'stroke-dasharray': dashOf(r),
        'stroke-opacity': opacityOf(r.route),
      }),
    );
    // A project not yet in service is drawn hollow: its middle in the casing's colour.
    // Flows are never hollow, as on the map: the middle of a thin flow would hide it.
    const hollows = ofKind
      .filter((r) => kind !== 'flow' && statusOf(r.id).hollow)
      .map((r) =>
        element('path', {
          d: r.d,
          'stroke-dasharray': dashOf(r),
          'stroke-opacity': opacityOf(r.route),
        }),
      );
    const style = theme.kinds[kind];
    body.push(
      group(
        {
          fill: 'none',
          'stroke-width': num(style.width),
          'stroke-linecap': style.cap === 'butt' ? undefined : style.cap,
          'stroke-linejoin': 'round',
        },
        lines,
      ),
    );
    if (hollows.length > 0) {
      body.push(
        group(
          {
            fill: 'none',
            stroke: theme.casing,
            'stroke-width': num(style.width * HOLLOW_WIDTH),
            'stroke-linecap': style.cap === 'butt' ? undefined : style.cap,
            'stroke-linejoin': 'round',
          },
          hollows,
        ),
      );
    }
    if (kind === 'rail') {
      const ties = drawn
        .filter((r) => r.route.properties.kind === 'rail')
        .map(({ route, d }) => element('path', { d, 'stroke-opacity': opacityOf(route) }));
      body.push(
        group(
          {
            fill: 'none',
            stroke: theme.railTies,
            'stroke-width': RAIL_TIES.width,
            'stroke-dasharray': dashArray(RAIL_TIES.dash, RAIL_TIES.width),
          },
          ties,
        ),
      );
    }
  }

  // Places: dots, then names.
  const dots = input.places
    .map((place) => ({ place, at: project(place.geometry.coordinates) }))
    .filter(({ at }) => inView(at))
    .map(({ place, at }) => {
      const capital = place.properties.kind === 'capital';
      return element('circle', {
        cx: num(at[0]),
        cy: num(at[1]),
        r: capital ? 4 : 3,
        fill: capital ? theme.placeDot : theme.halo,
      });
    });
  body.push(group({ stroke: theme.placeDot, 'stroke-width': 1.5 }, dots));
  body.push(
    group(
      { 'font-size': PLACE_SIZE, fill: theme.placeLabel, ...halo(theme.halo, 1.5) },
      placeLabels,
    ),
  );

  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': input.title,
      'font-family': FONT_FAMILY,
    },
    [element('title', {}, escapeXml(input.title)), ...body.filter(Boolean)].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

const PLACE_SIZE = 11.5;
const CAPITAL_SIZE = 13;
const RADIAL_OFFSET = 0.6;

/** Place names, each beside its dot where it does not overlap an earlier one. */
function placesLabels(input: PosterInput, project: Projection, collisions: Collisions): string[] {
  const ranked = input.places
    .map((place, index) => ({ place, index, at: project(place.geometry.coordinates) }))
    .filter(({ at: [x, y] }) => x >= 0 && x <= input.width && y >= 0 && y <= input.height)
    .sort(
      (a, b) =>
        (PLACE_RANK[a.place.properties.kind] ?? 3) - (PLACE_RANK[b.place.properties.kind] ?? 3) ||
        a.index - b.index,
    );
  const out: string[] = [];
  for (const { place, at } of ranked) {
    const { name, kind, approximate } = place.properties;
    const text = approximate ? fill(input.approximateLabel, { name }) : name;
    const capital = kind === 'capital';
    const style: TextStyle = {
      size: capital ? CAPITAL_SIZE : PLACE_SIZE,
      letterSpacing: 0,
      maxWidth: 9,
    };
    const lines = wrap(text, style.size, 0, style.maxWidth);
    const offset = RADIAL_OFFSET * style.size;
    const height = lines.length * LINE_HEIGHT * style.size;
    const [x, y] = at;
    // `text-variable-anchor: left, right, top, bottom`: right of the dot first.
    const candidates = [
      placeBlock(lines, style, x + offset, y, 'start'),
      placeBlock(lines, style, x - offset, y, 'end'),
      placeBlock(lines, style, x, y + offset + height / 2, 'middle'),
      placeBlock(lines, style, x, y - offset - height / 2, 'middle'),
    ];
    const placed = candidates.find((candidate) => collisions.fits(candidate.box));
    if (!placed) continue;
    collisions.add(placed.box);
    out.push(
      textElement(lines, placed, {
        'font-size': capital ? CAPITAL_SIZE : undefined,
        'font-weight': capital ? 600 : undefined,
      }),
    );
  }
  return out;
}
