/**
 * A picture as a vector scene: the map of a request (view or fitted selection, visible projects,
 * date, language, theme) drawn from the live map's style, under the same cards as the PNG. The
 * SVG and PDF exports, the no-WebGL poster and the command line all draw through here.
 */
import type { FeatureCollection } from 'geojson';
import type { FontBook } from '../../fonts/fontBook.ts';
import type { I18n } from '../../i18n/createI18n.ts';
import type { DescriptionWords } from '../../i18n/describe.ts';
import { BASEMAP_SOURCE } from '../../map/layers/basemap.ts';
import { PLACES_SOURCE } from '../../map/layers/places.ts';
import { PROJECTS_SOURCE } from '../../map/layers/projects.ts';
import { placesCollection, routesCollection } from '../../map/sources.ts';
import { buildStyle } from '../../map/style.ts';
import { THEMES } from '../../map/theme.ts';
import { planPicture } from '../picturePlan.ts';
import { type ExportFormat, type PictureRequest, POINTS_PER_PIXEL } from '../pictureRequest.ts';
import { cardsScene } from './cardsScene.ts';
import { drawMap, type PrintStyle } from './drawMap.ts';
import type { Scene } from './scene.ts';
import { sceneToPdf } from './toPdf.ts';
import { sceneToSvg } from './toSvg.ts';

/**
 * Print style: no stroke under 0.25 pt and no text under 6 pt, strokes a quarter heavier and
 * type a tenth larger, for the small sizes of a printed page.
 */
export const PRINT_STYLE: PrintStyle = {
  strokeScale: 1.25,
  minStroke: 0.25 / POINTS_PER_PIXEL,
  textScale: 1.1,
  minText: 6 / POINTS_PER_PIXEL,
};

/** What the renderer needs besides the request: the words, the basemap and the font. */
export interface VectorInputs {
  i18n: Pick<I18n, 'content' | 'words'> & DescriptionWords;
  basemap: FeatureCollection;
  fonts: FontBook;
}

/** The whole picture of a request, drawn from its plan; `print` draws it in print style. */
export function pictureScene(request: PictureRequest, inputs: VectorInputs, print = false): Scene {
  const { i18n, basemap, fonts } = inputs;
  const { content } = i18n;
  const theme = THEMES[request.theme];
  const printStyle = print ? PRINT_STYLE : null;
  const plan = planPicture(request, inputs, { minText: printStyle?.minText ?? 0 });
  const { groups: cardGroups, obstacles } = cardsScene(plan, theme, {
    minText: printStyle?.minText ?? 0,
    strokeScale: printStyle?.strokeScale ?? 1,
    minStroke: printStyle?.minStroke ?? 0,
  });
  const style = buildStyle(
    theme,
    content,
    plan.layerState,
    { basemapUrl: '', fontFaces: {} },
    i18n.words,
  );
  const data = {
    [BASEMAP_SOURCE]: basemap,
    [PROJECTS_SOURCE]: routesCollection(content.projects),
    [PLACES_SOURCE]: placesCollection(content.places),
  };
  const mapGroups = drawMap(
    style,
    data,
    {
      camera: plan.camera,
      scale: plan.unit,
      print: printStyle,
      obstacles,
      projectOrder: content.projects.map((project) => project.id),
    },
    fonts,
  );
  const { texts } = plan;
  return {
    width: plan.width,
    height: plan.height,
    title: texts.title,
    description: `${texts.description} ${texts.subtitle}. ${texts.credit}`,
    groups: [...mapGroups, ...cardGroups],
  };
}

/**
 * A print's height in millimetres, to a tenth: as asked, unless the picture grew taller to give
 * its map room under the bands (a narrow column), when it grows with it.
 */
export function printedHeightMm(askedMm: number, scene: Scene, request: PictureRequest): number {
  return scene.height === request.height
    ? askedMm
    : Math.round((askedMm * scene.height * 10) / request.height) / 10;
}

/** How a vector file is made: print style, and the print size its root or page is given in. */
export interface VectorFileOptions {
  printStyle: boolean;
  /** Millimetres; the request's pixels are this size already. Null for a size in pixels. */
  print: { widthMm: number; heightMm: number } | null;
  /** The date written into the file's metadata (the export's date). */
  creator?: string;
}

/** A request drawn as an SVG or PDF file; the scene rides along for its title and size. */
export async function vectorFile(
  request: PictureRequest,
  format: Exclude<ExportFormat, 'png'>,
  inputs: VectorInputs,
  options: VectorFileOptions,
): Promise<{ bytes: Uint8Array; scene: Scene; mime: string }> {
  const scene = pictureScene(request, inputs, options.printStyle);
  if (format === 'svg') {
    const size = options.print
      ? {
          width: `${options.print.widthMm}mm`,
          height: `${printedHeightMm(options.print.heightMm, scene, request)}mm`,
        }
      : {};
    return {
      bytes: new TextEncoder().encode(sceneToSvg(scene, size)),
      scene,
      mime: 'image/svg+xml',
    };
  }
  const bytes = await sceneToPdf(scene, inputs.fonts, {
    pointsPerPixel: POINTS_PER_PIXEL,
    creator: options.creator ?? 'Trans-Caspian projects map',
  });
  return { bytes, scene, mime: 'application/pdf' };
}
