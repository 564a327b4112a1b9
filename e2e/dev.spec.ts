/**
 * `npm start`, the README's first command, serves the app through Vite's dev server, which loads
 * modules and style sheets one by one in import order: the map must look as in the build.
 */
import { lightTheme } from '../src/map/theme.ts';
import { expect, test } from './driver.ts';
import { DEV_PORT } from './ports.ts';

test.use({ baseURL: `http://127.0.0.1:${DEV_PORT}/`, viewport: { width: 390, height: 844 } });

test('the dev server shows the map filling the page, as the build does', async ({ mapPage }) => {
  test.slow(); // the dev server transforms every module on first request
  await mapPage.open('#project=fiber-optic');
  const map = await mapPage.map.boundingBox();
  expect(map, 'the map fills the page').toEqual({ x: 0, y: 0, width: 390, height: 844 });
  // Between the legend and the sheet, the map: the Caspian's water around the fibre line.
  const water = await mapPage.pixelsBetweenLegendAndSheet(lightTheme.water);
  expect(water.count, 'water under the legend').toBeGreaterThan(water.of / 4);
});

test('the dev server draws the share pages, their pictures and oEmbed for its own address', async ({
  request,
}) => {
  test.slow(); // the first request loads the renderer and its fonts
  const origin = `http://127.0.0.1:${DEV_PORT}`;
  const page = await request.get(`${origin}/share/titr.ru.html`);
  expect(page.headers()['content-type']).toContain('text/html');
  const html = await page.text();
  expect(html).toContain(`<meta property="og:image" content="${origin}/share/titr.ru.png">`);
  const picture = await request.get(`${origin}/share/titr.ru.png`);
  const png = await picture.body();
  // The PNG's header: its signature, then width and height in IHDR.
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  const oembed = await (await request.get(`${origin}/share/titr.ru.oembed.json`)).json();
  expect(oembed).toMatchObject({ type: 'rich', thumbnail_url: `${origin}/share/titr.ru.png` });
});
