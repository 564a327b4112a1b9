/** A 360 px phone with touch: the legend folds, the panel is a bottom sheet, gestures work. */
import type { CDPSession } from '@playwright/test';
import { lightTheme } from '../src/map/theme.ts';
import { expect, test } from './driver.ts';
import { POINTS, viewAt } from './points.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** Two fingers moving apart from the map's centre, as CDP touch events. */
async function pinchOut(cdp: CDPSession, x: number, y: number) {
  const fingers = (spread: number) => [
    { x: x - spread, y, id: 0 },
    { x: x + spread, y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let spread = 30; spread <= 120; spread += 10) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('at 360 px the legend is folded and nothing overflows sideways', async ({ mapPage }) => {
  const { page } = mapPage;
  await mapPage.open('#project=oil-transit');
  await expect(page.locator('.legend details')).not.toHaveAttribute('open');
  await expect(mapPage.panel).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('every control is a touch target of at least 24 × 24 px', async ({ mapPage }) => {
  const { page } = mapPage;
  await mapPage.open('#project=titr');
  await page.locator('.legend summary').tap();
  // The tools' own controls count too.
  await page.getByRole('button', { name: 'Export picture' }).tap();
  await page.getByRole('button', { name: 'Embed' }).tap();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, summary, textarea')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.width}×${box.height}`),
  );
  expect(small).toEqual([]);
});

test('a tap on a route opens the bottom sheet without covering the route', async ({ mapPage }) => {
  const { page } = mapPage;
  const point = POINTS['oil-transit'];
  await mapPage.open(viewAt(point));
  const at = await mapPage.pagePoint(point.lng, point.lat);
  await page.touchscreen.tap(at.x, at.y);
  await expect(mapPage.panel).toHaveAttribute('data-project', 'oil-transit');
  const sheet = await mapPage.panel.boundingBox();
  const sheetTop = sheet?.y ?? 0;
  expect(sheet?.width).toBeGreaterThanOrEqual(359);
  await expect
    .poll(async () => (await mapPage.pagePoint(point.lng, point.lat)).y)
    .toBeLessThan(sheetTop);
});

test('two fingers pinch the map to zoom', async ({ mapPage }) => {
  const { page } = mapPage;
  await mapPage.open('#map=4/41/50');
  const box = await mapPage.map.boundingBox();
  if (!box) throw new Error('no map');
  const cdp = await page.context().newCDPSession(page);
  await pinchOut(cdp, box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(() => Number(mapPage.hash().get('map')?.split('/')[0] ?? 0), 'zoom after the pinch')
    .toBeGreaterThan(4.5);
});

test.describe('a 390 × 844 phone with a project open', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the folded legend takes no room over the map, which shows through below it', async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open('#project=fiber-optic');
    await expect(page.locator('.legend details')).not.toHaveAttribute('open');
    // Nothing of the folded legend keeps a box: not its list, not its tools.
    await expect(page.locator('.legend details > :not(summary)').first()).toBeHidden();
    expect(await page.locator('.legend-projects').boundingBox()).toBeNull();
    // Between the legend and the sheet, the map: the Caspian's water around the fibre line.
    const water = await mapPage.pixelsBetweenLegendAndSheet(lightTheme.water);
    expect(water.count, 'water under the legend').toBeGreaterThan(water.of / 4);
  });
});
