/**
 * The map embedded in a page on another origin: the map is served as http://127.0.0.1:4173 (the
 * test's base URL), the demo news page as http://localhost:4173, and hand-made host pages by a
 * small server of the test's own on http://localhost:<port>.
 */
import { expect, type Frame, type Page, test } from '@playwright/test';
import kazakh from '../data/i18n/kk.json' with { type: 'json' };
import projectsFile from '../data/projects.json' with { type: 'json' };
import { type EmbedOptions, embedSnippet } from '../src/embed/snippet.ts';
import { MAP_HEIGHT } from '../src/state/embedParams.ts';
import { pointOnMap } from './driver.ts';
import { embeddedMap, serveHost } from './hostPage.ts';
import { POINTS } from './points.ts';
import { MAP_LOAD_TIMEOUT, PREVIEW_PORT } from './ports.ts';

const MAP_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const HOST_ORIGIN = `http://localhost:${PREVIEW_PORT}`;
const names = Object.fromEntries(
  projectsFile.projects.map((project) => [project.id, project.name]),
);

/** Fails the test on page errors and on requests to anything but the two test origins. */
function watch(page: Page, hostOrigin = HOST_ORIGIN): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const { origin, protocol } = new URL(request.url());
    if (['data:', 'blob:'].includes(protocol)) return;
    if (origin !== MAP_ORIGIN && origin !== hostOrigin) {
      problems.push(`request to ${request.url()}`);
    }
  });
  return problems;
}

/** Counts messages the embed receives (after its own handler has run on each). */
async function countMessages(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const counter = window as unknown as { received: number };
    counter.received = 0;
    window.addEventListener('message', () => {
      counter.received += 1;
    });
  });
}

const received = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { received: number }).received);

/** What the Embed dialog gives for the TITR panel in Kazakh: the snippet the tests below paste. */
const KAZAKH_TITR: EmbedOptions = {
  project: 'titr',
  date: null,
  lang: 'kk',
  theme: 'auto',
  mapOnly: false,
  height: MAP_HEIGHT.default,
};
const KAZAKH_SNIPPET = embedSnippet(
  `${MAP_ORIGIN}/`,
  KAZAKH_TITR,
  kazakh.ui['map.label'].replace('{title}', kazakh.mapTitle),
);

/** A host page on another origin with the Kazakh TITR snippet between two paragraphs. */
const serveKazakhHost = () =>
  serveHost(() => `<p>Article text above the map.</p>${KAZAKH_SNIPPET}<p>Text below.</p>`);

/** The embedded map's frame, once the iframe is as tall as its content. */
async function selfSizedMap(page: Page, width: number): Promise<Frame> {
  const frame = await embeddedMap(page);
  await expect
    .poll(async () => {
      const box = await page.locator('iframe').boundingBox();
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs((box?.height ?? 0) - content);
    }, `iframe as tall as its content at ${width} px`)
    .toBeLessThan(2);
  return frame;
}

test('the Embed dialog gives the snippet of the options chosen, and copies it', async ({
  page,
  context,
}) => {
  const problems = watch(page, MAP_ORIGIN);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: MAP_ORIGIN });
  await page.goto('./#map=5/41.5/50&project=titr');
  await expect(page.locator('#map')).toHaveAttribute('aria-busy', 'false', {
    timeout: MAP_LOAD_TIMEOUT,
  });
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('region', { name: 'Embed this map' });
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(
    `${MAP_ORIGIN}/#map=5/41.5/50&project=titr`,
  );
  const code = dialog.getByLabel('Embed code (resizes itself)');
  await dialog.getByLabel('Map only (no legend, no panel)').check();
  await expect(code).toHaveValue(/mapOnly=1/);
  await dialog.getByLabel('Map only (no legend, no panel)').uncheck();
  await dialog.getByLabel('Language').selectOption('kk');
  // The snippet the tests below paste into host pages, with the iframe's title in Kazakh.
  await expect(code).toHaveValue(KAZAKH_SNIPPET);
  for (const part of ['title="Карта: ', 'width="100%"', 'loading="lazy"', 'allow-downloads']) {
    expect(KAZAKH_SNIPPET).toContain(part);
  }
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /Copied|Selected/ })).toHaveCount(1);
  expect(problems).toEqual([]);
});

// One width per test: each loads one embedded map.
for (const width of [320, 360, 1280, 1600]) {
  test(`the snippet renders a self-sizing map on another origin at ${width} px`, async ({
    page,
  }) => {
    const host = await serveKazakhHost();
    const problems = watch(page, new URL(host.url).origin);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(host.url);
    const frame = await selfSizedMap(page, width);
    // The snippet asked for Kazakh: the embedded page speaks it.
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      kazakh.projects.titr.name,
    );
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('kk');
    const inner = await frame.evaluate(() => ({
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
      wide: document.documentElement.scrollWidth > window.innerWidth,
    }));
    expect(inner, `no inner scrolling at ${width} px`).toEqual({ scrolls: false, wide: false });
    await host.close();
    expect(problems).toEqual([]);
  });
}

test('closing the panel shrinks the embed back to map and footer', async ({ page }) => {
  const host = await serveKazakhHost();
  const problems = watch(page, new URL(host.url).origin);
  await page.goto(host.url);
  const frame = await selfSizedMap(page, 1280);
  const iframe = page.locator('iframe');
  const open = (await iframe.boundingBox())?.height ?? 0;
  await frame.getByRole('button', { name: kazakh.ui['panel.close'] }).click();
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeLessThan(open);
  const closed = await frame.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(((await iframe.boundingBox())?.height ?? 0) - closed)).toBeLessThan(2);
  await host.close();
  expect(problems).toEqual([]);
});

