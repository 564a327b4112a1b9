/**
 * What happened since the article: each panel's timeline with its sources, the date control
 * that restyles the map to each project's status on a day, and the date kept in the URL.
 */
import projectsFile from '../data/projects.json' with { type: 'json' };
import { checkedOf, colourOf } from './content.ts';
import { expect, type MapPage, test } from './driver.ts';
import { POINTS, viewAt } from './points.ts';

const FIBRE = POINTS['fiber-optic'];
const fibreColour = colourOf('fiber-optic');

/** The legend's status chip of a project. */
const statusOf = (mapPage: MapPage, id: string) =>
  mapPage.page.locator(`.legend-projects [data-project="${id}"] .status-badge`);

/** The fibre line's pixels in its own colour at full strength, around a point on it. */
const strongFibrePixels = (mapPage: MapPage) =>
  mapPage.pixelsNear(FIBRE.lng, FIBRE.lat, fibreColour);

test('the panel lists each milestone oldest first, with its date, status and source', async ({
  mapPage,
}) => {
  await mapPage.open('#project=power-cable');
  const panel = mapPage.panel;
  await expect(panel.getByRole('heading', { level: 3, name: 'Timeline' })).toBeVisible();
  // As of the latest milestone of all: the Middle Corridor's first-quarter total, 31 March 2026.
  await expect(panel.locator('.status-line')).toHaveText('Status on 31 March 2026: Proposed');

  const items = panel.locator('.timeline li');
  const milestones = projectsFile.projects.find((p) => p.id === 'power-cable')?.milestones ?? [];
  await expect(items).toHaveCount(milestones.length);
  await expect(items.locator('time')).toHaveText([
    '14 November 2023',
    '5 March 2024',
    '1 May 2024',
    '13 November 2024',
    '27 December 2024',
    '4 April 2025',
    '22 September 2025',
    '22 October 2025',
    '15 January 2026',
    '4 March 2026',
    '11 March 2026',
    '2027',
  ]);
  await expect(items.nth(3)).toContainText(
    'The presidents sign a green-energy strategic partnership agreement at COP29 in Baku',
  );
  await expect(items.nth(0).locator('.becomes')).toHaveText('status: Proposed');
  // The COP29 agreement is a general partnership, and every later step studies the cable: it
  // stays proposed.
  await expect(panel.locator('.timeline .becomes')).toHaveCount(1);
  for (const item of await items.all()) {
    await expect(item.locator('small')).toContainText(/^Sources?: \S/);
  }
});

test("each source is a link the reader can open, and the panel says when the project's facts were checked", async ({
  mapPage,
}) => {
  await mapPage.open('#project=power-cable');
  const first = mapPage.panel.locator('.timeline li').first();
  const link = first.locator('.sources a');
  // "Publisher, date" as the data gives them, opening in a new tab without the map's address.
  await expect(link).toHaveText('Trend News Agency, 14 November 2023');
  await expect(link).toHaveAttribute('href', 'https://en.trend.az/business/energy/3824529.html');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // A source in Russian says so.
  await expect(mapPage.panel.locator('.timeline li').nth(7)).toContainText('1news.az (in Russian)');
  // The project's own day, not the latest of all projects'.
  const checked = checkedOf('power-cable');
  await expect(mapPage.panel.locator('.facts-checked')).toHaveText(
    `Facts on this project checked against their sources on ${checked.date}.`,
  );
  await expect(mapPage.panel.locator('.facts-checked time')).toHaveAttribute(
    'datetime',
    checked.day,
  );
});

test('milestones still to come are shown as expected, never as done', async ({ mapPage }) => {
  await mapPage.open('#project=fiber-optic');
  const items = mapPage.panel.locator('.timeline li');
  const expected = items.filter({ has: mapPage.page.locator('.expected') });
  await expect(expected).toHaveCount(2);
  await expect(expected.first()).toContainText(
    'Cable laying planned for summer 2026, in the second and third quarters',
  );
  // Due by September 2026, and no source confirmed it when the facts were checked.
  await expect(expected.first().locator('.expected')).toHaveText(
    '(expected; not confirmed as of 7 December 2026)',
  );
  await expect(expected.nth(1)).toContainText('Completion and launch expected by the end of 2026');
  await expect(expected.nth(1).locator('.expected')).toHaveText('(expected)');
  // Neither is drawn as done: the line stays under construction.
  await expect(mapPage.panel.locator('.status-line')).toHaveText(
    'Status on 31 March 2026: Under construction',
  );
});

