/**
 * The table view: a row per project the legend shows, on the date chosen, sortable from the
 * keyboard, each row opening its project on the map; cards where a table has no room (a phone, a
 * narrow window); axe-clean in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { TABLE_MIN_WIDTH } from '../src/map/clearings.ts';
import { expect, test } from './driver.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const names = Object.fromEntries(
  projectsFile.projects.map((project) => [project.id, project.name]),
);

function table(page: Page): Locator {
  return page.getByRole('region', { name: 'The projects in a table' });
}

/** The project ids of the table's rows, top to bottom. */
async function rowOrder(page: Page): Promise<string[]> {
  return table(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.project ?? ''));
}

test('the legend switches to the table: a row per shown project, in the URL', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open();
  const views = page.getByRole('group', { name: 'Show the projects as' });
  await views.getByRole('button', { name: 'Table' }).click();
  await expect(views.getByRole('button', { name: 'Table' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(table(page).locator('tbody tr')).toHaveCount(projectsFile.projects.length);
  expect(mapPage.hash().get('view')).toBe('table');
  // The map under the table is out of reach of the keyboard and of screen readers.
  await expect(mapPage.map).toHaveAttribute('inert', '');

  // A project hidden in the legend leaves the table, which says so.
  await mapPage.toggle(names['power-cable'] ?? '').uncheck();
  await expect(table(page).locator('tbody tr')).toHaveCount(projectsFile.projects.length - 1);
  await expect(table(page).locator('.table-caption')).toContainText(
    `Hidden in the legend: ${names['power-cable']}.`,
  );
  const oil = table(page).locator('tr[data-project="oil-transit"]');
  await expect(oil.locator('td').nth(1)).toHaveText('Kazakhstan, Azerbaijan, Georgia and Türkiye');
  // A length over several lines says it adds them up.
  await expect(oil.locator('td').nth(2)).toHaveText('about 2,140 km, 2 lines added up');

  // Back to the map from the table: focus goes to the legend's Map button.
  await table(page).getByRole('button', { name: 'Show the map' }).click();
  await expect(table(page)).toHaveCount(0);
  await expect(views.getByRole('button', { name: 'Map' })).toBeFocused();
  expect(mapPage.hash().get('view')).toBeNull();
  await expect(mapPage.map).not.toHaveAttribute('inert');
});

test('the keyboard sorts the table by any column, both ways, and a row opens its project', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#view=table');
  const heading = (name: string) => table(page).getByRole('columnheader', { name });
  const first = table(page).getByRole('button', { name: 'Project', exact: true });
  await first.focus();
  // Tab along the headings to "Length as drawn", then Enter: shortest first, unmeasured last.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(
    table(page).getByRole('button', { name: /Length as drawn/ }),
    'focus on the length heading',
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading('Length as drawn')).toHaveAttribute('aria-sort', 'ascending');
  await expect(table(page).getByRole('status')).toHaveText('Sorted by Length as drawn, Ascending.');
  expect((await rowOrder(page)).slice(0, 3)).toEqual(['fiber-optic', 'oil-transit', 'titr']);

  await page.keyboard.press('Enter');
  await expect(heading('Length as drawn')).toHaveAttribute('aria-sort', 'descending');
  expect((await rowOrder(page)).slice(0, 3)).toEqual(['titr', 'oil-transit', 'fiber-optic']);

  // Space sorts too; only the sorted column says how.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(heading('Countries')).toHaveAttribute('aria-sort', 'ascending');
  await expect(heading('Length as drawn')).not.toHaveAttribute('aria-sort');

  // Enter on a project's name opens it on the map, with its panel, and leaves the table.
  await table(page).getByRole('button', { name: names['fiber-optic'] }).focus();
  await page.keyboard.press('Enter');
  await expect(mapPage.panel).toHaveAttribute('data-project', 'fiber-optic');
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(table(page)).toHaveCount(0);
  expect(mapPage.hash().get('project')).toBe('fiber-optic');
  expect(mapPage.hash().get('view')).toBeNull();
});

