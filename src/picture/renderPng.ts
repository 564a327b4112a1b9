/**
 * Renders a picture from the map itself, off screen, at the target pixel ratio, so that lines
 * and labels are drawn sharp at every scale; the reader's map is never touched.
 */

import { fontFaces } from '../fonts/fontFaces.ts';
import { appI18n } from '../i18n/appI18n.ts';
import { BASEMAP_PATH } from '../map/basemapBounds.ts';
import { buildStyle } from '../map/style.ts';
import { THEMES, type Theme } from '../map/theme.ts';
import { cardContentFor } from './cards.ts';
import { type PictureFrame, renderFrame, startFrame, warmFrame } from './offscreenMap.ts';
import { paintScene } from './paintScene.ts';
import {
  type PictureLayerState,
  type PicturePlan,
  pictureLayerState,
  planPicture,
} from './picturePlan.ts';
import { type PictureRequest, usableScale } from './pictureRequest.ts';
import { withPngText } from './pngText.ts';
import { cardsScene } from './vector/cardsScene.ts';
import { type Group, shapesOf } from './vector/scene.ts';

/** The rendered image and the scale it was actually made at. */
export interface PngPicture {
  blob: Blob;
  scale: number;
  width: number;
  height: number;
  /** The cards' groups, as painted (in the picture's CSS pixels): the SVG's, to the pixel. */
  cardGroups: readonly Group[];
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
function scaleThatFits(
  size: { width: number; height: number },
  asked: number,
  maxSide: number,
): number {
  let scale = usableScale(size.width, size.height, asked, maxSide);
  while (
    scale > 0.25 &&
    !canvasFits(Math.round(size.width * scale), Math.round(size.height * scale))
  ) {
    scale = usableScale(size.width, size.height, scale / 2, maxSide);
  }
  return scale;
}

/** The cards as on the SVG: no print style. */
const SCREEN_STYLE = { minText: 0, strokeScale: 1, minStroke: 0 };

/**
 * Everything an export of `request` needs: its plan (the same as the SVG's), the cards drawn
 * from it, the scale that fits, and the off-screen map's frame; with the words, fonts, theme and
 * style maker a motion picture plans its other days with.
 */
export async function planRaster(request: PictureRequest) {
  // The font's metrics set the cards' words: loaded on the first export, not with the page,
  // while the off-screen map starts on the picture's style.
  const fonts = import('../fonts/browserFonts.ts').then(({ browserFonts }) => browserFonts());
  const i18n = appI18n(request.language);
  const theme = THEMES[request.theme];
  const { layout, ...shown } = cardContentFor(request, i18n.content);
  const { unit } = layout;
  const maxSide = maxCanvasSide();
  const styleOf = (state: PictureLayerState) =>
    buildStyle(
      theme,
      i18n.content,
      state,
      {
        basemapUrl: new URL(BASEMAP_PATH, document.baseURI).href,
        fontFaces: fontFaces(document.baseURI),
      },
      i18n.words,
    );
  startFrame({
    style: styleOf(pictureLayerState(request, shown)),
    width: request.width / unit,
    height: request.height / unit,
    maxSide,
  });
  const picture = planPicture(request, { i18n, fonts: await fonts });
  const { camera } = picture;
  const scale = scaleThatFits(picture, request.scale, maxSide);
  const frame: PictureFrame = {
    style: styleOf(picture.layerState),
    // Labels and lines grow with the picture as its cards does: the map is laid out `unit`
    // times smaller and drawn at `unit` times the pixel ratio, at a zoom log2(unit) lower, so
    // that it shows what a map of the picture's size shows at the plan's zoom.
    width: picture.width / unit,
    height: picture.height / unit,
    pixelRatio: scale * unit,
    camera: {
      center: camera.center,
      zoom: camera.zoom - Math.log2(unit),
      bearing: camera.bearing,
      pitch: camera.pitch,
    },
    maxSide,
  };
  const cardGroups = rasterCards(picture, theme);
  return { picture, cardGroups, scale, frame, styleOf, i18n, fonts: await fonts, theme };
}

/** A picture's cards as painted on its map, in the picture's CSS pixels. */
export const rasterCards = (picture: PicturePlan, theme: Theme) =>
  cardsScene(picture, theme, SCREEN_STYLE).groups;

/** Paints the map's pixels and the cards' groups on a canvas of the picture's size × `scale`. */
export function paintPicture(
  ctx: CanvasRenderingContext2D,
  pixels: CanvasImageSource,
  scale: number,
  groups: readonly Group[],
): void {
  const { width, height } = ctx.canvas;
  ctx.save();
  ctx.drawImage(pixels, 0, 0, width, height);
  ctx.scale(scale, scale);
  paintScene(ctx, groups);
  ctx.restore();
}

/** The page's Noto Sans loaded for every character the cards paints. */
export async function fontsFor(cardGroups: readonly Group[]): Promise<void> {
  const texts = cardGroups.flatMap((group) =>
    [...shapesOf(group)].flatMap(([shape]) =>
      shape.type === 'text'
        ? [{ weight: shape.weight, text: shape.lines.map((l) => l.text).join(' ') }]
        : [],
    ),
  );
  await Promise.all(
    ([400, 600] as const).map((weight) => {
      const text = texts
        .filter((entry) => entry.weight === weight)
        .map((entry) => entry.text)
        .join(' ');
      return text ? document.fonts.load(`${weight} 16px "Noto Sans"`, text) : undefined;
    }),
  );
}

/**
 * Readies the off-screen map for `request` (the export options are open), so that exporting it
 * takes a fraction of the time. A failure here is left for the export itself to report.
 */
export function preparePicture(request: PictureRequest): void {
  planRaster(request)
    .then(({ frame }) => warmFrame(frame))
    .catch(() => undefined);
}

/** Renders the image a request describes. */
export async function renderPng(request: PictureRequest): Promise<PngPicture> {
  const { picture, cardGroups, scale, frame } = await planRaster(request);
  const [pixels] = await Promise.all([renderFrame(frame), fontsFor(cardGroups)]);
  const { texts } = picture;
  const canvas = document.createElement('canvas');
  try {
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    // Kept in memory, not on the GPU: the image is drawn once and read back to encode it.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('the browser gave no 2D canvas to draw the picture on');
    paintPicture(ctx, pixels, scale, cardGroups);
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
    return { blob, scale, width: canvas.width, height: canvas.height, cardGroups };
  } finally {
    pixels.close();
    // Give the memory back now: phones count canvas memory until garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
