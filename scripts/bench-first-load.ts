/**
 * `npm run bench:first-load`: serves the production build, opens it in headless Chromium several
 * times and reports the median time to the map's first complete render (`aria-busy="false"`),
 * and the bytes of the first load as a gzip-serving host would send them. Run `npm run build`
 * first.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './lib/browser';

const RUNS = Number(process.env.RUNS ?? 7);
/** Already-compressed formats a host sends as they are. */
const PRECOMPRESSED = /\.(woff2|png|jpe?g|webp)$/;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const server = await preview({ preview: { port: 4390, strictPort: true, host: '127.0.0.1' } });
const url = 'http://127.0.0.1:4390/';
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
});
const times: number[] = [];
const transfers: { url: string; raw: number; sent: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const bodies: Promise<void>[] = [];
    if (run === 0) {
      page.on('response', (response) => {
        bodies.push(
          response.body().then((body) => {
            const path = new URL(response.url()).pathname;
            // A file fetched twice (page and MapLibre both load the fonts) comes from cache.
            if (transfers.some((t) => t.url === path)) return;
            const sent = PRECOMPRESSED.test(path)
              ? body.length
              : gzipSync(body, { level: 6 }).length;
            transfers.push({ url: path, raw: body.length, sent });
          }),
        );
      });
    }
    const started = performance.now();
    await page.goto(url);
    await page.locator('#map[aria-busy="false"]').waitFor({ state: 'attached', timeout: 30_000 });
    times.push(performance.now() - started);
    await Promise.all(bodies);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
transfers.sort((a, b) => b.sent - a.sent);
for (const t of transfers)
  console.log(`${kb(t.sent).padStart(11)}  ${kb(t.raw).padStart(11)} raw  ${t.url}`);
const total = transfers.reduce((sum, t) => sum + t.sent, 0);
console.log(
  `first load: ${transfers.length} requests, ${kb(total)} sent (gzip level 6 where it helps)`,
);
console.log(
  `time to aria-busy="false": median ${Math.round(median(times))} ms over ${RUNS} runs (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})`,
);
