/**
 * The routes in words: the panel, the map's text summary and every export say what each line is,
 * where it runs and through which countries, in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { readPngText } from '../src/picture/pngText.ts';
import { expect, test } from './driver.ts';

const BTC_LEG =
  'Pipeline Sangachal terminal – Ceyhan terminal: about 1,650 km as drawn, traced along its course; through Azerbaijan, Georgia and Türkiye.';

test('the panel and the map’s text summary describe each route from the data', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#project=oil-transit');
  await expect(mapPage.panel.locator('.route-overview')).toHaveText(
    'Tanker route and pipeline, about 2,140 km as drawn in all, through Kazakhstan, the Caspian Sea, Azerbaijan, Georgia and Türkiye.',
  );
  // The panel names each route, then says the rest: its name is not said twice.
  await expect(
    mapPage.panel.getByRole('list', { name: 'Routes drawn' }).getByRole('listitem').nth(1),
  ).toContainText(
    'Baku–Tbilisi–Ceyhan (BTC) pipeline — about 1,650 km as drawn, traced along its course; through Azerbaijan, Georgia and Türkiye.',
  );
  // The canvas is described by the summary, which reads every shown project's routes.
  const summaryId = await mapPage.map.locator('canvas').getAttribute('aria-describedby');
  const summary = page.locator(`[id="${summaryId}"]`);
  await expect(summary).toContainText(BTC_LEG);
  // The others summed up; their routes are in their panels and the table.
  await expect(summary).toContainText(
    'Middle Corridor: Rail and ferry, about 6,090 km as drawn in all, through Kazakhstan, the Caspian Sea, Azerbaijan, Georgia and Türkiye.',
  );
  await expect(summary).not.toContainText('Rail Dostyk – Shalkar');
});

test('in Russian the panel describes the routes in Russian', async ({ mapPage }) => {
  await mapPage.open('#project=oil-transit', '?lang=ru');
  await expect(mapPage.panel.getByRole('list', { name: 'Нанесённые маршруты' })).toContainText(
    'страны по пути: Азербайджан, Грузия и Турция.',
  );
});

test('the export options offer the picture’s alt text, and the PNG and SVG carry it', async ({
  mapPage,
}) => {
  test.slow(); // the page's map, then a PNG on the off-screen map and an SVG
  await mapPage.open('#project=oil-transit');
  const dialog = await mapPage.openExport();
  const alt = dialog.getByLabel(/^Alt text/);
  await expect(alt).toHaveValue(
    /^Map: Azerbaijan–Kazakhstan joint projects across the Caspian\. Trans-Caspian International Transport Route \(Middle Corridor\)\. Status on 31 March 2026: Operating\. Rail and ferry/,
  );
  const description = await alt.inputValue();
  expect(description).toContain(BTC_LEG);
  await dialog.getByRole('button', { name: 'Copy alt text' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /Copied|Selected/ })).toBeVisible();

  await dialog.getByLabel('Size').selectOption({ label: '1200 × 630 (link previews)' });
  await dialog.getByRole('radio', { name: '1×' }).check();
  const png = readFileSync(await (await mapPage.downloadExport(dialog)).path());
  const text = readPngText(new Uint8Array(png));
  expect(text.Description).toBe(description);
  expect(text.Title).toBe('Transit of Kazakh oil through Azerbaijan');
  expect(text.Copyright).toMatch(/OpenStreetMap contributors/);

  await dialog.getByRole('radio', { name: /^SVG/ }).check();
  const svg = readFileSync(await (await mapPage.downloadExport(dialog, 'SVG')).path(), 'utf8');
  const desc = (/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '').replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
  );
  expect(desc.startsWith(description)).toBe(true);
});
