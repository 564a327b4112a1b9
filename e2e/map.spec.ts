import projectsFile from '../data/projects.json' with { type: 'json' };
import { PRELOADED_FONTS } from '../scripts/lib/preloadFonts.ts';
import { boundsOf } from '../src/geo/bounds.ts';
import { loadTestContent } from '../test/content.ts';
import { clauseOf, colourOf } from './content.ts';
import { expect, test } from './driver.ts';
import { POINTS, viewAt } from './points.ts';

const projects = projectsFile.projects;
const byId = (id: string) => {
  const project = projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id} in data/projects.json`);
  return project;
};

test('the map renders from the app alone, with no request to another host', async ({ mapPage }) => {
  await mapPage.open();
  await expect(mapPage.map.locator('canvas')).toBeVisible();
  await expect(mapPage.page.getByRole('heading', { level: 1 })).toHaveText(projectsFile.mapTitle);
  // The fixture fails the test on any console error or request to another host.
});

test('the label fonts are preloaded, and the map takes them from the preload', async ({
  mapPage,
}) => {
  await mapPage.open();
  const entries = await mapPage.page.evaluate(
    (fonts) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => fonts.some((font) => entry.name.includes(font)))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    // The files are named by their stem and a content hash.
    PRELOADED_FONTS.map((font) => font.replace('.woff2', '')),
  );
  // One preload per weight; no second download by MapLibre's fetch().
  expect(entries.filter((initiator) => initiator === 'link')).toHaveLength(PRELOADED_FONTS.length);
  expect(entries.filter((initiator) => initiator === 'fetch')).toHaveLength(0);
});

// The four projects drawn from their own files; the two trade flows have e2e/flows.spec.ts.
for (const project of projects.filter((candidate) => !('flow' in candidate))) {
  test(`clicking the ${project.id} line opens its panel with the article's clause marked`, async ({
    mapPage,
  }) => {
    const point = POINTS[project.id as keyof typeof POINTS];
    await mapPage.open(viewAt(point));
    await mapPage.clickAt(point.lng, point.lat);

    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(project.name);
    await expect(mapPage.panel.locator('blockquote mark')).toHaveText(clauseOf(project.id));
    await expect(mapPage.panel.locator('blockquote')).toContainText(
      'Particular attention was paid',
    );
    // Cited by publisher and date: the headline is not confirmed, so none is printed.
    await expect(
      mapPage.panel.getByRole('link', { name: 'Trend News Agency, 31 January 2024' }),
    ).toHaveAttribute('href', 'https://en.trend.az/azerbaijan/business/3855705.html');
    if ('measureDrawnLength' in project && project.measureDrawnLength === false) {
      await expect(mapPage.panel.locator('.facts')).toContainText('None published');
    } else {
      await expect(mapPage.panel.locator('.facts')).toContainText(/drawn.*about [\d,]+ km/);
    }
    expect(mapPage.hash().get('project')).toBe(project.id);
  });
}

test('indicative routes say so in the panel', async ({ mapPage }) => {
  await mapPage.open(`${viewAt(POINTS['power-cable'])}&project=power-cable`);
  await expect(mapPage.panel.getByRole('note')).toContainText('Schematic only');
  await expect(mapPage.panel).toContainText('indicative only');
});

test('a deep link restores the view and opens the project', async ({ mapPage }) => {
  await mapPage.open('#map=6/41.5/50&project=fiber-optic');
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
    byId('fiber-optic').name,
  );
  expect(mapPage.hash().get('map')).toBe('6/41.5/50');
});

test('Esc closes the panel and drops the project from the URL', async ({ mapPage }) => {
  await mapPage.open('#map=6/41.5/50&project=fiber-optic');
  await expect(mapPage.panel).toBeVisible();
  await mapPage.page.keyboard.press('Escape');
  await expect(mapPage.panel).toHaveCount(0);
  expect(mapPage.hash().get('project')).toBeNull();
});

test('editing the hash by hand switches project, and garbage is written back out', async ({
  mapPage,
}) => {
  await mapPage.open('#map=6/41.5/50&project=fiber-optic');
  await mapPage.page.evaluate(() => {
    window.location.hash = '#map=6/41.5/50&project=titr';
  });
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(byId('titr').name);

  // A project without a view: the map fits the project's routes beside the panel.
  await mapPage.page.evaluate(() => {
    window.location.hash = '#project=oil-transit';
  });
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
    byId('oil-transit').name,
  );
  await expect.poll(() => mapPage.hash().get('map')).not.toBe('6/41.5/50');
  const ceyhan = await mapPage.pagePoint(35.92, 36.9);
  const map = await mapPage.map.boundingBox();
  expect(ceyhan.x).toBeGreaterThan(map?.x ?? 0);
  expect(ceyhan.y).toBeLessThan((map?.y ?? 0) + (map?.height ?? 0));

  await mapPage.page.evaluate(() => {
    window.location.hash = '#map=6/41.5/50';
  });
  await mapPage.page.evaluate(() => {
    window.location.hash = '#map=abc&project=nope';
  });
  await expect(mapPage.panel).toHaveCount(0);
  await expect.poll(() => mapPage.hash().get('map')).toBe('6/41.5/50');
});

