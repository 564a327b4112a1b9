/**
 * Noto Sans for the pictures in the browser: the app's own WOFF files, read into a `FontBook`
 * (the metrics every picture's words are set with) when a reader first exports, never before.
 */
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff?url';
import { type FaceLoader, FontBook } from './fontBook.ts';
import type { Weight } from './fontNames.ts';
import type { Subset } from './fontSubsets.ts';

/** The WOFF files of each face (fontkit reads WOFF and subsets it for the PDF; the page uses WOFF2). */
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

/** A file of the app's own origin, as bytes. */
export async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`could not load ${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const browserFaceLoader: FaceLoader = async (weight, subset) =>
  new Uint8Array(await fetchBytes(FILES[weight][subset]));

let fonts: Promise<FontBook> | undefined;

/** The font book, loaded once; a failure is forgotten, so that the next try loads again. */
export function browserFonts(): Promise<FontBook> {
  fonts ??= FontBook.load(browserFaceLoader).catch((error) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}