test('on the demo news page, the article and the map select each other', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${HOST_ORIGIN}/demo/news.html?map=${MAP_ORIGIN}/`);
  const frame = await embeddedMap(page);
  const panelHeading = frame.getByRole('complementary').getByRole('heading', { level: 2 });
  const phrase = (id: string) => page.locator(`.phrase[data-project="${id}"]`);

  // The map to the article: a route clicked on the map marks its phrase.
  const point = POINTS['oil-transit'];
  await frame.locator('#map').scrollIntoViewIfNeeded();
  const at = await pointOnMap(frame.locator('#map'), frame.url(), point.lng, point.lat);
  // Clicked through the frame's own locator: a raw mouse click right after scrolling can reach a
  // cross-origin iframe before Chromium has placed it.
  const box = await frame.locator('#map').boundingBox();
  await frame
    .locator('#map canvas')
    .click({ position: { x: at.x - (box?.x ?? 0), y: at.y - (box?.y ?? 0) } });
  await expect(panelHeading).toHaveText(names['oil-transit'] ?? '');
  await expect(phrase('oil-transit')).toHaveAttribute('aria-pressed', 'true');

  // The article to the map: a phrase activated in the text selects its route. It is pressed with
  // the keyboard (the phrases are buttons): a pointer click can land while the iframe below is
  // still resizing and the page reflows.
  await phrase('titr').press('Enter');
  await expect(panelHeading).toHaveText(names.titr ?? '');
  await expect(phrase('titr')).toHaveAttribute('aria-pressed', 'true');
  await expect(phrase('oil-transit')).toHaveAttribute('aria-pressed', 'false');
  expect(problems).toEqual([]);
});

test('forged and malformed messages change nothing', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${HOST_ORIGIN}/demo/news.html?map=${MAP_ORIGIN}/`);
  const frame = await embeddedMap(page);
  await countMessages(frame);
  const hashBefore = new URL(frame.url()).hash;

  const bad: unknown[] = [
    { type: 'trans-caspian:select', project: 'nope' },
    { type: 'trans-caspian:select', project: 'titr', extra: true },
    { type: 'trans-caspian:select' },
    'trans-caspian:select',
    null,
    42,
    { type: 'trans-caspian:view', view: '99/999/999' },
    { type: 'trans-caspian:view', view: { zoom: 5 } },
    { type: 'trans-caspian:language', lang: '<script>' },
    { type: 'trans-caspian:height', height: 10 },
  ];
  await page.evaluate((messages) => {
    const target = document.querySelector('iframe')?.contentWindow;
    for (const message of messages) target?.postMessage(message, '*');
  }, bad);
  await expect.poll(() => received(frame)).toBe(bad.length);
  await expect(frame.getByRole('complementary')).toHaveCount(0);
  expect(new URL(frame.url()).hash).toBe(hashBefore);

  // A height message posted by the host page itself, not by the iframe, is not obeyed.
  const iframe = page.locator('iframe');
  const heightBefore = (await iframe.boundingBox())?.height;
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.postMessage({ type: 'trans-caspian:height', height: 5 }, '*');
        window.addEventListener('message', (event) => event.data === 'done' && resolve());
        window.postMessage('done', '*');
      }),
  );
  expect((await iframe.boundingBox())?.height).toBe(heightBefore);
  expect(problems).toEqual([]);
});

/** Asks the embedded map, from the host page, to select the TITR line. */
const selectTitr = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('iframe')
      ?.contentWindow?.postMessage({ type: 'trans-caspian:select', project: 'titr' }, '*'),
  );

test('with an origin allowlist, a listed origin drives the map', async ({ page }) => {
  const listed = await serveHost(
    (origin) =>
      `<iframe src="${MAP_ORIGIN}/?embed=1&origins=${origin}" width="100%" height="520"></iframe>`,
  );
  await page.goto(listed.url);
  const allowed = await embeddedMap(page);
  await selectTitr(page);
  await expect(allowed.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    names.titr ?? '',
  );
  await listed.close();
});

test('with an origin allowlist, an unlisted origin does not drive the map', async ({ page }) => {
  const unlisted = await serveHost(
    () =>
      `<iframe src="${MAP_ORIGIN}/?embed=1&origins=https://news.example.org" width="100%" height="520"></iframe>`,
  );
  await page.goto(unlisted.url);
  const frame = await embeddedMap(page);
  await countMessages(frame);
  await selectTitr(page);
  await expect.poll(() => received(frame)).toBe(1);
  await expect(frame.getByRole('complementary')).toHaveCount(0);
  await unlisted.close();
});

test('a sibling frame on the host page cannot drive the map', async ({ page }) => {
  const host = await serveHost(
    () =>
      `<iframe src="${MAP_ORIGIN}/?embed=1" width="100%" height="520"></iframe><iframe id="ad" srcdoc="<p>ad</p>"></iframe>`,
  );
  const problems = watch(page, new URL(host.url).origin);
  await page.goto(host.url);
  const frame = await embeddedMap(page);
  await countMessages(frame);
  // Another frame of the same page (an ad, say) posts a well-formed command to the map.
  await page.evaluate(() => {
    const ad = document.querySelector<HTMLIFrameElement>('#ad')?.contentWindow as
      | (Window & { eval: (code: string) => void })
      | null
      | undefined;
    ad?.eval(
      `parent.frames[0].postMessage({ type: 'trans-caspian:select', project: 'titr' }, '*')`,
    );
  });
  await expect.poll(() => received(frame)).toBe(1);
  await expect(frame.getByRole('complementary')).toHaveCount(0);
  await host.close();
  expect(problems).toEqual([]);
});
