/**
 * `npm run bench`: builds the app and a baseline page (the same map drawn by bare MapLibre), at 1×,
 * 10× and 100× the content, and measures them side by side in headless Chromium, alternating app
 * and baseline: time to the first complete render, bytes sent until then (gzip level 6), JS heap
 * after load, and, for the app, click-to-excerpt latency and the time of a 2× 1200×630 export
 * (the first on a ready page, and one chosen in the export options).
 * Prints medians and ratios against the budget, and writes every figure to `.bench/results.json`.
 * A benchmark, not a test: nothing fails on time. `RUNS=5` sets the runs per page and scale;
 * `SCALES=1` or `SCALES=1,100` measures only those scales.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build, type PreviewServer, preview } from 'vite';
import { latestStatuses } from '../src/content/milestones.ts';
import { offsetFromCentre } from '../src/geo/mercator.ts';
import { mapWords } from '../src/i18n/mapWords.ts';
import { BASEMAP_PATH } from '../src/map/basemapBounds.ts';
import { placesCollection, routesCollection } from '../src/map/sources.ts';
import { buildStyle } from '../src/map/style.ts';
import { lightTheme } from '../src/map/theme.ts';
import { parseView } from '../src/state/url.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { loadContent } from './lib/loadContent.ts';
import { readDataDir } from './lib/readDataDir.ts';
import { multiplyContent } from './lib/syntheticContent.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench');
const RUNS = Number(process.env.RUNS ?? 5);
/** `SCALES=1` measures one scale; all three by default. */
const ALL_SCALES = [1, 10, 100] as const;
const SCALES = ALL_SCALES.filter(
  (scale) => !process.env.SCALES || process.env.SCALES.split(',').includes(String(scale)),
);
/**
 * A point on the TITR line, away from the others, where the click is measured: on the Kazakh
 * rail south-east of Kyzylorda (as `e2e/points.ts` has it).
 */
const CLICK_AT = { lng: 66.8345, lat: 44.1201 };
const PRECOMPRESSED = /\.(woff2|png|jpe?g|webp)$/;
/** How long the bench's reader spends in the export options before pressing Download. */
const CHOOSING_MS = 3000;

type Scale = (typeof ALL_SCALES)[number];
interface Sample {
  render: number;
  bytes: number;
  requests: number;
  heap: number;
  click?: number;
  exportMs?: number;
}

