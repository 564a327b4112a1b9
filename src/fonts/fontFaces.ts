/**
 * Self-hosted Noto Sans, for the map's labels (through the style's `font-faces`, so MapLibre draws
 * glyphs itself without a glyph server) and for the page (through the CSS Font Loading API). Both
 * use the same files: Latin (incl. Azerbaijani ə ı ş ğ) and Cyrillic (incl. Kazakh ә ғ қ ң ө ұ ү
 * һ і) subsets, each loaded only when some text needs it.
 */

import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fontNames.ts';
import { RANGES, SUBSETS, type Subset } from './fontSubsets.ts';

/** The font files by weight, and the style's font name for each weight. */
const WEIGHTS = [
  {
    weight: 400,
    name: FONT_REGULAR,
    files: {
      latin: latin400,
      latinExt: latinExt400,
      cyrillic: cyrillic400,
      cyrillicExt: cyrillicExt400,
    },
  },
  {
    weight: 600,
    name: FONT_SEMIBOLD,
    files: {
      latin: latin600,
      latinExt: latinExt600,
      cyrillic: cyrillic600,
      cyrillicExt: cyrillicExt600,
    },
  },
] as const satisfies readonly { weight: number; name: string; files: Record<Subset, string> }[];

/** The style's `font-faces`, with file URLs made absolute against `base` (the page's URL). */
export function fontFaces(base: string): FontFacesSpecification {
  return Object.fromEntries(
    WEIGHTS.map(({ name, files }) => [
      name,
      SUBSETS.map((subset) => ({
        url: new URL(files[subset], base).href,
        'unicode-range': RANGES[subset].split(','),
      })),
    ]),
  );
}

/** Declares the same files as the page's "Noto Sans", each subset with its unicode range. */
export function registerPageFonts(fonts: FontFaceSet = document.fonts): void {
  for (const { weight, files } of WEIGHTS) {
    for (const subset of SUBSETS) {
      fonts.add(
        new FontFace('Noto Sans', `url(${files[subset]}) format('woff2')`, {
          weight: String(weight),
          unicodeRange: RANGES[subset],
          display: 'swap',
        }),
      );
    }
  }
}
