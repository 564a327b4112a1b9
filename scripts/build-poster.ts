/**
 * `npm run poster`: draws the map's default view as static SVG posters, light and dark, in each
 * language, into `public/poster/`: the picture shown to a reader whose browser has no WebGL.
 * Needs the built basemap (`npm run basemap`) and the checked content of `data/`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { LANGUAGES } from '../src/content/languages.ts';
import { latestStatuses } from '../src/content/milestones.ts';
import { THEME_NAMES } from '../src/content/themeNames.ts';
import { nodeFontBook } from '../src/fonts/nodeFonts.ts';
import { localizeContent } from '../src/i18n/localize.ts';
import { mapWords } from '../src/i18n/mapWords.ts';
import { posterFile } from '../src/map/poster.ts';
import { THEMES } from '../src/map/theme.ts';
import { posterScene } from '../src/picture/vector/posterScene.ts';
import { sceneToSvg } from '../src/picture/vector/toSvg.ts';
import { checkData } from './lib/loadContent.ts';
import { readDataDir } from './lib/readDataDir.ts';

const BASEMAP_FILE = fileURLToPath(new URL('../public/basemap/basemap.json', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../public/poster/', import.meta.url));
const WIDTH = 1200;
const HEIGHT = 630;

function fail(message: string): never {
  console.error(`poster: ${message}`);
  process.exit(1);
}

const started = performance.now();
if (!existsSync(BASEMAP_FILE)) {
  fail('public/basemap/basemap.json is missing; run `npm run basemap` first.');
}
const basemap = JSON.parse(readFileSync(BASEMAP_FILE, 'utf8')) as FeatureCollection;
const result = checkData(readDataDir(DATA_DIR));
if (!result.ok) {
  fail(`data/ has ${result.errors.length} problem(s); run \`npm run check:data\` to see them.`);
}

mkdirSync(OUT_DIR, { recursive: true });
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
// The picture shows what the map shows by default: each project as of the latest milestone.
const { projects, articles } = result.content;
const statuses = latestStatuses(projects, articles);
const fonts = await nodeFontBook();
for (const [language, name] of LANGUAGES.flatMap((l) => THEME_NAMES.map((t) => [l, t] as const))) {
  const content = localizeContent(result.content, language);
  const scene = posterScene(
    {
      basemap,
      projects: content.projects,
      places: content.places,
      theme: THEMES[name],
      words: mapWords(content.translations[language]),
      width: WIDTH,
      height: HEIGHT,
      title: content.mapTitle,
      statuses,
    },
    fonts,
  );
  const svg = sceneToSvg(scene);
  const file = posterFile(name, language);
  writeFileSync(`${OUT_DIR}${file}`, svg);
  const raw = Buffer.byteLength(svg);
  const gzipped = gzipSync(svg, { level: 9 }).length;
  console.log(`poster: public/poster/${file}: ${kib(raw)} raw, ${kib(gzipped)} gzipped`);
}
console.log(`poster: built in ${Math.round(performance.now() - started)} ms`);