/** Writes a data folder with `scale` times the content; returns its path. */
function dataFor(scale: Scale): string {
  const source = join(ROOT, 'data');
  if (scale === 1) return source;
  const dir = join(OUT, `data-${scale}x`);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of multiplyContent(readDataDir(source), scale)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function buildApp(scale: Scale, data: string): Promise<string> {
  const outDir = join(OUT, `app-${scale}x`);
  process.env.TRANS_CASPIAN_DATA = data;
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  delete process.env.TRANS_CASPIAN_DATA;
  return outDir;
}

/** The baseline page with the same style, the routes and places as GeoJSON files beside it. */
async function buildBaseline(scale: Scale, data: string): Promise<string> {
  const outDir = join(OUT, `bare-${scale}x`);
  await build({
    root: join(ROOT, 'bench/baseline'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  const content = loadContent(data);
  const visible = content.projects.map((project) => project.id);
  const style = buildStyle(
    lightTheme,
    content,
    {
      selected: null,
      hovered: null,
      visible,
      statuses: latestStatuses(content.projects, content.articles),
    },
    { basemapUrl: BASEMAP_PATH, fontFaces: {} },
    mapWords(content.translations.en),
  );
  style.sources.projects = { type: 'geojson', data: 'routes.geojson' };
  style.sources.places = { type: 'geojson', data: 'places.geojson' };
  writeFileSync(join(outDir, 'style.json'), JSON.stringify(style));
  writeFileSync(join(outDir, 'routes.geojson'), JSON.stringify(routesCollection(content.projects)));
  writeFileSync(join(outDir, 'places.geojson'), JSON.stringify(placesCollection(content.places)));
  mkdirSync(join(outDir, 'basemap'), { recursive: true });
  copyFileSync(join(ROOT, 'public', BASEMAP_PATH), join(outDir, BASEMAP_PATH));
  return outDir;
}

async function serve(dir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`could not serve ${dir}`);
  return { server, url };
}

/** Marks, in the page, when the map is first complete and when an excerpt appears. */
function instrument() {
  const marks: Record<string, number> = {};
  (window as unknown as { marks: Record<string, number> }).marks = marks;
  const observer = new MutationObserver(() => {
    if (!marks.ready && document.getElementById('map')?.getAttribute('aria-busy') === 'false') {
      marks.ready = performance.now();
    }
    if (marks.down && !marks.excerpt && document.querySelector('aside.panel blockquote mark')) {
      marks.excerpt = performance.now();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('pointerdown', () => (marks.down = performance.now()), true);
}

const marks = (page: Page) =>
  page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);

async function measure(browser: Browser, url: string, app: boolean): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const finished: { at: number; size: number }[] = [];
  const seen = new Set<string>();
  page.on('requestfinished', async (request) => {
    const at = Date.now();
    // A file fetched twice (the page and MapLibre both load the fonts) comes from cache.
    if (seen.has(request.url()) || request.url().startsWith('data:')) return;
    seen.add(request.url());
    // A request that finishes as the page closes has no response left to read.
    const response = await request.response().catch(() => null);
    const body = await response?.body().catch(() => null);
    if (!body) return;
    const path = new URL(request.url()).pathname;
    const size = PRECOMPRESSED.test(path) ? body.length : gzipSync(body, { level: 6 }).length;
    finished.push({ at, size });
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { marks: { ready?: number } }).marks.ready,
    null,
    {
      timeout: 60_000,
    },
  );
  const { ready = Number.NaN } = await marks(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  await page.waitForTimeout(200);
  const loaded = finished.filter((request) => request.at <= origin + ready + 50);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const sample: Sample = {
    render: ready,
    bytes: loaded.reduce((sum, request) => sum + request.size, 0),
    requests: loaded.length,
    heap: usedSize,
  };
  if (app) {
    const view = parseView(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('map') ?? '');
    const box = await page.locator('#map').boundingBox();
    if (view && box) {
      const offset = offsetFromCentre(CLICK_AT.lng, CLICK_AT.lat, view);
      await page.mouse.click(box.x + box.width / 2 + offset.x, box.y + box.height / 2 + offset.y);
      await page.waitForFunction(
        () => (window as unknown as { marks: { excerpt?: number } }).marks.excerpt,
        null,
        {
          timeout: 10_000,
        },
      );
      const { down = Number.NaN, excerpt = Number.NaN } = await marks(page);
      sample.click = excerpt - down;
    }
  }
  await context.close();
  return sample;
}

const EXPORT_REQUEST = {
  width: 1200,
  height: 630,
  scale: 2,
  project: null,
  hidden: [],
  view: null,
  callout: false,
  date: '2024-01-31',
  language: 'en',
  theme: 'light',
} as const;

/**
 * Two export times on a page whose map is ready: the first export through the picture API (what
 * the command line pays), and Download pressed in the export options after a reader has spent
 * `CHOOSING_MS` choosing them (2×, 1200 × 630, the defaults but for the size).
 */
async function exportTimes(
  browser: Browser,
  url: string,
): Promise<{ cold: number; chosen: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}?picture=1`);
  await page.locator('#map[aria-busy="false"]').waitFor({ timeout: 60_000 });
  const cold = await page.evaluate(async (request) => {
    const started = performance.now();
    await window.transCaspianPicture?.(request);
    return performance.now() - started;
  }, EXPORT_REQUEST);
  await page.reload();
  await page.locator('#map[aria-busy="false"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Export picture' }).click();
  const options = page.getByRole('region', { name: /Export picture/ });
  await options.getByLabel('Size').selectOption({ label: '1200 × 630 (link previews)' });
  await page.waitForTimeout(CHOOSING_MS);
  const started = Date.now();
  await Promise.all([
    page.waitForEvent('download'),
    options.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const chosen = Date.now() - started;
  await context.close();
  return { cold, chosen };
}

/** A story video of each length: grain exports (15 s at 1080 × 1080) and the fibre line (24 s). */
const MOTION_PROJECTS = ['grain-exports', 'fiber-optic'] as const;

/**
 * The time to render each story video at 1080 × 1080 through the picture API, and the peak JS
 * heap while it renders (sampled every 50 ms): flat in the number of frames, since each frame
 * goes to the encoder as it is drawn.
 */
async function motionFigures(
  browser: Browser,
  url: string,
): Promise<{ project: string; seconds: number; ms: number; peakHeap: number; bytes: number }[]> {
  const figures = [];
  for (const project of MOTION_PROJECTS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${url}?picture=1`);
    await page.locator('#map[aria-busy="false"]').waitFor({ timeout: 60_000 });
    figures.push(
      await page.evaluate(
        async (request) => {
          // No named functions in here: the page has no helper for the names tsx keeps.
          const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } })
            .memory;
          let peak = memory?.usedJSHeapSize ?? Number.NaN;
          const sampler = setInterval(() => {
            peak = Math.max(peak, memory?.usedJSHeapSize ?? Number.NaN);
          }, 50);
          const started = performance.now();
          const made = await window.transCaspianMotion?.(request, {
            format: 'video',
            moveCamera: false,
          });
          const ms = performance.now() - started;
          clearInterval(sampler);
          return {
            project: request.project ?? 'map',
            seconds: made?.seconds ?? Number.NaN,
            ms,
            peakHeap: peak,
            bytes: Math.round(((made?.dataUrl.length ?? 0) * 3) / 4),
          };
        },
        { ...EXPORT_REQUEST, width: 1080, height: 1080, scale: 1, project },
      ),
    );
    await context.close();
  }
  return figures;
}

