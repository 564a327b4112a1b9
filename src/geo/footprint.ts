/**
 * A footprint: what a frame must show whole, the lines of some routes and the labels of their
 * places (boxes of fixed size in pixels, tied to a point). The camera that fits a footprint into
 * a room of a picture or a window, and whether a card over the map would cover any of it. Web
 * Mercator as MapLibre draws it; pure.
 */
import type { Position } from 'geojson';
import { mercator, unproject } from './mercator.ts';

/** A rectangle in pixels of a picture or window, from its top left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label: a box in pixels, placed relative to the point `at` as drawn on the map. */
export interface LabelBox {
  at: Position;
  box: Rect;
}

export interface Footprint {
  lines: readonly (readonly Position[])[];
  labels: readonly LabelBox[];
}

/** A camera as MapLibre takes it: north up, no pitch. */
export interface FramedCamera {
  center: [number, number];
  zoom: number;
}

/** A footprint in world pixels at zoom 0, ready to be scaled and moved. */
export interface PreparedFootprint {
  lines: readonly (readonly [number, number])[][];
  labels: readonly { x: number; y: number; box: Rect }[];
  /** The box around every line's points, at zoom 0. */
  lineBox: Rect | null;
}

const world = (position: Position): [number, number] => {
  const { x, y } = mercator(position[0] ?? 0, position[1] ?? 0, 0);
  return [x, y];
};

export function prepareFootprint(footprint: Footprint): PreparedFootprint {
  const lines = footprint.lines.map((line) => line.map(world));
  const points = lines.flat();
  const lineBox =
    points.length === 0
      ? null
      : {
          left: Math.min(...points.map(([x]) => x)),
          right: Math.max(...points.map(([x]) => x)),
          top: Math.min(...points.map(([, y]) => y)),
          bottom: Math.max(...points.map(([, y]) => y)),
        };
  const labels = footprint.labels.map((label) => {
    const [x, y] = world(label.at);
    return { x, y, box: label.box };
  });
  return { lines, labels, lineBox };
}

