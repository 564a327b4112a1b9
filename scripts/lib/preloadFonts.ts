/**
 * Vite plugin: the built page preloads the font files every language's labels start with (Noto
 * Sans Latin, regular and semibold: place names, figures, the title), so that they arrive beside
 * the scripts instead of after the map asks for its first labels.
 */
import type { Plugin } from 'vite';

/** The files preloaded, by the name @fontsource gives them. */
export const PRELOADED_FONTS = [
  'noto-sans-latin-400-normal.woff2',
  'noto-sans-latin-600-normal.woff2',
] as const;

export function preloadFonts(): Plugin {
  return {
    name: 'trans-caspian-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const assets = Object.values(bundle ?? {}).filter(
          (file) =>
            file.type === 'asset' &&
            file.originalFileNames.some((name) =>
              PRELOADED_FONTS.some((font) => name.endsWith(font)),
            ),
        );
        if (assets.length !== PRELOADED_FONTS.length) {
          throw new Error(`preloadFonts: expected ${PRELOADED_FONTS.join(', ')} in the bundle`);
        }
        // MapLibre downloads `font-faces` files with fetch() to draw the labels, the first thing
        // the map waits for that the page can start early: the preload is a CORS fetch that its
        // request takes over. The page's own text loads the same file as a font, from the cache.
        return assets.map((asset) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${asset.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
