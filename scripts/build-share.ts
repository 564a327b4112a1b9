/**
 * `npm run share` (part of `npm run build`, after Vite): writes into `dist/share/` a page per
 * project and language and one for the whole map, each with its 1200 × 630 PNG preview drawn by
 * the vector renderer (text as outlines, rasterised by resvg: no browser; 256 colours) and its
 * oEmbed response,
 * and adds the whole map's preview tags and oEmbed discovery to `dist/index.html`.
 *
 * The pages need absolute URLs: the map's public address comes from TRANS_CASPIAN_PUBLIC_URL
 * (e.g. https://maps.example.org/trans-caspian/). A build without it fails, saying so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { FeatureCollection } from 'geojson';
import { validateContent } from '../src/content/validate';
import { MAP_HEIGHT } from '../src/embed/embedParams';
import { oembedSnippet } from '../src/embed/snippet';
import { nodeFontBook } from '../src/export/vector/nodeFonts';
import { escapeXml, sceneToSvg } from '../src/export/vector/toSvg';
import { snapshotScene } from '../src/export/vector/vectorSnapshot';
import { localIsoDate } from '../src/features/format';
import { i18nOf } from '../src/i18n/i18nOf';
import { LANGUAGES } from '../src/i18n/languages';
import { publicUrlFrom } from '../src/share/publicUrl';
import { shareEntryFor } from '../src/share/shareEntry';
import {
  OPEN_SCRIPT,
  oembedResponse,
  previewDescription,
  SHARE_CSS,
  SHARE_IMAGE,
  shareHtml,
  sharePaths,
  WHOLE_MAP,
} from '../src/share/sharePage';
import { palettePng } from './lib/palettePng';
import { readDataDir } from './lib/readDataDir';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${root}dist/`;

function fail(message: string): never {
  console.error(`share: ${message}`);
  process.exit(1);
}

const started = performance.now();
const publicUrl = publicUrlFrom(process.env.TRANS_CASPIAN_PUBLIC_URL);
if (!publicUrl.ok) fail(publicUrl.error);
const base = publicUrl.url;
if (!existsSync(`${DIST}index.html`)) fail('dist/index.html is missing; run `vite build` first.');
const basemapFile = `${root}public/basemap/basemap.json`;
if (!existsSync(basemapFile))
  fail('public/basemap/basemap.json is missing; run `npm run basemap` first.');
const basemap = JSON.parse(readFileSync(basemapFile, 'utf8')) as FeatureCollection;
const checked = validateContent(readDataDir(`${root}data`));
if (!checked.ok) fail(`data/ has ${checked.errors.length} problem(s); run \`npm run check:data\`.`);
const fonts = await nodeFontBook();

mkdirSync(`${DIST}share`, { recursive: true });
writeFileSync(`${DIST}share/open.js`, OPEN_SCRIPT);
writeFileSync(`${DIST}share/share.css`, SHARE_CSS);

let imageBytes = 0;
let pages = 0;
const date = localIsoDate();
const i18ns = new Map(LANGUAGES.map((language) => [language, i18nOf(checked.content, language)]));
for (const [language, i18n] of i18ns) {
  const { t, content } = i18n;
  const words = {
    siteName: t('share.siteName'),
    open: t('share.open'),
    languageName: (code: typeof language) => i18ns.get(code)?.languageOwnName ?? code,
  };
  const ids = [WHOLE_MAP, ...content.projects.map((project) => project.id)];
  for (const id of ids) {
    const project = content.projects.find((candidate) => candidate.id === id);
    const entry = shareEntryFor(i18n, id);
    const title = entry.title;
    const paths = sharePaths(id, language);
    writeFileSync(`${DIST}${paths.page}`, shareHtml(entry, words, base));

    // The preview: the map of that project as the PNG export draws it, in the page's language.
    const scene = snapshotScene(
      {
        ...SHARE_IMAGE,
        scale: 1,
        project: project ? id : null,
        hidden: [],
        view: null,
        callout: true,
        date,
        asOf: null,
        language,
        theme: 'light',
      },
      { i18n, basemap, fonts },
    );
    const rendered = new Resvg(sceneToSvg(scene, { outlineText: fonts }), {
      font: { loadSystemFonts: false },
    }).render();
    const png = palettePng(rendered.pixels, rendered.width, rendered.height);
    writeFileSync(`${DIST}${paths.image}`, png);
    imageBytes += png.length;

    const embedTitle = t('map.label', { title: content.mapTitle });
    const options = {
      project: project ? id : null,
      lang: language,
      theme: 'auto' as const,
      mapOnly: false,
      height: MAP_HEIGHT.default,
    };
    const page = new URL(paths.page, base).href;
    const html = oembedSnippet(base, options, embedTitle, { href: page, text: title });
    const size = { width: 800, height: MAP_HEIGHT.default + 32 };
    writeFileSync(
      `${DIST}${paths.oembed}`,
      `${JSON.stringify(oembedResponse(entry, words, base, html, size), null, 2)}\n`,
    );
    pages++;
    if (id === WHOLE_MAP && language === 'en') {
      // The app's own page previews as the whole map, and says where its oEmbed is.
      const index = readFileSync(`${DIST}index.html`, 'utf8');
      const tags = [
        `<link rel="alternate" type="application/json+oembed" href="${new URL(paths.oembed, base).href}" title="${escapeXml(content.mapTitle)}">`,
        `<meta property="og:title" content="${escapeXml(content.mapTitle)}">`,
        `<meta property="og:description" content="${escapeXml(previewDescription(entry))}">`,
        `<meta property="og:image" content="${new URL(paths.image, base).href}">`,
        `<meta property="og:image:width" content="${SHARE_IMAGE.width}">`,
        `<meta property="og:image:height" content="${SHARE_IMAGE.height}">`,
        `<meta property="og:image:alt" content="${escapeXml(entry.imageAlt)}">`,
        `<meta name="twitter:card" content="summary_large_image">`,
      ].join('\n    ');
      writeFileSync(`${DIST}index.html`, index.replace('</head>', `    ${tags}\n  </head>`));
    }
  }
}
console.log(
  `share: ${pages} pages with previews and oEmbed in dist/share/ for ${base}, images ${(imageBytes / 1024).toFixed(0)} KiB in all, in ${Math.round(performance.now() - started)} ms`,
);
