/**
 * A snapshot as a vector scene: the map of a request (view or fitted selection, visible projects,
 * date, language, theme) drawn from the live map's style, under the same overlay as the PNG. The
 * SVG and PDF exports, the no-WebGL poster and the command line all draw through here.
 */
import type { FeatureCollection } from 'geojson';
import type { DescriptionWords } from '../../content/describe';
import type { Content } from '../../content/schema';
import { boundsOf } from '../../geo/bounds';
import type { I18n } from '../../i18n/i18nOf';
import { REGION_BOUNDS } from '../../map/basemapBounds';
import { BASEMAP_SOURCE } from '../../map/layers/basemap';
import { PLACES_SOURCE } from '../../map/layers/places';
import { PROJECTS_SOURCE } from '../../map/layers/projects';
import { placesCollection, routesCollection } from '../../map/sources';
import { buildStyle } from '../../map/style';
import { THEMES } from '../../map/theme';
import { visibleProjects } from '../../state/store';
import { type Overlay, overlayFor, overlayTexts } from '../overlay';
import { type ExportFormat, POINTS_PER_PIXEL, type SnapshotRequest } from '../snapshotOptions';
import { drawMap, type PrintStyle } from './drawMap';
import type { FontBook } from './fontBook';
import { overlayScene } from './overlayScene';
import { type Camera, fitCamera } from './projection';
import type { Scene } from './scene';
import { sceneToPdf } from './toPdf';
import { sceneToSvg } from './toSvg';

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

/** The camera of a request: its view, or its selection (else every visible project) fitted. */
export function requestCamera(
  request: SnapshotRequest,
  content: Content,
  overlay: Overlay,
): Camera {
  const { width, height } = request;
  if (request.view) {
    const { zoom, lat, lng } = request.view;
    return { width, height, center: [lng, lat], zoom };
  }
  const shown = request.project
    ? content.projects.filter((project) => project.id === request.project)
    : visibleProjects(content.projects, request.hidden);
  const box = boundsOf(shown.flatMap((project) => project.routes.map((route) => route.geometry)));
  const bounds: [[number, number], [number, number]] = box
    ? [
        [box[0], box[1]],
        [box[2], box[3]],
      ]
    : REGION_BOUNDS;
  return fitCamera(bounds, width, height, overlay.layout.mapPadding);
}

/** The whole picture of a request; `print` draws it in print style. */
export function snapshotScene(
  request: SnapshotRequest,
  inputs: VectorInputs,
  print = false,
): Scene {
  const { i18n, basemap, fonts } = inputs;
  const { content } = i18n;
  const theme = THEMES[request.theme];
  const overlay = overlayFor(request, content);
  const texts = overlayTexts(overlay, request, i18n);
  const printStyle = print ? PRINT_STYLE : null;
  const { groups: overlayGroups, obstacles } = overlayScene(overlay, texts, theme, fonts, {
    minText: printStyle?.minText ?? 0,
    strokeScale: printStyle?.strokeScale ?? 1,
    minStroke: printStyle?.minStroke ?? 0,
  });
  const style = buildStyle(
    theme,
    content,
    {
      selected: request.project,
      hovered: null,
      visible: overlay.visible.map((project) => project.id),
      statuses: overlay.statuses,
    },
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
      camera: requestCamera(request, content, overlay),
      scale: overlay.layout.unit,
      print: printStyle,
      obstacles,
      projectOrder: content.projects.map((project) => project.id),
    },
    fonts,
  );
  return {
    width: request.width,
    height: request.height,
    title: texts.title,
    description: `${texts.description} ${texts.subtitle}. ${texts.credit}`,
    groups: [...mapGroups, ...overlayGroups],
  };
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
  request: SnapshotRequest,
  format: Exclude<ExportFormat, 'png'>,
  inputs: VectorInputs,
  options: VectorFileOptions,
): Promise<{ bytes: Uint8Array; scene: Scene; mime: string }> {
  const scene = snapshotScene(request, inputs, options.printStyle);
  if (format === 'svg') {
    const size = options.print
      ? { width: `${options.print.widthMm}mm`, height: `${options.print.heightMm}mm` }
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
