/**
 * The map keeps working when things go wrong: a lost graphics context, a failing panel, a link
 * to a project the map lacks; and it leaves nothing behind in the reader's browser.
 */
import projectsFile from '../data/projects.json' with { type: 'json' };
import { colourOf } from './content.ts';
import { expect, test } from './driver.ts';
import { POINTS, viewAt } from './points.ts';

const titr = projectsFile.projects[0];

test('a lost and restored graphics context redraws the map with its selection, and clicks work', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  const point = POINTS['oil-transit'];
  await mapPage.open(`${viewAt(point)}&project=oil-transit`);
  const colour = colourOf('oil-transit');
  expect(await mapPage.pixelsNear(point.lng, point.lat, colour)).toBeGreaterThan(10);

  await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas');
    const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('no WEBGL_lose_context');
    lose.loseContext();
    await new Promise((resolve) => setTimeout(resolve, 300));
    lose.restoreContext();
  });
  await expect.poll(() => mapPage.pixelsNear(point.lng, point.lat, colour)).toBeGreaterThan(10);

  // Clicks work again: the panel closed, a click on the line opens it.
  await page.keyboard.press('Escape');
  await expect(mapPage.panel).toHaveCount(0);
  await mapPage.clickAt(point.lng, point.lat);
  await expect(mapPage.panel).toHaveAttribute('data-project', 'oil-transit');
});

test('a failing panel shows a short message; the map and the legend go on working', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  // Break the panel: its heading cannot take focus.
  await page.addInitScript(() => {
    const focus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      if (this.tagName === 'H2' && this.closest('.panel')) throw new Error('broken on purpose');
      focus.call(this, options);
    };
  });
  await mapPage.open();
  await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('button', { name: titr?.name ?? '' })
    .click();
  await expect(page.getByRole('alert')).toHaveText(
    'This part of the map could not be shown. The rest still works.',
  );
  await expect(mapPage.map.locator('canvas')).toBeVisible();
  await mapPage.toggle(titr?.name ?? '').uncheck();
  await expect(mapPage.toggle(titr?.name ?? '')).not.toBeChecked();
  // The error reached the console with the part's name; nothing else did.
  const reported = mapPage.problems.filter((problem) => problem.includes('The panel failed'));
  expect(reported.length).toBeGreaterThan(0);
  mapPage.problems.splice(
    0,
    mapPage.problems.length,
    ...mapPage.problems.filter((problem) => !/broken on purpose|The panel failed/.test(problem)),
  );
});

test('a link to a project the map lacks opens the map with a polite notice, never markup', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#project=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  const notice = page.getByRole('status').filter({ hasText: 'There is no project called' });
  await expect(notice).toHaveText(/“<img src=x onerror=alert\(1\)>”/);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(mapPage.panel).toHaveCount(0);
});

test('the map leaves no cookie and nothing in storage', async ({ mapPage }) => {
  const { page } = mapPage;
  await mapPage.open('#project=titr', '?lang=ru&theme=dark');
  await page.getByLabel('Язык').selectOption('kk');
  await page.keyboard.press('Escape');
  const left = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  expect(left).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  expect(await page.context().cookies()).toEqual([]);
});
