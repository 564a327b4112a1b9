/**
 * "Get the data": the files the map's data can be downloaded as are served beside the app, by the
 * build and by `npm start`, and read as what they say they are.
 */
import { check } from '@placemarkio/check-geojson';
import type { APIRequestContext } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection } from 'geojson';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { DOWNLOAD_FILES, downloadPath } from '../src/content/downloadFiles.ts';
import { expect, test } from './driver.ts';
import { DEV_PORT, PREVIEW_PORT } from './ports.ts';

const ORIGINS = {
  build: `http://127.0.0.1:${PREVIEW_PORT}/`,
  'dev server': `http://127.0.0.1:${DEV_PORT}/`,
};

/** GeoJSON checked by a validator (it throws on anything invalid), as a feature collection. */
function collection(text: string): FeatureCollection {
  const checked = check(text);
  if (checked.type !== 'FeatureCollection') throw new Error(`a ${checked.type}, not a collection`);
  return checked;
}

async function fetchText(request: APIRequestContext, url: string, type: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toContain(type);
  return response.text();
}

for (const [server, origin] of Object.entries(ORIGINS)) {
  test(`the ${server} serves the routes and places as valid GeoJSON and the projects and milestones as CSV`, async ({
    request,
  }) => {
    const routes = collection(
      await fetchText(request, `${origin}${downloadPath('routes')}`, 'application/geo+json'),
    );
    const btc = routes.features.find(
      (feature) => feature.properties?.name === 'Baku–Tbilisi–Ceyhan (BTC) pipeline',
    );
    expect(btc?.properties).toMatchObject({
      certainty: 'traced',
      status: 'operating',
      countries: ['Azerbaijan', 'Georgia', 'Türkiye'],
      licence: 'CC BY 4.0',
    });
    const places = collection(
      await fetchText(request, `${origin}${downloadPath('places')}`, 'application/geo+json'),
    );
    expect(places.features.length).toBeGreaterThan(10);

    const projects = parse(
      await fetchText(request, `${origin}${downloadPath('projects')}`, 'text/csv'),
      { bom: true, columns: true },
    ) as Record<string, string>[];
    expect(projects.map((row) => row.id)).toEqual(projectsFile.projects.map((p) => p.id));
    for (const row of projects) expect(row.licence && row.attribution).toBeTruthy();
    const milestones = parse(
      await fetchText(request, `${origin}${downloadPath('milestones')}`, 'text/csv'),
      { bom: true, columns: true },
    ) as Record<string, string>[];
    expect(milestones.length).toBe(
      projectsFile.projects.reduce((sum, project) => sum + project.milestones.length, 0),
    );
    expect(milestones.every((row) => row.source_urls?.startsWith('http'))).toBe(true);
  });
}

test('Get the data in the legend links each file, to be saved under its own name', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open();
  await page.locator('.legend').getByRole('button', { name: 'Get the data' }).click();
  const region = page.getByRole('region', { name: 'Get the data' });
  await expect(region).toContainText('ODbL 1.0');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('link', { name: 'Milestones (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(DOWNLOAD_FILES.milestones.fileName);
});