test('the close button closes the panel', async ({ mapPage }) => {
  await mapPage.open('#map=6/41.5/50&project=titr');
  await mapPage.panel.getByRole('button', { name: 'Close panel' }).click();
  await expect(mapPage.panel).toHaveCount(0);
});

test('where two routes overlap, the nearest wins and the reader can switch', async ({
  mapPage,
}) => {
  const point = POINTS.sharedSeaLane;
  await mapPage.open(viewAt(point, 7));
  await mapPage.clickAt(point.lng, point.lat);
  const heading = mapPage.panel.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(byId('titr').name);

  const other = mapPage.panel
    .getByRole('navigation', { name: 'Other routes at this point' })
    .getByRole('button', { name: byId('oil-transit').name });
  await other.click();
  await expect(heading).toHaveText(byId('oil-transit').name);
  expect(mapPage.hash().get('project')).toBe('oil-transit');
});

test('a legend toggle hides a project from view and from clicks', async ({ mapPage }) => {
  const point = POINTS.titr;
  const color = colourOf('titr');
  await mapPage.open(viewAt(point));
  await expect.poll(() => mapPage.pixelsNear(point.lng, point.lat, color)).toBeGreaterThan(5);

  await mapPage.toggle(byId('titr').name).uncheck();
  await expect.poll(() => mapPage.pixelsNear(point.lng, point.lat, color)).toBe(0);
  await mapPage.clickAt(point.lng, point.lat);
  await expect(mapPage.panel).toHaveCount(0);

  await mapPage.toggle(byId('titr').name).check();
  await expect.poll(() => mapPage.pixelsNear(point.lng, point.lat, color)).toBeGreaterThan(5);
  await mapPage.clickAt(point.lng, point.lat);
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(byId('titr').name);
});

test('hovering a line shows a pointer', async ({ mapPage }) => {
  const point = POINTS['oil-transit'];
  await mapPage.open(viewAt(point));
  const canvas = mapPage.map.locator('canvas');
  await mapPage.hoverAt(point.lng, point.lat);
  await expect(canvas).toHaveCSS('cursor', 'pointer');
  await mapPage.hoverAt(point.lng + 2, point.lat + 2);
  await expect(canvas).not.toHaveCSS('cursor', 'pointer');
});

test('a click within a few pixels of a thin line still selects it', async ({ mapPage }) => {
  const point = POINTS['fiber-optic'];
  await mapPage.open(viewAt(point));
  const at = await mapPage.pagePoint(point.lng, point.lat);
  await mapPage.page.mouse.click(at.x + 6, at.y);
  await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
    byId('fiber-optic').name,
  );
});

for (const garbage of [
  '#map=abc',
  '#map=99/999/-999&project=nope',
  '#project=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '#map=%E0%A4%A',
]) {
  test(`a malformed URL (${garbage}) falls back to the default view`, async ({ mapPage }) => {
    await mapPage.open(garbage);
    await expect(mapPage.panel).toHaveCount(0);
    expect(mapPage.hash().get('project')).toBeNull();
    expect(mapPage.hash().get('map')).toMatch(/^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);
    // The default view: every project, beside the legend.
    const [west, south, east, north] =
      boundsOf(
        loadTestContent().projects.flatMap((project) =>
          project.routes.map((route) => route.geometry),
        ),
      ) ?? [];
    const legend = await mapPage.page.locator('.legend').boundingBox();
    const map = await mapPage.map.boundingBox();
    for (const [lng = 0, lat = 0] of [
      [west, south],
      [east, north],
    ]) {
      const { x, y } = await mapPage.pagePoint(lng, lat);
      expect(x, `${lng}° E in view, right of the legend`).toBeGreaterThan(
        (legend?.x ?? 0) + (legend?.width ?? 0),
      );
      expect(x).toBeLessThan((map?.x ?? 0) + (map?.width ?? 0));
      expect(y, `${lat}° N in view`).toBeGreaterThan(map?.y ?? 0);
      expect(y).toBeLessThan((map?.y ?? 0) + (map?.height ?? 0));
    }
  });
}
