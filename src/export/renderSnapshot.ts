/**
 * Renders a snapshot from the map itself, off screen, at the target pixel ratio, so that lines
 * and labels are drawn sharp at every scale; the reader's map is never touched.
 */
import type { Content } from '../content/schema';
import { boundsOf } from '../geo/bounds';
import { i18nFor } from '../i18n/useI18n';
import { BASEMAP_PATH, REGION_BOUNDS } from '../map/basemapBounds';
import { fontFaces } from '../map/fonts';
import { buildStyle } from '../map/style';
import { THEMES } from '../map/theme';
import { visibleProjects } from '../state/store';
import { drawSnapshot } from './drawSnapshot';
import { overlayFor, overlayTexts } from './overlay';
import type { OverlayLayout } from './overlayLayout';
import { withPngText } from './pngText';
import { renderFrame, type SnapshotCamera, type SnapshotFrame, warmFrame } from './snapshotMap';
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

let knownMaxSide: number | undefined;

/** The largest side, in pixels, that both WebGL and a 2D canvas can draw here (asked once). */
export function maxCanvasSide(): number {
  if (knownMaxSide !== undefined) return knownMaxSide;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 4096;
  knownMaxSide = Math.min(
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    CANVAS_2D_MAX_SIDE,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return knownMaxSide;
}

/**
 * The camera of the off-screen map, which is `unit` times smaller in CSS pixels than the image
 * (and drawn at `unit` times the pixel ratio): a view keeps its extent, so its zoom drops by
 * log2(unit); padding is divided by `unit`.
 */
function camera(request: SnapshotRequest, content: Content, layout: OverlayLayout): SnapshotCamera {
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
  return { bounds: bounds ?? REGION_BOUNDS, padding };
}

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

/** Everything an export of `request` needs: texts, theme, the scale that fits, the overlay, the frame. */
function plan(request: SnapshotRequest) {
  const i18n = i18nFor(request.language);
  const { content } = i18n;
  const theme = THEMES[request.theme];
  const maxSide = maxCanvasSide();
  const scale = scaleThatFits(request, maxSide);
  const overlay = overlayFor(request, content);
  const { layout } = overlay;
  const visible = overlay.visible.map((project) => project.id);
  const frame: SnapshotFrame = {
    style: buildStyle(
      theme,
      content,
      {
        selected: request.project,
        hovered: null,
        visible,
        statuses: overlay.statuses,
      },
      {
        basemapUrl: new URL(BASEMAP_PATH, document.baseURI).href,
        fontFaces: fontFaces(document.baseURI),
      },
      i18n.words,
    ),
    // Labels and lines grow with the image as the title and legend do: the map is laid out
    // `unit` times smaller and drawn at `unit` times the pixel ratio.
    width: request.width / layout.unit,
    height: request.height / layout.unit,
    pixelRatio: scale * layout.unit,
    camera: camera(request, content, layout),
    maxSide,
  };
  return { i18n, theme, scale, overlay, frame };
}

/**
 * Readies the off-screen map for `request` (the export options are open), so that exporting it
 * takes a fraction of the time. A failure here is left for the export itself to report.
 */
export function prepareSnapshot(request: SnapshotRequest): void {
  warmFrame(plan(request).frame).catch(() => undefined);
}

/** Renders the image a request describes. */
export async function renderSnapshot(request: SnapshotRequest): Promise<Snapshot> {
  const { i18n, theme, scale, overlay, frame } = plan(request);
  // The canvas draws text with the page's fonts: have them ready before the map is.
  await Promise.all([
    document.fonts.load(`400 16px "Noto Sans"`),
    document.fonts.load(`600 16px "Noto Sans"`),
  ]);
  const texts = overlayTexts(overlay, request, i18n);
  const pixels = await renderFrame(frame);
  const canvas = document.createElement('canvas');
  try {
    canvas.width = Math.round(request.width * scale);
    canvas.height = Math.round(request.height * scale);
    // Kept in memory, not on the GPU: the image is drawn once and read back to encode it.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('the browser gave no 2D canvas to draw the snapshot on');
    drawSnapshot(ctx, pixels, request, scale, texts, theme, overlay);
    const encoded = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
    // The picture says what it shows, as the SVG's <desc> and the PDF's subject do.
    const png = withPngText(new Uint8Array(await encoded.arrayBuffer()), {
      Title: texts.title,
      Description: texts.description,
      Copyright: texts.credit,
      'Creation Time': request.date,
    });
    const blob = new Blob([png], { type: 'image/png' });
    return { blob, scale, width: canvas.width, height: canvas.height };
  } finally {
    pixels.close();
    // Give the memory back now: phones count canvas memory until garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
