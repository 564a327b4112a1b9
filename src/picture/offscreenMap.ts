/**
 * The off-screen map that exports are drawn from. Starting MapLibre (the style, tiling the basemap
 * in the worker, compiling shaders in a new graphics context) is most of an export's time, so one
 * map is made, on the first export or as soon as the export options open, and kept for the next
 * export until a while after the last one. The reader's map is never touched.
 */
import { type ErrorEvent, Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { setBundledWorkerUrl } from '../map/worker.ts';

/** Where the off-screen map looks (the picture's plan chose it). */
export interface PictureCamera {
  zoom: number;
  center: [number, number];
  bearing: number;
  pitch: number;
}

/** One frame to draw: the style, the map's size in CSS pixels, its pixel ratio and camera. */
export interface PictureFrame {
  style: StyleSpecification;
  width: number;
  height: number;
  pixelRatio: number;
  camera: PictureCamera;
  /** The largest canvas side the browser allows, fixed for the map's life. */
  maxSide: number;
}

/** How long the map is kept after its last use before its memory is given back. */
const KEEP_WARM_MS = 120_000;
/** The pixel ratio the map loads at, before the one frame drawn at full size. */
const DRAFT_PIXEL_RATIO = 0.1;
/** How long a frame may take to render before it is given up. */
const RENDER_TIMEOUT_MS = 60_000;

interface Held {
  map: MapLibreMap;
  container: HTMLDivElement;
  /** The style last given, as JSON: an unchanged style is not set again (a diff would be none). */
  style: string;
}

let held: Held | null = null;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;
/** Frames are drawn one at a time: each waits for the one before. */
let queue: Promise<unknown> = Promise.resolve();

function sizeContainer(container: HTMLElement, frame: PictureFrame) {
  container.style.width = `${frame.width}px`;
  container.style.height = `${frame.height}px`;
}

function create(frame: PictureFrame): Held {
  setBundledWorkerUrl();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    pointerEvents: 'none',
  });
  sizeContainer(container, frame);
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: frame.style,
    pixelRatio: frame.pixelRatio,
    maxCanvasSize: [frame.maxSide, frame.maxSide],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // A lost context is not worth restoring off screen: the next export makes a new map.
  map.getCanvas().addEventListener('webglcontextlost', () => releaseOffscreenMap(), { once: true });
  return { map, container, style: JSON.stringify(frame.style) };
}

/**
 * Starts the off-screen map on a style whose camera is not known yet (the picture's fonts are
 * still loading): MapLibre's worker tiles the basemap meanwhile. The next frame drawn reuses it.
 */
export function startFrame(frame: Omit<PictureFrame, 'camera' | 'pixelRatio'>): void {
  if (held) return;
  clearTimeout(releaseTimer);
  held = create({
    ...frame,
    pixelRatio: DRAFT_PIXEL_RATIO,
    camera: WHOLE_WORLD,
  });
  releaseTimer = setTimeout(releaseOffscreenMap, KEEP_WARM_MS);
}

/** Where a map started before its camera is known looks meanwhile: the world, one tile. */
const WHOLE_WORLD: PictureCamera = { center: [0, 0], zoom: 0, bearing: 0, pitch: 0 };

/** Points `held` at `frame`: a reused map takes the new style as a diff. */
function apply(current: Held, frame: PictureFrame, fresh: boolean) {
  const { map, container } = current;
  if (!fresh) {
    sizeContainer(container, frame);
    map.resize();
    map.setPixelRatio(frame.pixelRatio);
    // A map started before its camera was known may still be loading its style: setting the same
    // one again would load it afresh.
    const style = JSON.stringify(frame.style);
    if (style !== current.style) map.setStyle(frame.style, { diff: true });
    current.style = style;
  }
  map.jumpTo(frame.camera);
  map.triggerRepaint();
}

/** Resolves when the map has drawn everything; rejects on an error, a lost context or time-out. */
function rendered(map: MapLibreMap): Promise<void> {
  return new Promise((resolve, reject) => {
    const canvas = map.getCanvas();
    const done = () => {
      clearTimeout(timer);
      map.off('idle', onIdle);
      map.off('error', onError);
      canvas.removeEventListener('webglcontextlost', onLost);
    };
    const onIdle = () => {
      done();
      resolve();
    };
    const fail = (error: Error) => {
      done();
      reject(error);
    };
    const onError = (event: ErrorEvent) =>
      fail(new Error(`the map failed to render: ${event.error?.message ?? 'unknown error'}`));
    const onLost = () => fail(new Error('the graphics context was lost while rendering'));
    const timer = setTimeout(
      () => fail(new Error(`the map did not finish rendering in ${RENDER_TIMEOUT_MS / 1000} s`)),
      RENDER_TIMEOUT_MS,
    );
    map.on('idle', onIdle);
    map.on('error', onError);
    canvas.addEventListener('webglcontextlost', onLost);
  });
}

/**
 * The drawn frame's pixels, right side up. They are read straight from the graphics context:
 * drawing the WebGL canvas onto a 2D one costs several times more in a software renderer.
 */
function readPixels(map: MapLibreMap): Promise<ImageBitmap> {
  const canvas = map.getCanvas();
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) throw new Error('the map has no graphics context to read');
  const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
  const pixels = new Uint8ClampedArray(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  // WebGL rows run bottom to top.
  return createImageBitmap(new ImageData(pixels, width, height), { imageOrientation: 'flipY' });
}

/**
 * Draws `frame`: first as a draft at a tiny pixel ratio, while tiles load and labels are placed
 * (MapLibre draws a frame each time a tile arrives, and a software renderer pays for every pixel
 * of each), then once at full size.
 */
async function draw(frame: PictureFrame): Promise<MapLibreMap> {
  clearTimeout(releaseTimer);
  const draft = { ...frame, pixelRatio: DRAFT_PIXEL_RATIO };
  const fresh = held === null;
  const current = held ?? create(draft);
  held = current;
  try {
    const drafted = rendered(current.map);
    apply(current, draft, fresh);
    await drafted;
    const full = rendered(current.map);
    current.map.setPixelRatio(frame.pixelRatio);
    await full;
    return current.map;
  } catch (error) {
    releaseOffscreenMap();
    throw error;
  } finally {
    releaseTimer = setTimeout(releaseOffscreenMap, KEEP_WARM_MS);
  }
}

/** Runs `task` after every frame queued before it. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Draws `frame` on the off-screen map and returns its pixels. */
export function renderFrame(frame: PictureFrame): Promise<ImageBitmap> {
  return enqueue(async () => readPixels(await draw(frame)));
}

/** Draws `frame` without reading it, so that the next export of it is quick. */
export function warmFrame(frame: PictureFrame): Promise<void> {
  return enqueue(async () => {
    await draw(frame);
  });
}

/** Removes the off-screen map, giving its memory back. */
function releaseOffscreenMap(): void {
  clearTimeout(releaseTimer);
  if (!held) return;
  const { map, container } = held;
  held = null;
  map.remove();
  container.remove();
}
