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
import { FONT_REGULAR, FONT_SEMIBOLD } from './fontNames';

/** Unicode ranges of the subsets, as @fontsource declares them. */
const RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  cyrillicExt: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
} as const;

type Subset = keyof typeof RANGES;

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

const SUBSETS = Object.keys(RANGES) as Subset[];

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
