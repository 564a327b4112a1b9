/**
 * `npm run picture -- --out FILE.png|.svg|.pdf [...]` (see `PICTURE_USAGE`): a PNG is rendered
 * from the production build (`dist/`) in headless Chromium through the app's own export code, at
 * exactly width×scale by height×scale pixels; an SVG or PDF is drawn in Node by the vector
 * renderer, at a size in pixels or millimetres. Exits 2 on bad arguments, 1 on a failure.
 */
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { type PreviewServer, preview } from 'vite';
import { localIsoDate } from '../src/content/localDate.ts';
import { nodeFontBook } from '../src/fonts/nodeFonts.ts';
import { createI18n } from '../src/i18n/createI18n.ts';
import {
  movesIn,
  PICTURE_USAGE,
  type PictureRequest,
  parsePictureArgs,
} from '../src/picture/pictureRequest.ts';
import { printedHeightMm, vectorFile } from '../src/picture/vector/vectorPicture.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { checkData } from './lib/loadContent.ts';
import { readDataDir } from './lib/readDataDir.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string, code: number): never {
  console.error(`picture: ${message}`);
  process.exit(code);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature)
    throw new Error('the page did not return a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const content = checkData(readDataDir(`${root}data`));
if (!content.ok) fail(`data/ is invalid:\n  ${content.errors.join('\n  ')}`, 1);
const parsed = parsePictureArgs(
  process.argv.slice(2),
  content.content.projects.map((project) => project.id),
);
if (!parsed.ok && parsed.error === 'help') {
  console.log(PICTURE_USAGE);
  process.exit(0);
}
if (!parsed.ok) fail(`${parsed.error}\n${PICTURE_USAGE}`, 2);
const options = parsed.options;
// npm runs scripts from the package root; a relative --out means the caller's directory.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
/** Why `file` cannot be written, or null when it can: asked before the slow render, not after. */
function unwritable(file: string): string | null {
  if (existsSync(file) && statSync(file).isDirectory()) return `${file} is a folder`;
  try {
    accessSync(dirname(file), constants.W_OK);
    return null;
  } catch {
    return `cannot write ${file}: ${dirname(file)} is not a folder this process can write to`;
  }
}
const refused = unwritable(out);
if (refused) fail(refused, 1);
const request: PictureRequest = {
  width: options.width,
  height: options.height,
  scale: options.scale,
  project: options.project,
  hidden: [],
  view: options.view,
  callout: options.project !== null,
  date: localIsoDate(),
  asOf: options.date,
  language: options.lang,
  theme: options.theme,
};

const { format } = options;
if (format === 'svg' || format === 'pdf') {
  // Vector files are drawn in Node by the app's own vector renderer: no browser, no build.
  const started = performance.now();
  const basemapFile = `${root}public/basemap/basemap.json`;
  if (!existsSync(basemapFile)) fail('no basemap: run "npm run basemap" first', 1);
  try {
    const { bytes, scene } = await vectorFile(
      request,
      format,
      {
        i18n: createI18n(content.content, options.lang),
        basemap: JSON.parse(readFileSync(basemapFile, 'utf8')),
        fonts: await nodeFontBook(),
      },
      { printStyle: options.printStyle, print: options.print },
    );
    writeFileSync(out, bytes);
    const size = options.print
      ? `${options.print.widthMm} × ${printedHeightMm(options.print.heightMm, scene, request)} mm`
      : `${scene.width} × ${scene.height} px`;
    console.log(
      `picture: wrote ${out}, ${size}, ${(bytes.length / 1024).toFixed(0)} KiB, in ${Math.round(performance.now() - started)} ms`,
    );
    process.exit(0);
  } catch (error) {
    fail((error as Error).message, 1);
  }
}

if (!existsSync(`${root}dist/index.html`))
  fail('no production build: run "npm run build" first', 1);
if (findChromium() === null) fail('no Chromium: run "npx tsx scripts/ensure-browser.ts"', 1);

const started = performance.now();
let server: PreviewServer | null = null;
let browser: Browser | null = null;
const pageErrors: string[] = [];
try {
  server = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_ARGS,
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not start');
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${url}?picture=1`);
  await page.waitForFunction(() => typeof window.transCaspianPicture === 'function');
  if (movesIn(format)) {
    await writeMotion(page, format);
  } else {
    await writePng(page);
  }
} catch (error) {
  process.exitCode = 1;
  const errors = pageErrors.length > 0 ? ` (page errors: ${pageErrors.join('; ')})` : '';
  console.error(`picture: ${(error as Error).message}${errors}`);
} finally {
  await browser?.close();
  const closing = server?.httpServer;
  if (closing) await new Promise<void>((done) => closing.close(() => done()));
}

/** A video or GIF, through the page's own export; a video's captions (WebVTT) beside it. */
async function writeMotion(page: Page, as: 'mp4' | 'webm' | 'gif') {
  const result = await page.evaluate(
    async ([asked, motion]) => {
      const render = window.transCaspianMotion;
      if (!render) throw new Error('the page has no motion function');
      return render(asked, motion);
    },
    [request, { format: as, moveCamera: options.moveCamera }] as const,
  );
  const file = Buffer.from(result.dataUrl.replace(/^data:[^,]*,/, ''), 'base64');
  writeFileSync(out, file);
  const captions = as === 'gif' ? null : out.replace(/\.[a-z0-9]+$/i, '.vtt');
  if (captions) writeFileSync(captions, result.captions);
  console.log(
    `picture: wrote ${out}, ${result.codec}, ${result.width}×${result.height} px, ${result.frames} frames at ${result.fps} fps (${result.seconds.toFixed(1)} s), ${(file.length / 1024).toFixed(0)} KiB, in ${Math.round(performance.now() - started)} ms${captions ? `; captions ${captions}` : ''}`,
  );
}

/** The PNG, through the page's own export, checked for its size. */
async function writePng(page: Page) {
  const result = await page.evaluate(async (asked) => {
    const picture = window.transCaspianPicture;
    if (!picture) throw new Error('the page has no picture function');
    return picture(asked);
  }, request);
  if (result.scale !== options.scale) {
    throw new Error(
      `this browser can draw at most ${result.scale}× at ${options.width}×${options.height}; ask for a smaller size or scale`,
    );
  }
  const png = Buffer.from(result.dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  const size = pngSize(png);
  const expected = { width: options.width * options.scale, height: options.height * options.scale };
  if (size.width !== expected.width || size.height !== expected.height) {
    throw new Error(
      `rendered ${size.width}×${size.height} px instead of ${expected.width}×${expected.height}`,
    );
  }
  writeFileSync(out, png);
  console.log(
    `picture: wrote ${out}, ${size.width}×${size.height} px, ${(png.length / 1024).toFixed(0)} KiB, in ${Math.round(performance.now() - started)} ms`,
  );
}
