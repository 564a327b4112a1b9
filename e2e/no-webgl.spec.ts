/** Without WebGL the page says so, shows a picture of the map, and every project still opens. */
import projectsFile from '../data/projects.json' with { type: 'json' };
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/browser.ts';
import { clauseOf } from './content.ts';
import { expect, test } from './driver.ts';

test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--disable-3d-apis', '--disable-webgl'],
  },
});

test('no WebGL: a plain note, the picture, the list; a deep link still selects', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBe(
    null,
  );
  await mapPage.open('#project=fiber-optic');
  await expect(page.locator('.map-fallback-note')).toContainText('cannot show the interactive map');
  const picture = page.locator('.map-fallback img');
  await expect(picture).toHaveAttribute('alt', /A picture of the map/);
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await expect(mapPage.panel).toHaveAttribute('data-project', 'fiber-optic');

  const project = projectsFile.projects[1];
  await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('button', { name: project?.name ?? '' })
    .click();
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(project?.name ?? '');
  await expect(mapPage.panel.locator('blockquote mark')).toHaveText(clauseOf(project?.id));
});

test('no WebGL: the table view works, sorts and opens a project', async ({ mapPage }) => {
  const { page } = mapPage;
  await mapPage.open();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('region', { name: 'The projects in a table' });
  await expect(table.locator('tbody tr')).toHaveCount(projectsFile.projects.length);
  await table.getByRole('button', { name: /^Status/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Status/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-project', 'power-cable');
  await table.getByRole('button', { name: projectsFile.projects[0]?.name ?? '' }).click();
  await expect(mapPage.panel).toHaveAttribute('data-project', projectsFile.projects[0]?.id ?? '');
  await expect(page.locator('.map-fallback img')).toBeVisible();
});
