/**
 * The trade the article names: the grain and the fruit-and-vegetable flows answer a click and a
 * deep link with the article's clause, and the legend shows, hides and lists them.
 */
import projectsFile from '../data/projects.json' with { type: 'json' };
import { flowOffset } from '../src/map/flows.ts';
import { clauseOf } from './content.ts';
import { expect, type MapPage, test } from './driver.ts';
import { viewAt } from './points.ts';

/**
 * A point on the Kazakh rail Beyneu – Aktau port, which both flows follow to or from Aktau:
 * halfway along its drawn segment 52.651 E 44.231 N – 52.311 E 44.235 N, which runs east–west,
 * so that a flow drawn beside it lies straight above or below the point.
 */
const ON_RAIL = { lng: 52.481, lat: 44.233 };

const FLOWS = [
  {
    id: 'grain-exports',
    // Westward to Aktau: the flow is drawn to the right of its way, north of the rail.
    side: -1,
    figures: [
      'about 600,000 tonnes of grain carried between Kazakhstan and Azerbaijan in January–October 2025',
      'about 80 % in 2025',
      '$600.3 million in January–October 2025; $529.4 million in 2023',
    ],
    // The volume's source.
    source: 'Source: Trend News Agency, 26 November 2025',
  },
  {
    id: 'fruit-vegetable-supplies',
    // Eastward from Aktau: south of the rail.
    side: 1,
    figures: [
      'about 14,500 tonnes a year',
      '$600.3 million in January–October 2025; $529.4 million in 2023',
    ],
    source: 'Source: Kazinform, 11 January 2023',
  },
] as const;

const meta = (id: string) => projectsFile.projects.find((project) => project.id === id);

/** Clicks the middle of a flow, beside the rail it follows. */
async function clickFlow(mapPage: MapPage, id: string, side: number) {
  const { x, y } = await mapPage.pagePoint(ON_RAIL.lng, ON_RAIL.lat);
  const tonnes = meta(id)?.flow?.tonnesPerYear ?? 0;
  await mapPage.page.mouse.click(x, y + side * flowOffset(tonnes));
}

for (const { id, side, figures, source } of FLOWS) {
  const name = meta(id)?.name ?? '';

  test(`#project=${id} opens its panel with the article's clause and the sourced figures`, async ({
    mapPage,
  }) => {
    await mapPage.open(`#project=${id}`);
    const { panel } = mapPage;
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(panel.locator('blockquote mark')).toHaveText(clauseOf(id));
    await expect(panel.locator('blockquote')).toContainText(
      'The parties expressed mutual interest',
    );
    for (const figure of figures) await expect(panel.locator('.facts')).toContainText(figure);
    await expect(panel.locator('.facts')).toContainText(source);
    await expect(panel.locator('.certainty-note')).toContainText('about 14 times as wide');
  });

  test(`a click on the ${id} flow opens its panel`, async ({ mapPage }) => {
    await mapPage.open(viewAt(ON_RAIL, 6));
    await clickFlow(mapPage, id, side);
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(mapPage.panel.locator('blockquote mark')).toHaveText(clauseOf(id));
    expect(mapPage.hash().get('project')).toBe(id);
  });
}

test('the legend lists, hides and shows the flows; the embed options list them', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open(viewAt(ON_RAIL, 6));
  const grain = meta('grain-exports')?.name ?? '';
  const toggle = mapPage.toggle(grain);
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await clickFlow(mapPage, 'grain-exports', -1);
  await expect(mapPage.panel).toHaveCount(0);
  await toggle.check();
  await clickFlow(mapPage, 'grain-exports', -1);
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(grain);

  await page.getByRole('button', { name: 'Embed' }).click();
  const options = page.getByRole('combobox', { name: 'Project shown first' }).locator('option');
  await expect(options).toContainText([grain, meta('fruit-vegetable-supplies')?.name ?? '']);
});
