/**
 * The share pages, their pictures and oEmbed responses as files by path (`share/titr.en.html`,
 * `share/titr.en.png`, `share/titr.en.oembed.json`, `share/open.js`, `share/share.css`), drawn
 * from the checked content, the basemap and the fonts for a public address. `npm run share`
 * writes every one into `dist/`; the dev server draws each when it is asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { FeatureCollection } from 'geojson';
import { isLanguage, LANGUAGES, type Language } from '../../src/content/languages.ts';
import { localIsoDate } from '../../src/content/localDate.ts';
import type { Content } from '../../src/content/schema.ts';
import { FOOTER_HEIGHT, oembedSnippet } from '../../src/embed/snippet.ts';
import type { FontBook } from '../../src/fonts/fontBook.ts';
import { nodeFontBook } from '../../src/fonts/nodeFonts.ts';
import { createI18n, type I18n } from '../../src/i18n/createI18n.ts';
import { escapeXml, sceneToSvg } from '../../src/picture/vector/toSvg.ts';
import { pictureScene } from '../../src/picture/vector/vectorPicture.ts';
import { shareEntryFor } from '../../src/share/shareEntry.ts';
import {
  OPEN_SCRIPT,
  oembedResponse,
  previewDescription,
  SHARE_CSS,
  SHARE_IMAGE,
  type ShareWords,
  shareHtml,
  sharePaths,
  WHOLE_MAP,
} from '../../src/share/sharePage.ts';
import { MAP_HEIGHT } from '../../src/state/embedParams.ts';
import { loadContent } from './loadContent.ts';
import { palettePng } from './palettePng.ts';

export interface ShareFile {
  type: string;
  body: string | Buffer;
}

export interface ShareSite {
  /** Every file's path, relative to the app. */
  paths: string[];
  /** The file at a path, or null for none. */
  file: (path: string) => ShareFile | null;
  /** The app's `index.html` with the whole map's preview tags and oEmbed link. */
  withPreviewTags: (indexHtml: string) => string;
}

/** Loads what the pages are drawn from, under the project's root; throws with what is missing. */
export async function loadShareSite(root: string, publicUrl: string): Promise<ShareSite> {
  const basemapFile = `${root}public/basemap/basemap.json`;
  if (!existsSync(basemapFile)) {
    throw new Error('public/basemap/basemap.json is missing; run `npm run basemap` first.');
  }
  const basemap = JSON.parse(readFileSync(basemapFile, 'utf8')) as FeatureCollection;
  return shareSite(loadContent(`${root}data`), basemap, await nodeFontBook(), publicUrl);
}

const STEM = /^share\/([\w-]+)\.([a-z]{2})\.(html|png|oembed\.json)$/;

export function shareSite(
  content: Content,
  basemap: FeatureCollection,
  fonts: FontBook,
  base: string,
): ShareSite {
  const i18ns = new Map(LANGUAGES.map((language) => [language, createI18n(content, language)]));
  const ids = [WHOLE_MAP, ...content.projects.map((project) => project.id)];
  const date = localIsoDate();
  const wordsOf = (i18n: I18n): ShareWords => ({
    siteName: i18n.t('share.siteName'),
    open: i18n.t('share.open'),
    languageName: (code) => i18ns.get(code)?.languageOwnName ?? code,
  });

  const picture = (i18n: I18n, id: string): Buffer => {
    // The map of that project as the PNG export draws it, in the page's language.
    const scene = pictureScene(
      {
        ...SHARE_IMAGE,
        scale: 1,
        project: id === WHOLE_MAP ? null : id,
        hidden: [],
        view: null,
        callout: true,
        date,
        asOf: null,
        language: i18n.language,
        theme: 'light',
      },
      { i18n, basemap, fonts },
    );
    const rendered = new Resvg(sceneToSvg(scene, { outlineText: fonts }), {
      font: { loadSystemFonts: false },
    }).render();
    return palettePng(rendered.pixels, rendered.width, rendered.height);
  };

  const oembed = (i18n: I18n, id: string): string => {
    const entry = shareEntryFor(i18n, id);
    const options = {
      project: id === WHOLE_MAP ? null : id,
      lang: i18n.language,
      theme: 'auto' as const,
      mapOnly: false,
      height: MAP_HEIGHT.default,
    };
    const page = new URL(sharePaths(id, i18n.language).page, base).href;
    const label = i18n.t('map.label', { title: i18n.content.mapTitle });
    const html = oembedSnippet(base, options, label, { href: page, text: entry.title });
    const size = { width: 800, height: MAP_HEIGHT.default + FOOTER_HEIGHT };
    return `${JSON.stringify(oembedResponse(entry, wordsOf(i18n), base, html, size), null, 2)}\n`;
  };

  const file = (path: string): ShareFile | null => {
    if (path === 'share/open.js') return { type: 'text/javascript', body: OPEN_SCRIPT };
    if (path === 'share/share.css') return { type: 'text/css', body: SHARE_CSS };
    const [, id = '', language = '', kind] = STEM.exec(path) ?? [];
    const i18n = isLanguage(language) ? i18ns.get(language as Language) : undefined;
    if (!i18n || !ids.includes(id)) return null;
    if (kind === 'html') {
      const body = shareHtml(shareEntryFor(i18n, id), wordsOf(i18n), base);
      return { type: 'text/html; charset=utf-8', body };
    }
    if (kind === 'png') return { type: 'image/png', body: picture(i18n, id) };
    return { type: 'application/json', body: oembed(i18n, id) };
  };

  const withPreviewTags = (indexHtml: string): string => {
    // The app's own page previews as the whole map, and says where its oEmbed is.
    const english = i18ns.get('en');
    if (!english) return indexHtml;
    const entry = shareEntryFor(english, WHOLE_MAP);
    const paths = sharePaths(WHOLE_MAP, 'en');
    const title = escapeXml(english.content.mapTitle);
    const tags = [
      `<link rel="alternate" type="application/json+oembed" href="${new URL(paths.oembed, base).href}" title="${title}">`,
      `<meta property="og:title" content="${title}">`,
      `<meta property="og:description" content="${escapeXml(previewDescription(entry))}">`,
      `<meta property="og:image" content="${new URL(paths.image, base).href}">`,
      `<meta property="og:image:width" content="${SHARE_IMAGE.width}">`,
      `<meta property="og:image:height" content="${SHARE_IMAGE.height}">`,
      `<meta property="og:image:alt" content="${escapeXml(entry.imageAlt)}">`,
      `<meta name="twitter:card" content="summary_large_image">`,
    ].join('\n    ');
    return indexHtml.replace('</head>', `    ${tags}\n  </head>`);
  };

  const paths = [
    'share/open.js',
    'share/share.css',
    ...LANGUAGES.flatMap((language) =>
      ids.flatMap((id) => Object.values(sharePaths(id, language))),
    ),
  ];
  return { paths, file, withPreviewTags };
}
