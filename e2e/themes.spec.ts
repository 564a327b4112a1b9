/** Light and dark: following the system, switchable, and `?theme=` for embeds. */
import { PNG } from 'pngjs';
import { darkTheme, lightTheme } from '../src/map/theme.ts';
import { colourOf } from './content.ts';
import { expect, pixelsLike, test } from './driver.ts';

async function mapPixels(page: import('@playwright/test').Page, hex: string) {
  const png = PNG.sync.read(await page.locator('#map canvas').screenshot());
  return pixelsLike(png, { x: 0, y: 0, width: png.width, height: png.height }, hex);
}

test.describe('a system that prefers dark', () => {
  test.use({ colorScheme: 'dark' });

  test('gets the dark map and page, and can switch to light', async ({ mapPage }) => {
    const { page } = mapPage;
    await mapPage.open();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await mapPixels(page, darkTheme.water);
    expect(dark, 'dark water').toBeGreaterThan(1000);
    // Light labels come close to the light theme's water colour; water itself never does.
    expect(await mapPixels(page, lightTheme.water), 'light water').toBeLessThan(dark / 10);

    await page.getByLabel('Theme').selectOption('light');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('light');
    await expect.poll(() => mapPixels(page, lightTheme.water), 'light water').toBeGreaterThan(1000);
    expect(await mapPixels(page, darkTheme.water), 'dark water').toBeLessThan(dark / 10);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const card = await page
      .locator('.legend')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(card).toBe('rgb(255, 255, 255)');
  });
});

test('?theme=dark gives the dark theme on a light system, with the selection kept', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#project=titr', '?theme=dark');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(mapPage.panel).toBeVisible();
  expect(
    await mapPixels(page, colourOf('titr', 'dark')),
    'the TITR line in dark colours',
  ).toBeGreaterThan(50);
});