const median = (values: readonly number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

execSync('npm run --silent basemap && npm run --silent poster', { cwd: ROOT, stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
});
interface Runs {
  app: Sample[];
  bare: Sample[];
  /** First export on a ready page, through the picture API. */
  exportMs: number[];
  /** Download pressed after the export options were open for `CHOOSING_MS`. */
  chosenExportMs: number[];
  /** Story videos, at the first scale only (their frames do not grow with the content). */
  motion?: Awaited<ReturnType<typeof motionFigures>>;
}
const results: Record<string, Runs> = {};
try {
  for (const scale of SCALES) {
    const data = dataFor(scale);
    const [appDir, bareDir] = [await buildApp(scale, data), await buildBaseline(scale, data)];
    const [app, bare] = [await serve(appDir), await serve(bareDir)];
    const runs: Runs = { app: [], bare: [], exportMs: [], chosenExportMs: [] };
    for (let run = 0; run < RUNS; run++) {
      runs.app.push(await measure(browser, app.url, true));
      runs.bare.push(await measure(browser, bare.url, false));
    }
    for (let run = 0; run < RUNS; run++) {
      const { cold, chosen } = await exportTimes(browser, app.url);
      runs.exportMs.push(cold);
      runs.chosenExportMs.push(chosen);
    }
    if (scale === SCALES[0]) runs.motion = await motionFigures(browser, app.url);
    results[`${scale}x`] = runs;
    for (const { server } of [app, bare]) await server.close();
    console.log(`bench: ${scale}× measured`);
  }
} finally {
  await browser.close();
}

const pick = (samples: Sample[], key: keyof Sample) =>
  median(samples.map((sample) => sample[key] ?? Number.NaN));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const base = results['1x'];
console.log(
  `\nmedians of ${RUNS} runs each, app and baseline alternating (Chromium, ${CHROMIUM_ARGS.join(' ')})`,
);
console.log('scale  metric              app        bare       app/bare  budget');
for (const [scale, runs] of Object.entries(results)) {
  const row = (name: string, key: keyof Sample, format: (n: number) => string, budget: string) => {
    const [a, b] = [pick(runs.app, key), pick(runs.bare, key)];
    console.log(
      `${scale.padEnd(6)} ${name.padEnd(19)} ${format(a).padEnd(10)} ${format(b).padEnd(10)} ${(a / b).toFixed(2).padEnd(9)} ${budget}`,
    );
  };
  row('first render', 'render', ms, scale === '1x' ? '≤ 1.10×' : '');
  row('bytes until then', 'bytes', kib, scale === '1x' ? '≤ 1.25×' : '');
  row('requests', 'requests', String, '');
  row('JS heap after load', 'heap', (n) => `${(n / 1048576).toFixed(1)} MiB`, '');
  const appOnly = (name: string, value: number, budget: string) =>
    console.log(
      `${scale.padEnd(6)} ${name.padEnd(19)} ${ms(value).padEnd(10)} ${''.padEnd(10)} ${''.padEnd(9)} ${budget}`,
    );
  appOnly('click → excerpt', pick(runs.app, 'click'), '≤ 50 ms');
  appOnly('2× export, first', median(runs.exportMs), '≤ 1500 ms');
  appOnly('2× export, chosen', median(runs.chosenExportMs), '≤ 1500 ms');
  for (const video of runs.motion ?? []) {
    console.log(
      `${scale.padEnd(6)} video ${video.project}, ${video.seconds.toFixed(1)} s at 1080 × 1080: rendered in ${ms(video.ms)}, peak JS heap ${(video.peakHeap / 1048576).toFixed(1)} MiB, ${kib(video.bytes)}`,
    );
  }
}
if (base && results['100x']) {
  const growth = pick(results['100x'].app, 'render') / pick(base.app, 'render');
  console.log(
    `first render at 100× the content: ${growth.toFixed(2)}× the 1× figure (budget ≤ 3×)`,
  );
}
writeFileSync(
  join(OUT, 'results.json'),
  `${JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`bench: every figure in .bench/results.json`);
