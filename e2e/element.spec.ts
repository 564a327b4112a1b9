/**
 * The script embed, `<trans-caspian-map>`, on a host page on another origin: the code the Embed
 * dialog gives, its content readable with JavaScript off, the map it mounts sized to its content
 * with no scrolling inside, and the host API as methods and DOM events.
 */
import { expect, type Page, test } from '@playwright/test';
import { embeddedMap, serveHost } from './hostPage.ts';
import { MAP_LOAD_TIMEOUT, PREVIEW_PORT } from './ports.ts';

const MAP_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

/** The element code the Embed dialog gives for the Middle Corridor, in English. */
async function elementCode(page: Page): Promise<string> {
  await page.goto(`${MAP_ORIGIN}/?lang=en#project=titr`);
  await expect(page.locator('#map')).toHaveAttribute('aria-busy', 'false', {
    timeout: MAP_LOAD_TIMEOUT,
  });
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('region', { name: 'Embed this map' });
  // The story step of what the map shows, for an editor to mark a paragraph with.
  await expect(dialog.getByLabel(/^Story mode/)).toHaveValue(
    /^<p data-trans-caspian-step='\{"project":"titr","view":"[\d.]+\/[\d.]+\/[\d.]+"\}'>…<\/p>$/,
  );
  return dialog.getByLabel(/Or a map element with its text in your page/).inputValue();
}

test('the map element’s content is in the page with JavaScript off', async ({ page, browser }) => {
  const code = await elementCode(page);
  expect(code).toMatch(
    /^<trans-caspian-map src="http:\/\/127\.0\.0\.1:\d+\/" project="titr" lang="en"/,
  );
  expect(code).toContain('<script type="module" src="http://127.0.0.1:');
  const host = await serveHost(`<article><p>Story text.</p>${code}<p>More text.</p></article>`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const reader = await context.newPage();
    await reader.goto(host.url);
    const element = reader.locator('trans-caspian-map');
    await expect(
      element.getByText('Trans-Caspian International Transport Route (Middle Corridor)'),
    ).toBeVisible();
    await expect(element.locator('blockquote')).toContainText(
      'Trans-Caspian International Transport Route (TITR)',
    );
    await expect(
      element.getByRole('link', { name: 'Trend News Agency, 31 January 2024' }),
    ).toHaveAttribute('href', /^https:\/\//);
    const picture = element.getByRole('img', { name: /Middle Corridor/ });
    await expect(picture).toBeVisible();
    await expect
      .poll(() =>
        picture.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]),
      )
      .toEqual([1200, 630]);
    await expect(element.getByRole('link', { name: 'Open the interactive map' })).toHaveAttribute(
      'href',
      `${MAP_ORIGIN}/?lang=en#project=titr`,
    );
    expect(await reader.locator('iframe').count()).toBe(0);
  } finally {
    await context.close();
    await host.close();
  }
});

test('the map element mounts the map at its content’s height and speaks the host API', async ({
  page,
}) => {
  const code = await elementCode(page);
  const host = await serveHost(`<article><p>Story text.</p>${code}<p>More text.</p></article>`);
  try {
    await page.goto(host.url);
    await page.evaluate(() => {
      const seen = window as unknown as { selected: (string | null)[] };
      seen.selected = [];
      document.addEventListener('trans-caspian:selected', (event) => {
        seen.selected.push((event as CustomEvent<{ project: string | null }>).detail.project);
      });
    });
    const frame = await embeddedMap(page);
    const iframe = page.locator('trans-caspian-map iframe');
    const content = () =>
      frame.evaluate(() =>
        Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
      );
    await expect
      .poll(async () => (await iframe.evaluate((f) => f.clientHeight)) - (await content()))
      .toBe(0);
    expect(
      await frame.evaluate(() => document.scrollingElement?.scrollHeight ?? 0),
    ).toBeLessThanOrEqual(await iframe.evaluate((f) => f.clientHeight));
    // The map stands where its content stood; the content stays in the page for search.
    await expect(
      page.locator('trans-caspian-map').getByRole('img', { name: /Middle Corridor/ }),
    ).toBeHidden();
    await expect(page.locator('trans-caspian-map blockquote')).toHaveCount(1);
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      /Middle Corridor/,
    );

    // Methods in, events out.
    await page
      .locator('trans-caspian-map')
      .evaluate((element) =>
        (element as unknown as { select: (project: string) => void }).select('fiber-optic'),
      );
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      /fibre|fiber/i,
    );
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { selected: string[] }).selected.at(-1)),
      )
      .toBe('fiber-optic');
    // An attribute changes the language without reloading the map.
    await page
      .locator('trans-caspian-map')
      .evaluate((element) => element.setAttribute('lang', 'ru'));
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('ru');
  } finally {
    await host.close();
  }
});

test('with the story attribute the map element sticks to the top while its steps scroll below', async ({
  page,
}) => {
  const code = (await elementCode(page))
    .replace('<trans-caspian-map ', '<trans-caspian-map story ')
    .replace(/height="\d+"/, 'height="240"');
  const gap = '<div style="height:90vh"></div>';
  const host = await serveHost(
    `<article><p>Story text.</p>${code}${gap}<p data-trans-caspian-step='{"project":"oil-transit","date":"2023-03"}'>Deliveries begin.</p>${gap}</article>`,
  );
  try {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(host.url);
    const frame = await embeddedMap(page);
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 1.1));
    await expect
      .poll(() => frame.evaluate(() => window.location.hash))
      .toContain('project=oil-transit');
    expect((await page.locator('trans-caspian-map').boundingBox())?.y).toBe(0);
  } finally {
    await host.close();
  }
});
