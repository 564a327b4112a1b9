/**
 * Renders a snapshot from the map itself, off screen, at the target pixel ratio, so that lines
 * and labels are drawn sharp at every scale; the reader's map is never touched.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { Content } from '../content/schema';
import { boundsOf } from '../geo/bounds';
import { i18nFor } from '../i18n/useI18n';
import { BASEMAP_MAX_BOUNDS, BASEMAP_PATH, REGION_BOUNDS } from '../map/basemapBounds';
import { fontFaces } from '../map/fonts';
import { buildStyle } from '../map/style';
import { THEMES } from '../map/theme';
import { setBundledWorkerUrl } from '../map/worker';
import { visibleProjects } from '../state/store';
import { drawSnapshot, overlayFor } from './drawSnapshot';
import type { OverlayLayout } from './overlayLayout';
import { type SnapshotRequest, usableScale } from './snapshotOptions';

/** The rendered image and the scale it was actually made at. */
export interface Snapshot {
  blob: Blob;
  scale: number;
  width: number;
  height: number;
}

/** Canvas sides Chromium, Firefox and Safari all accept for a 2D canvas. */
const CANVAS_2D_MAX_SIDE = 16384;

/** The largest side, in pixels, that both WebGL and a 2D canvas can draw here. */
export function maxCanvasSide(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 4096;
  const side = Math.min(
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    CANVAS_2D_MAX_SIDE,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return side;
}

/**
 * The camera of the off-screen map, which is `unit` times smaller in CSS pixels than the image
 * (and drawn at `unit` times the pixel ratio): a view keeps its extent, so its zoom drops by
 * log2(unit); padding is divided by `unit`.
 */
function camera(request: SnapshotRequest, content: Content, layout: OverlayLayout) {
  const { unit } = layout;
  if (request.view) {
    const { zoom, lat, lng, bearing, pitch } = request.view;
    return { zoom: zoom - Math.log2(unit), center: [lng, lat] as [number, number], bearing, pitch };
  }
  const p = layout.mapPadding;
  const padding = {
    top: p.top / unit,
    right: p.right / unit,
    bottom: p.bottom / unit,
    left: p.left / unit,
  };
  const shown = request.project
    ? content.projects.filter((project) => project.id === request.project)
    : visibleProjects(content.projects, request.hidden);
  const bounds = boundsOf(
    shown.flatMap((project) => project.routes.map((route) => route.geometry)),
  );
  return { bounds: bounds ?? REGION_BOUNDS, fitBoundsOptions: { padding } };
}

/** How long a snapshot may take to render before it is given up. */
const RENDER_TIMEOUT_MS = 60_000;

/**
 * Whether this browser can make a 2D canvas of `width` × `height` pixels: some (iOS Safari)
 * refuse large areas without an error, so a pixel is written in the far corner and read back.
 */
function canvasFits(width: number, height: number): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  try {
    const ctx = canvas.getContext('2d');
    if (!ctx) return false;
    ctx.fillRect(width - 1, height - 1, 1, 1);
    return ctx.getImageData(width - 1, height - 1, 1, 1).data[3] === 255;
  } catch {
    return false;
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** The largest scale, at most the one asked for, that WebGL and a 2D canvas can both draw. */
function scaleThatFits(request: SnapshotRequest, maxSide: number): number {
  let scale = usableScale(request.width, request.height, request.scale, maxSide);
  while (
    scale > 0.25 &&
    !canvasFits(Math.round(request.width * scale), Math.round(request.height * scale))
  ) {
    scale = usableScale(request.width, request.height, scale / 2, maxSide);
  }
  return scale;
}

/** Resolves on the map's first complete render; rejects on an error, a lost context or time-out. */
function rendered(map: MapLibreMap): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the map did not finish rendering in ${RENDER_TIMEOUT_MS / 1000} s`)),
      RENDER_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.once('error', (event) =>
      fail(new Error(`the map failed to render: ${event.error?.message ?? 'unknown error'}`)),
    );
    map
      .getCanvas()
      .addEventListener(
        'webglcontextlost',
        () => fail(new Error('the graphics context was lost while rendering')),
        { once: true },
      );
  });
}

/** Renders the image a request describes. */
export async function renderSnapshot(request: SnapshotRequest): Promise<Snapshot> {
  setBundledWorkerUrl();
  const i18n = i18nFor(request.language);
  const { content } = i18n;
  const theme = THEMES[request.theme];
  const maxSide = maxCanvasSide();
  const scale = scaleThatFits(request, maxSide);
  const overlay = overlayFor(request, content);
  const { layout } = overlay;
  const visible = overlay.entries.map((project) => project.id);
  // The canvas draws text with the page's fonts: have them ready before the map is.
  await Promise.all([
    document.fonts.load(`400 16px "Noto Sans"`),
    document.fonts.load(`600 16px "Noto Sans"`),
  ]);

  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    // Labels and lines grow with the image as the title and legend do: the map is laid out
    // `unit` times smaller and drawn at `unit` times the pixel ratio.
    width: `${request.width / layout.unit}px`,
    height: `${request.height / layout.unit}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const canvas = document.createElement('canvas');
  let map: MapLibreMap | null = null;
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle(
        theme,
        content,
        { selected: request.project, hovered: null, visible },
        {
          basemapUrl: new URL(BASEMAP_PATH, document.baseURI).href,
          fontFaces: fontFaces(document.baseURI),
        },
        i18n.words,
      ),
      ...camera(request, content, layout),
      maxBounds: BASEMAP_MAX_BOUNDS,
      pixelRatio: scale * layout.unit,
      maxCanvasSize: [maxSide, maxSide],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    await rendered(map);
    canvas.width = Math.round(request.width * scale);
    canvas.height = Math.round(request.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('the browser gave no 2D canvas to draw the snapshot on');
    drawSnapshot(ctx, map.getCanvas(), request, scale, i18n, theme, overlay);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
    return { blob, scale, width: canvas.width, height: canvas.height };
  } finally {
    map?.remove();
    container.remove();
    // Give the memory back now: phones count canvas memory until garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
