/**
 * Share pages: what a link preview, a crawler and a reader without JavaScript find at a shared
 * link, the picture and the oEmbed response beside it, and the link the app offers.
 */
import { PNG } from 'pngjs';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { LANGUAGES } from '../src/content/languages.ts';
import { expect, test } from './driver.ts';

const ids = ['map', ...projectsFile.projects.map((project) => project.id)];
const name = (id: string) => projectsFile.projects.find((project) => project.id === id)?.name ?? '';

/** The content of a `<meta>` with this property or name. */
const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(
    html,
  )?.[1];

test('every share page has complete preview tags, a 1200 × 630 picture and a valid oEmbed response', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const language of LANGUAGES) {
    for (const id of ids) {
      const page = await request.get(`share/${id}.${language}.html`);
      expect(page.status(), `${id}.${language}`).toBe(200);
      const html = await page.text();
      for (const key of [
        'og:title',
        'og:description',
        'og:image',
        'og:image:alt',
        'og:url',
        'twitter:card',
      ]) {
        expect(metaOf(html, key), `${key} of ${id}.${language}`).toBeTruthy();
      }
      expect(metaOf(html, 'og:image')?.startsWith(origin), 'absolute image URL').toBe(true);
      expect(html).toMatch(/<link rel="canonical" href="http[^"]+">/);
      expect(html).toContain(`href="${origin}/share/${id}.${language}.oembed.json"`);
    }
  }
  const html = await (await request.get('share/titr.en.html')).text();
  expect(metaOf(html, 'og:title')).toBe(name('titr'));
  expect(metaOf(html, 'og:description')).toContain(
    'Trans-Caspian International Transport Route (TITR)',
  );

  const image = PNG.sync.read(await (await request.get(metaOf(html, 'og:image') ?? '')).body());
  expect([image.width, image.height]).toEqual([1200, 630]);

  const oembed = await (await request.get('share/titr.en.oembed.json')).json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    title: name('titr'),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  });
  expect(typeof oembed.provider_name).toBe('string');
  expect(oembed.html).toMatch(/^<blockquote[^>]*><a href="[^"]+share\/titr\.en\.html">/);
  expect(oembed.html).toContain('<iframe ');
  expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);

  // The app's own page previews as the whole map and says where its oEmbed is.
  const index = await (await request.get('./')).text();
  expect(metaOf(index, 'og:image')).toBe(`${origin}/share/map.en.png`);
  expect(index).toContain(`href="${origin}/share/map.en.oembed.json"`);
});

test('without JavaScript a share page reads: title, the article’s words with their source, the picture, a link', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('share/titr.en.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name('titr'));
  await expect(page.locator('blockquote')).toContainText(
    'Trans-Caspian International Transport Route',
  );
  await expect(page.locator('blockquote').getByRole('link')).toHaveText(
    'Trend News Agency, 31 January 2024',
  );
  const picture = page.getByRole('img');
  await expect(picture).toHaveJSProperty('naturalWidth', 1200);
  await expect(page.getByRole('link', { name: 'Open the interactive map' })).toHaveAttribute(
    'href',
    /\?lang=en#project=titr$/,
  );
  expect(page.url()).toContain('share/titr.en.html');
  await context.close();
});

test('with JavaScript a share page opens the live map at its project, in its language', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await page.goto('share/oil-transit.ru.html');
  await page.waitForURL(/\?lang=ru#project=oil-transit$/);
  await mapPage.waitForMap();
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toContainText('нефт');
});

test('the panel and the embed options offer the share page’s link', async ({ mapPage }) => {
  await mapPage.open('#project=titr');
  await expect(mapPage.panel.getByRole('button', { name: 'Copy share link' })).toBeVisible();
  await mapPage.page.getByRole('button', { name: 'Embed' }).click();
  const field = mapPage.page.getByLabel('Share link (with a preview picture)');
  await expect(field).toHaveValue(/\/share\/titr\.en\.html$/);
});
