/**
 * The map embedded by the resize protocols other pages already speak, each on another origin:
 * a Pym.js parent and an @newswire/frames host (their real libraries, from npm), an AMP-shaped
 * host (`amp-iframe resizable`'s `embed-size`), a WordPress-shaped host (the oEmbed html as
 * WordPress filters it, in its `allow-scripts` sandbox, resized by wp-embed's height message with
 * the iframe's secret, clamped to 200–1000 px) and a CMS that pastes the oEmbed html as it is.
 * Each must size the iframe to the map's content, with no scrolling inside.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { embeddedMap, serveHost } from './hostPage.ts';
import { PREVIEW_PORT } from './ports.ts';
import { WP_EMBED_HOST, wordpressFiltered } from './wordpress.ts';

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

/** A host page on another origin, which may load the host libraries. */
const serve = (body: string) => serveHost(body, LIBRARIES);

/** The embedded page's content height, and whether anything inside it scrolls. */
async function inside(frame: Frame) {
  return frame.evaluate(() => ({
    content: Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
    scrolls: (document.scrollingElement?.scrollHeight ?? 0) > window.innerHeight + 1,
  }));
}

/** The height the iframe gives its page, in CSS pixels (inside any border the host leaves). */
const iframeHeight = (page: Page) =>
  page.locator('iframe').evaluate((iframe) => iframe.clientHeight);

async function expectSizedToContent(page: Page, clamp = (height: number) => height) {
  const frame = await embeddedMap(page);
  const { content } = await inside(frame);
  expect(content).toBeGreaterThan(300);
  await expect.poll(() => iframeHeight(page), { timeout: 15_000 }).toBe(clamp(content));
  expect((await inside(frame)).scrolls, 'scrolling inside the embed').toBe(false);
}

test('a Pym.js parent (pym.js from npm) sizes the map with no script of ours', async ({ page }) => {
  const host = await serve(
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
  const host = await serve(
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
  const host = await serve(
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

test('WordPress embeds the oEmbed html in its allow-scripts sandbox: the map loads, sizes and opens', async ({
  page,
  request,
}) => {
  const oembed = await (await request.get(`${MAP_ORIGIN}/share/titr.en.oembed.json`)).json();
  const html = wordpressFiltered(oembed.html, 'Ab12Cd34Ef');
  expect(html).toContain('sandbox="allow-scripts"');
  expect(html).not.toContain('allow-same-origin');
  const host = await serve(`<div style="max-width:600px">${html}</div>${WP_EMBED_HOST}`);
  try {
    await page.goto(host.url);
    await expectSizedToContent(page, (height) => Math.min(Math.max(height, 200), 1000));
    const frame = await embeddedMap(page);
    // An opaque origin: no same-origin access, no storage; the worker and the fonts still load.
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    // The map drew (aria-busy is false once its worker has laid out every source) with its fonts.
    const fonts = await frame.evaluate(() => [...document.fonts].map((font) => font.status));
    expect(fonts).toContain('loaded');
    expect(fonts).not.toContain('error');
    await expect(page.locator('blockquote')).toBeHidden();
    await expect(page.locator('iframe')).not.toHaveAttribute('style', /clip/);
    // The map's hash still selects its project; the secret after it is the host's.
    await expect(frame.getByRole('heading', { name: /Middle Corridor/ })).toBeVisible();
    // The sandbox allows no downloads: neither the export nor the data is offered.
    await expect(frame.locator('.legend')).toBeAttached();
    await expect(frame.locator('.legend :is(.export, .data-downloads)')).toHaveCount(0);
    // A link to the full map cannot open a tab in that sandbox: wp-embed opens it in the page.
    await frame.getByRole('link', { name: 'Open the full map' }).click();
    await expect(page).toHaveURL(new RegExp(`^${MAP_ORIGIN}/\\?lang=en#.*project=titr`));
  } finally {
    await host.close();
  }
});

test('a CMS that pastes the oEmbed html as it is gets our own resizing', async ({
  page,
  request,
}) => {
  const oembed = await (await request.get(`${MAP_ORIGIN}/share/titr.en.oembed.json`)).json();
  const host = await serve(oembed.html);
  try {
    await page.goto(host.url);
    await expectSizedToContent(page);
  } finally {
    await host.close();
  }
});

test('under WordPress’s 1000 px cap an open panel keeps within it, the page inside never scrolls', async ({
  page,
}) => {
  const secret = 'Zz98Yy76Xx';
  await page.setViewportSize({ width: 1280, height: 900 });
  const host = await serve(
    `<iframe src=${JSON.stringify(`${EMBED}#?secret=${secret}`)} data-secret="${secret}" sandbox="allow-scripts" width="100%" height="200" style="border:0;display:block" title="Map"></iframe>
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
