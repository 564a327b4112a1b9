/**
 * SVG and PDF exports in the browser: the vector renderer fed with the app's own font files and
 * basemap, fetched from the app's origin only when a reader first asks for a vector file.
 */
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff?url';
import type { FeatureCollection } from 'geojson';
import { i18nFor } from '../../i18n/useI18n';
import { BASEMAP_PATH } from '../../map/basemapBounds';
import type { Subset } from '../../map/fontSubsets';
import type { ExportFormat, SnapshotRequest } from '../snapshotOptions';
import { type FaceLoader, FontBook } from './fontBook';
import type { Weight } from './scene';
import { type VectorFileOptions, vectorFile } from './vectorSnapshot';

/** The WOFF files of each face (fontkit subsets WOFF for the PDF; the page uses the WOFF2). */
const FILES: Readonly<Record<Weight, Readonly<Record<Subset, string>>>> = {
  400: {
    latin: latin400,
    latinExt: latinExt400,
    cyrillic: cyrillic400,
    cyrillicExt: cyrillicExt400,
  },
  600: {
    latin: latin600,
    latinExt: latinExt600,
    cyrillic: cyrillic600,
    cyrillicExt: cyrillicExt600,
  },
};

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`could not load ${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const browserFaceLoader: FaceLoader = async (weight, subset) =>
  new Uint8Array(await fetchBytes(FILES[weight][subset]));

let fonts: Promise<FontBook> | undefined;
let basemap: Promise<FeatureCollection> | undefined;

/** Loads what the renderer needs once; a failure is forgotten, so that the next try loads again. */
function inputs() {
  fonts ??= FontBook.load(browserFaceLoader).catch((error) => {
    fonts = undefined;
    throw error;
  });
  basemap ??= fetchBytes(BASEMAP_PATH)
    .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as FeatureCollection)
    .catch((error) => {
      basemap = undefined;
      throw error;
    });
  return Promise.all([fonts, basemap]);
}

/** The file of a request, as a Blob to download. */
export async function renderVectorExport(
  request: SnapshotRequest,
  format: Exclude<ExportFormat, 'png'>,
  options: VectorFileOptions,
): Promise<Blob> {
  const [book, base] = await inputs();
  const { bytes, mime } = await vectorFile(
    request,
    format,
    { i18n: i18nFor(request.language), basemap: base, fonts: book },
    options,
  );
  return new Blob([bytes as BlobPart], { type: mime });
}
