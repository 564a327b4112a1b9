/**
 * SVG and PDF exports in the browser: the vector renderer fed with the app's own font files and
 * basemap, fetched from the app's origin only when a reader first asks for a vector file.
 */
import type { FeatureCollection } from 'geojson';
import { browserFonts, fetchBytes } from '../../fonts/browserFonts.ts';
import { appI18n } from '../../i18n/appI18n.ts';
import { BASEMAP_PATH } from '../../map/basemapBounds.ts';
import type { ExportFormat, PictureRequest } from '../pictureRequest.ts';
import { printedHeightMm, type VectorFileOptions, vectorFile } from './vectorPicture.ts';

let basemap: Promise<FeatureCollection> | undefined;

/** Loads what the renderer needs once; a failure is forgotten, so that the next try loads again. */
function inputs() {
  basemap ??= fetchBytes(BASEMAP_PATH)
    .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as FeatureCollection)
    .catch((error) => {
      basemap = undefined;
      throw error;
    });
  return Promise.all([browserFonts(), basemap]);
}

/**
 * The file of a request, as a Blob to download, and its printed height in millimetres where it
 * has one (a narrow column may grow taller than asked).
 */
export async function renderVectorExport(
  request: PictureRequest,
  format: Exclude<ExportFormat, 'png'>,
  options: VectorFileOptions,
): Promise<{ blob: Blob; heightMm: number | null }> {
  const [book, base] = await inputs();
  const { bytes, mime, scene } = await vectorFile(
    request,
    format,
    { i18n: appI18n(request.language), basemap: base, fonts: book },
    options,
  );
  const heightMm = options.print ? printedHeightMm(options.print.heightMm, scene, request) : null;
  return { blob: new Blob([bytes as BlobPart], { type: mime }), heightMm };
}