test('the date control restyles the map and the legend, and the URL keeps the date', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open(`${viewAt(FIBRE, 7)}&project=fiber-optic`);
  // As of the latest milestone (the default): the fibre line is under construction, drawn at
  // full strength; the URL leaves the date out.
  await expect(statusOf(mapPage, 'fiber-optic')).toHaveText('Under construction');
  expect(mapPage.hash().has('date')).toBe(false);
  await expect.poll(() => strongFibrePixels(mapPage)).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Article (31 January 2024)' }).click();
  await expect.poll(() => mapPage.hash().get('date')).toBe('2024-01-31');
  await expect(statusOf(mapPage, 'fiber-optic')).toHaveText('Agreed');
  await expect(statusOf(mapPage, 'power-cable')).toHaveText('Proposed');
  await expect(mapPage.panel.locator('.status-line')).toHaveText(
    'Status on 31 January 2024: Agreed',
  );
  // Only agreed then: fainter, so no pixel keeps the line's full colour.
  await expect.poll(() => strongFibrePixels(mapPage)).toBe(0);
  // The construction agreement is after the date shown, and says so to screen readers.
  await expect(mapPage.panel.locator('.timeline li').nth(1)).toHaveClass('later');
  await expect(mapPage.panel.locator('.timeline li').nth(1)).toContainText('after the date shown');

  // One day on with the slider's arrow key.
  const slider = page.getByRole('slider', { name: 'Date of the status shown' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => mapPage.hash().get('date')).toBe('2024-02-01');
  await expect(slider).toHaveAttribute('aria-valuetext', '1 February 2024');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => mapPage.hash().get('date')).toBe('2024-01-31');

  // Back to the latest milestone: the date leaves the URL, the line its full colour again.
  await page.getByRole('button', { name: 'Latest milestone (31 March 2026)' }).click();
  await expect.poll(() => mapPage.hash().has('date')).toBe(false);
  await expect(statusOf(mapPage, 'fiber-optic')).toHaveText('Under construction');
  await expect.poll(() => strongFibrePixels(mapPage)).toBeGreaterThan(5);
});

test('a link with a date opens with the statuses and the style of that day', async ({
  mapPage,
}) => {
  await mapPage.open(`${viewAt(FIBRE, 7)}&project=fiber-optic&date=2024-01-31`);
  expect(mapPage.hash().get('date')).toBe('2024-01-31');
  await expect(mapPage.page.locator('.date-title')).toHaveText('Status as of 31 January 2024');
  await expect(statusOf(mapPage, 'fiber-optic')).toHaveText('Agreed');
  await expect.poll(() => strongFibrePixels(mapPage)).toBe(0);
});

test('a date typed into the hash applies, and one out of range is brought inside it', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#date=2025-03-03');
  await expect(statusOf(mapPage, 'fiber-optic')).toHaveText('Under construction');
  await page.evaluate(() => {
    window.location.hash = '#date=2025-03-02';
  });
  await expect(statusOf(mapPage, 'fiber-optic')).toHaveText('Agreed');
  await page.evaluate(() => {
    window.location.hash = '#date=1999-01-01';
  });
  await expect.poll(() => mapPage.hash().get('date')).toBe('2024-01-31');
  await page.evaluate(() => {
    window.location.hash = '#date=2099-01-01';
  });
  await expect.poll(() => mapPage.hash().has('date')).toBe(false);
  await expect(page.locator('.date-title')).toHaveText('Status as of 31 March 2026');
});

test('a link with a date out of range opens at the nearer end, and the URL says so', async ({
  mapPage,
}) => {
  await mapPage.open('#date=1999-01-01&project=titr');
  await expect(mapPage.page.locator('.date-title')).toHaveText('Status as of 31 January 2024');
  await expect.poll(() => mapPage.hash().get('date')).toBe('2024-01-31');
});