/** The box a prepared footprint fills at `scale` (2^zoom), before it is moved into place. */
function extentAt(footprint: PreparedFootprint, scale: number): Rect | null {
  const boxes: Rect[] = footprint.labels.map(({ x, y, box }) => ({
    left: scale * x + box.left,
    right: scale * x + box.right,
    top: scale * y + box.top,
    bottom: scale * y + box.bottom,
  }));
  const lines = footprint.lineBox;
  if (lines) {
    boxes.push({
      left: scale * lines.left,
      right: scale * lines.right,
      top: scale * lines.top,
      bottom: scale * lines.bottom,
    });
  }
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** The largest zoom found for a footprint and a room's size (a framing tries many rooms alike). */
const zooms = new WeakMap<PreparedFootprint, Map<string, number | null>>();

/** The largest zoom, at most `maxZoom`, at which the footprint fits a room of this size. */
function largestZoom(
  footprint: PreparedFootprint,
  width: number,
  height: number,
  maxZoom: number,
): number | null {
  const known = zooms.get(footprint) ?? new Map<string, number | null>();
  zooms.set(footprint, known);
  const key = `${width}|${height}|${maxZoom}`;
  const found = known.get(key);
  if (found !== undefined) return found;
  const fits = (zoom: number) => {
    const extent = extentAt(footprint, 2 ** zoom);
    return (
      extent !== null && extent.right - extent.left <= width && extent.bottom - extent.top <= height
    );
  };
  // The extent's sides are the largest and smallest of straight lines in the scale, so the
  // zooms that fit are one interval: search down from the largest zoom that may.
  let low = -2;
  let high = maxZoom;
  let zoom: number | null = null;
  if (fits(low)) {
    if (fits(high)) low = high;
    for (let step = 0; step < 30 && high - low > 1e-6; step += 1) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    zoom = low;
  }
  known.set(key, zoom);
  return zoom;
}

/** How a footprint smaller than its room sits in it, along each axis. */
export type Align = 'start' | 'centre' | 'end';

/**
 * The camera that shows the footprint as large as it fits inside `room` of a `width` × `height`
 * view, placed by `align` where it has room to spare; null when even its labels alone are
 * larger than the room.
 */
export function fitFootprint(
  footprint: PreparedFootprint,
  room: Rect,
  view: { width: number; height: number },
  options: { maxZoom?: number; align?: { x: Align; y: Align } } = {},
): FramedCamera | null {
  const roomWidth = room.right - room.left;
  const roomHeight = room.bottom - room.top;
  const zoom = largestZoom(footprint, roomWidth, roomHeight, options.maxZoom ?? 22);
  if (zoom === null) return null;
  const scale = 2 ** zoom;
  const extent = extentAt(footprint, scale);
  if (!extent) return null;
  const place = (align: Align, start: number, spare: number) =>
    align === 'start' ? start : align === 'end' ? start + spare : start + spare / 2;
  const align = options.align ?? { x: 'centre', y: 'centre' };
  const left = place(align.x, room.left, roomWidth - (extent.right - extent.left));
  const top = place(align.y, room.top, roomHeight - (extent.bottom - extent.top));
  // World pixels (at this zoom) of the view's top left corner, then of its centre.
  const originX = extent.left - left;
  const originY = extent.top - top;
  const centre = unproject(originX + view.width / 2, originY + view.height / 2, zoom);
  return { center: centre, zoom };
}

/** A point in view pixels for a camera of a `width` × `height` view. */
function viewProjector(
  camera: FramedCamera,
  view: { width: number; height: number },
): (x: number, y: number) => [number, number] {
  const scale = 2 ** camera.zoom;
  const centre = mercator(camera.center[0], camera.center[1], 0);
  return (x, y) => [
    (x - centre.x) * scale + view.width / 2,
    (y - centre.y) * scale + view.height / 2,
  ];
}

const boxesOverlap = (a: Rect, b: Rect) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Whether the segment from a to b passes through the rectangle (Liang–Barsky clipping). */
function segmentCrosses(a: [number, number], b: [number, number], rect: Rect): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - rect.left],
    [dx, rect.right - a[0]],
    [-dy, a[1] - rect.top],
    [dy, rect.bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * How much of a footprint a rectangle covers, seen through a camera: the number of its lines'
 * segments and of its labels under the rectangle (labels count three times: a name covered is
 * worse than a bit of line). 0 when it covers nothing.
 */
export function coverage(
  footprint: PreparedFootprint,
  camera: FramedCamera,
  view: { width: number; height: number },
  rect: Rect,
): number {
  const at = viewProjector(camera, view);
  let covered = 0;
  for (const line of footprint.lines) {
    const points = line.map(([x, y]) => at(x, y));
    if (points.length === 1 && points[0]) {
      const [x, y] = points[0];
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) covered += 1;
    }
    for (let i = 1; i < points.length; i += 1) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b && segmentCrosses(a, b, rect)) covered += 1;
    }
  }
  for (const label of footprint.labels) {
    const [x, y] = at(label.x, label.y);
    const box = {
      left: x + label.box.left,
      right: x + label.box.right,
      top: y + label.box.top,
      bottom: y + label.box.bottom,
    };
    if (boxesOverlap(box, rect)) covered += 3;
  }
  return covered;
}

/** The footprint's extent in view pixels through a camera (for tests and checks). */
export function extentInView(
  footprint: PreparedFootprint,
  camera: FramedCamera,
  view: { width: number; height: number },
): Rect | null {
  const scale = 2 ** camera.zoom;
  const extent = extentAt(footprint, scale);
  if (!extent) return null;
  const [x, y] = viewProjector(camera, view)(0, 0);
  return {
    left: extent.left + x,
    right: extent.right + x,
    top: extent.top + y,
    bottom: extent.bottom + y,
  };
}
