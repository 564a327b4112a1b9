/**
 * The map embedded by the resize protocols other pages already speak, each on another origin:
 * a Pym.js parent and an @newswire/frames host (their real libraries, from npm), an AMP-shaped
 * host (`amp-iframe resizable`'s `embed-size`) and a WordPress-shaped host (wp-embed's height
 * message with the iframe's secret, clamped to 200–1000 px). Each must size the iframe to the
 * map's content, with no scrolling inside.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { MAP_LOAD_TIMEOUT, PREVIEW_PORT } from './ports';

const MAP_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const EMBED = `${MAP_ORIGIN}/?embed=1&lang=en#project=titr`;
const require = createRequire(import.meta.url);
const LIBRARIES: Record<string, string> = {
  '/pym.js': readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8'),
  // The package exports no path to its browser build: it sits beside the module it does export.
  '/frames.js': readFileSync(
    join(dirname(require.resolve('@newswire/frames')), 'frames.umd.js'),
    'utf8',
  ),
};

/** Serves one host page, and the host libraries, from a local server on another origin. */
async function serveHost(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const library = LIBRARIES[request.url ?? ''];
    response.writeHead(200, {
      'content-type': library ? 'text/javascript' : 'text/html; charset=utf-8',
    });
    response.end(
      library ??
        `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body style="margin:0"><h1>Host</h1>${body}</body>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function embeddedMap(page: Page): Promise<Frame> {
  await expect(page.frameLocator('iframe').locator('#map')).toHaveAttribute('aria-busy', 'false', {
    timeout: MAP_LOAD_TIMEOUT,
  });
  const frame = page.frames().find((candidate) => candidate.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded map frame');
  return frame;
}

/** The embedded page's content height, and whether anything inside it scrolls. */
async function inside(frame: Frame) {
  return frame.evaluate(() => ({
    content: Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
    scrolls: (document.scrollingElement?.scrollHeight ?? 0) > window.innerHeight + 1,
  }));
}

/** The iframe's height on the host page, in CSS pixels. */
const iframeHeight = (page: Page) =>
  page.locator('iframe').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));

async function expectSizedToContent(page: Page, clamp = (height: number) => height) {
  const frame = await embeddedMap(page);
  const { content } = await inside(frame);
  expect(content).toBeGreaterThan(300);
  await expect.poll(() => iframeHeight(page), { timeout: 15_000 }).toBe(clamp(content));
  expect((await inside(frame)).scrolls, 'scrolling inside the embed').toBe(false);
}

test('a Pym.js parent (pym.js from npm) sizes the map with no script of ours', async ({ page }) => {
  const host = await serveHost(
    `<div id="map"></div><script src="/pym.js"></script><script>new pym.Parent('map', ${JSON.stringify(EMBED)}, { title: 'Map' });</script>`,
  );
  try {
    await page.goto(host.url);
    await expectSizedToContent(page);
  } finally {
    await host.close();
  }
});

test('an @newswire/frames host (its library from npm) sizes the map', async ({ page }) => {
  const host = await serveHost(
    `<div data-frame-src=${JSON.stringify(EMBED)} data-frame-attribute-title="Map"></div><script src="/frames.js"></script><script>newswireFrames.autoInitFrames();</script>`,
  );
  try {
    await page.goto(host.url);
    await expectSizedToContent(page);
  } finally {
    await host.close();
  }
});

test('an AMP-shaped host sizes the map from its embed-size message', async ({ page }) => {
  // amp-iframe resizable: an embed-size message from the iframe's own window sets its height.
  const host = await serveHost(
    `<iframe src=${JSON.stringify(EMBED)} width="100%" height="300" style="border:0;display:block" title="Map"></iframe>
<script>addEventListener('message', (e) => {
  const f = document.querySelector('iframe');
  if (e.source === f.contentWindow && e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') f.height = e.data.height;
});</script>`,
  );
  try {
    await page.goto(host.url);
    await expectSizedToContent(page);
  } finally {
    await host.close();
  }
});

test('a WordPress-shaped host sizes the map from wp-embed’s height message with its secret', async ({
  page,
}) => {
  // As wp-embed.js does: the secret goes on the iframe and at the end of its address; a height
  // message counts only with that secret, and is clamped to 200–1000 px.
  const secret = 'Ab12Cd34Ef';
  const host = await serveHost(
    `<iframe src=${JSON.stringify(`${MAP_ORIGIN}/?embed=1&lang=en&mapOnly=1#project=titr#?secret=${secret}`)} data-secret="${secret}" class="wp-embedded-content" sandbox="allow-scripts allow-same-origin" width="600" height="200" style="border:0;display:block" title="Map"></iframe>
<script>addEventListener('message', (e) => {
  const d = e.data, f = document.querySelector('iframe');
  if (!d || !d.secret || !d.message || d.message !== 'height' || d.secret !== f.dataset.secret || e.source !== f.contentWindow) return;
  f.height = Math.min(Math.max(parseInt(d.value, 10), 200), 1000);
});</script>`,
  );
  try {
    await page.goto(host.url);
    await expectSizedToContent(page, (height) => Math.min(Math.max(height, 200), 1000));
    // The secret is the host's: the map's own hash still selects the project.
    const frame = await embeddedMap(page);
    await expect.poll(() => frame.evaluate(() => window.location.hash)).toContain('project=titr');
  } finally {
    await host.close();
  }
});

test('under WordPress’s 1000 px cap an open panel keeps within it, the page inside never scrolls', async ({
  page,
}) => {
  const secret = 'Zz98Yy76Xx';
  await page.setViewportSize({ width: 1280, height: 900 });
  const host = await serveHost(
    `<iframe src=${JSON.stringify(`${EMBED}#?secret=${secret}`)} data-secret="${secret}" sandbox="allow-scripts allow-same-origin" width="100%" height="200" style="border:0;display:block" title="Map"></iframe>
<script>addEventListener('message', (e) => {
  const d = e.data, f = document.querySelector('iframe');
  if (!d || d.message !== 'height' || d.secret !== f.dataset.secret || e.source !== f.contentWindow) return;
  f.height = Math.min(Math.max(parseInt(d.value, 10), 200), 1000);
});</script>`,
  );
  try {
    await page.goto(host.url);
    const frame = await embeddedMap(page);
    await expect(frame.getByRole('complementary')).toBeVisible();
    const { content } = await inside(frame);
    expect(content).toBeLessThanOrEqual(1000);
    await expect.poll(() => iframeHeight(page), { timeout: 15_000 }).toBe(content);
    expect((await inside(frame)).scrolls, 'scrolling inside the embed').toBe(false);
    // The secret is the host's, never a project the map lacks.
    await expect(frame.getByText(/no project called/)).toHaveCount(0);
  } finally {
    await host.close();
  }
});