test('the table shows the status and latest milestone of the day the date control chooses', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#view=table');
  const fibre = table(page).locator('tr[data-project="fiber-optic"]');
  await expect(fibre.locator('td').nth(3)).toHaveText('Under construction');
  await page.getByRole('button', { name: /^Article \(/ }).click();
  await expect(table(page).locator('.table-caption')).toContainText('31 January 2024');
  await expect(fibre.locator('td').nth(3)).toHaveText('Agreed');
  await expect(fibre.locator('td').nth(4)).toContainText('2023');
  expect(mapPage.hash().get('date')).toBe('2024-01-31');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the table in the ${theme} theme, in Russian`, async ({ mapPage }) => {
    await mapPage.open('#view=table', `?theme=${theme}&lang=ru`);
    await expect(mapPage.page.locator('.table-view tbody tr').first()).toBeVisible();
    const results = await new AxeBuilder({ page: mapPage.page })
      .include('.table-view')
      .withTags(TAGS)
      .analyze();
    expect(
      results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
      ),
    ).toEqual([]);
  });
}

/** The width inside the table's card (its padding left out), in CSS pixels. */
function roomInside(card: Locator): Promise<number> {
  return card.evaluate((element) => {
    const style = getComputedStyle(element);
    const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
    return element.clientWidth - padding;
  });
}

// One test per language: each loads a map.
for (const language of ['en', 'ru', 'az', 'kk'] as const) {
  test(`in ${language}, the table fits its card at its narrowest, and cards take over below`, async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open('#view=table', `?lang=${language}`);
    const card = page.locator('.table-view');
    await expect(card.locator('tbody tr').first()).toBeVisible();
    // Narrow the window until the card has just TABLE_MIN_WIDTH inside: still a table.
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    const narrowest = viewport.width - ((await roomInside(card)) - TABLE_MIN_WIDTH);
    await page.setViewportSize({ width: narrowest, height: viewport.height });
    await expect.poll(() => roomInside(card)).toBe(TABLE_MIN_WIDTH);
    await expect(card.locator('table')).toBeVisible();
    // Nothing is cut off or scrolls sideways, even the longest publisher's name.
    expect(await card.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    await page.setViewportSize({ width: narrowest - 1, height: viewport.height });
    await expect(card.locator('.table-cards')).toBeVisible();
    await expect(card.locator('table')).toHaveCount(0);
    expect(await card.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the table is a list of cards, sorted by a menu, each opening its project', async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open('#view=table');
    // The table covers the screen: the legend under it is out of reach, the date control comes along.
    await expect(page.locator('.legend')).toHaveAttribute('inert', '');
    await expect(
      table(page).getByRole('slider', { name: 'Date of the status shown' }),
    ).toBeVisible();
    const cards = table(page).locator('.table-cards > li');
    await expect(cards).toHaveCount(projectsFile.projects.length);
    await expect(table(page).locator('table')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'nothing overflows sideways').toBe(0);

    await table(page).getByLabel('Sort by').selectOption({ label: 'Status' });
    await table(page).getByLabel('Order').selectOption({ label: 'Descending' });
    const order = await cards.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.project),
    );
    expect(order.at(-1)).toBe('power-cable');
    expect(order.at(-2)).toBe('fiber-optic');

    await table(page).getByRole('button', { name: names['oil-transit'] }).tap();
    await expect(mapPage.panel).toHaveAttribute('data-project', 'oil-transit');
    await expect(table(page)).toHaveCount(0);
  });

  test('legend order has no direction, and the sort menu can go back to it', async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open('#view=table');
    const sortBy = table(page).getByLabel('Sort by');
    const order = table(page).getByLabel('Order');
    const cards = table(page).locator('.table-cards > li');
    const cardOrder = () =>
      cards.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.project));
    await expect(cards).toHaveCount(projectsFile.projects.length);
    const legendOrder = await cardOrder();
    // In legend order the direction cannot change, so it cannot switch to sorting by name.
    await expect(sortBy).toHaveValue('');
    await expect(order).toBeDisabled();

    await sortBy.selectOption({ label: 'Project' });
    await expect(order).toBeEnabled();
    await order.selectOption({ label: 'Descending' });
    await expect(sortBy).toHaveValue('name');
    await expect.poll(cardOrder).not.toEqual(legendOrder);

    // Legend order is still offered after another column, and brings the legend's order back.
    await sortBy.selectOption({ label: 'Legend order' });
    await expect(sortBy).toHaveValue('');
    await expect(order).toBeDisabled();
    await expect.poll(cardOrder).toEqual(legendOrder);
  });
});

test('embedded, the table flows below the map, and a project opened gives way to its panel', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#view=table', '?embed=1');
  const map = await mapPage.map.boundingBox();
  const tableBox = await table(page).boundingBox();
  if (!map || !tableBox) throw new Error('no map or table on the page');
  expect(tableBox.y, 'the table starts below the map').toBeGreaterThanOrEqual(map.y + map.height);
  await expect(mapPage.map).not.toHaveAttribute('inert');
  // The page grows to hold the table (the host script makes the iframe as tall).
  const inside = await page.evaluate(
    () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
  );
  expect(inside).toBeGreaterThan(0);

  await page.locator('.legend summary').click();
  await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('button', { name: names.titr })
    .click();
  await expect(table(page)).toHaveCount(0);
  await expect(mapPage.panel).toHaveAttribute('data-project', 'titr');
});
