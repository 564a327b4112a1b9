/**
 * A project opened from a link or the legend is fitted, whole, into the part of the map that the
 * legend and the panel leave free: at desktop, narrow desktop and phone widths, one width a test.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { nodeFontBook } from '../src/fonts/nodeFonts.ts';
import { offsetFromCentre } from '../src/geo/mercator.ts';
import { labelBox, placeLabel, placesOn } from '../src/map/framing.ts';
import { parseView } from '../src/state/url.ts';
import { loadTestContent } from '../test/content.ts';
import { expect, type MapPage, test } from './driver.ts';

type Routes = { features: { geometry: { type: string; coordinates: unknown } }[] };

/** Every position of a project's drawn routes. */
function positions(routes: Routes): Position[] {
  return routes.features.flatMap(({ geometry }) =>
    geometry.type === 'LineString'
      ? (geometry.coordinates as Position[])
      : (geometry.coordinates as Position[][]).flat(),
  );
}

/** The positions of a project that are drawn out of sight: off the map or under a card. */
async function hiddenPositions(mapPage: MapPage, id: string): Promise<string[]> {
  const file = new URL(`../data/projects/${id}.geojson`, import.meta.url);
  const routes = JSON.parse(readFileSync(file, 'utf8')) as Routes;
  const map = await mapPage.map.boundingBox();
  const cards = (
    await Promise.all([mapPage.page.locator('.legend').boundingBox(), mapPage.panel.boundingBox()])
  ).filter((box) => box !== null);
  if (!map || cards.length < 2) throw new Error('the map, the legend or the panel is missing');
  const inside = (
    box: { x: number; y: number; width: number; height: number },
    x: number,
    y: number,
  ) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  // One view for every position (a project has hundreds): where each is drawn, worked out here.
  const view = parseView(
    new URLSearchParams(new URL(mapPage.page.url()).hash.slice(1)).get('map') ?? '',
  );
  if (!view) throw new Error(`the URL holds no view: ${mapPage.page.url()}`);
  const hidden: string[] = [];
  for (const [lng = 0, lat = 0] of positions(routes)) {
    const offset = offsetFromCentre(lng, lat, view);
    const [x, y] = [map.x + map.width / 2 + offset.x, map.y + map.height / 2 + offset.y];
    if (!inside(map, x, y) || cards.some((card) => inside(card, x, y))) {
      hidden.push(`${lng}, ${lat} at ${Math.round(x)}, ${Math.round(y)}`);
    }
  }
  return hidden;
}

type Box = { x: number; y: number; width: number; height: number };

/** The map's box, its view from the URL, and the cards over it. */
async function framed(mapPage: MapPage) {
  const map = await mapPage.map.boundingBox();
  if (!map) throw new Error('the map is missing');
  const cards: Box[] = [];
  for (const card of await mapPage.page.locator('[data-map-card]').all()) {
    const box = (await card.isVisible()) ? await card.boundingBox() : null;
    if (box) cards.push(box);
  }
  const view = parseView(
    new URLSearchParams(new URL(mapPage.page.url()).hash.slice(1)).get('map') ?? '',
  );
  if (!view) throw new Error(`the URL holds no view: ${mapPage.page.url()}`);
  return { map, cards, view };
}

/**
 * The names of the places on the projects' lines that are out of sight or under a card, on any
 * of the anchors MapLibre may put them on (measured in the page's own font files).
 */
async function hiddenNames(mapPage: MapPage, ids: readonly string[]): Promise<string[]> {
  const content = loadTestContent();
  const fonts = await nodeFontBook();
  const measure = (text: string, weight: 400 | 600, size: number) =>
    fonts.measure(text, weight, size);
  const { map, cards, view } = await framed(mapPage);
  const projects = content.projects.filter((project) => ids.includes(project.id));
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
  return placesOn(projects, content.places).flatMap((place) => {
    const capital = place.properties.kind === 'capital';
    const name = placeLabel(place, '{name} (approx.)');
    const box = labelBox(name, capital ? 13 : 11.5, capital ? 600 : 400, measure, 1);
    const [lng = 0, lat = 0] = place.geometry.coordinates;
    const offset = offsetFromCentre(lng, lat, view);
    const [x, y] = [map.x + map.width / 2 + offset.x, map.y + map.height / 2 + offset.y];
    const label = {
      x: x + box.left,
      y: y + box.top,
      width: box.right - box.left,
      height: box.bottom - box.top,
    };
    const whole =
      label.x >= map.x - 1 &&
      label.y >= map.y - 1 &&
      label.x + label.width <= map.x + map.width + 1 &&
      label.y + label.height <= map.y + map.height + 1;
    return whole && !cards.some((card) => overlaps(card, label)) ? [] : [name];
  });
}

const name = (id: string) => projectsFile.projects.find((project) => project.id === id)?.name;

const SCREENS = [
  { width: 1280, height: 800, project: 'titr' },
  { width: 1024, height: 768, project: 'titr' },
  { width: 800, height: 1000, project: 'titr' },
  { width: 390, height: 844, project: 'titr' },
  { width: 1280, height: 800, project: 'oil-transit' },
  { width: 360, height: 740, project: 'fiber-optic' },
] as const;

for (const { width, height, project } of SCREENS) {
  test.describe(`${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`#project=${project} fits the whole project beside the panel and the legend`, async ({
      mapPage,
    }) => {
      await mapPage.open(`#project=${project}`);
      await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
        name(project) ?? '',
      );
      expect(await hiddenPositions(mapPage, project)).toEqual([]);
      expect(await hiddenNames(mapPage, [project])).toEqual([]);
    });
  });
}

const SIZES = [...new Set(SCREENS.map(({ width, height }) => `${width}×${height}`))].map((size) => {
  const [width = 0, height = 0] = size.split('×').map(Number);
  return { width, height };
});

for (const { width, height } of SIZES) {
  test.describe(`${width} × ${height}, nothing selected`, () => {
    test.use({ viewport: { width, height } });

    test('the opening view shows every project and the names on it whole', async ({ mapPage }) => {
      await mapPage.open();
      await expect.poll(() => new URL(mapPage.page.url()).hash).toContain('map=');
      const all = projectsFile.projects.map((project) => project.id);
      expect(await hiddenNames(mapPage, all)).toEqual([]);
    });
  });
}

test.describe('800 × 1000, the legend open', () => {
  test.use({ viewport: { width: 800, height: 1000 } });

  test('a project opened from the legend folds it, and fits beside the panel', async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open();
    await expect(page.locator('.legend details')).toHaveAttribute('open');
    await page
      .getByRole('list', { name: 'Projects' })
      .getByRole('button', { name: name('titr') })
      .click();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(name('titr') ?? '');
    await expect(page.locator('.legend details')).not.toHaveAttribute('open');
    await expect.poll(() => hiddenPositions(mapPage, 'titr')).toEqual([]);
  });
});

test.describe('embedded at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the project fits below the folded legend, whose height is measured', async ({
    mapPage,
  }) => {
    await mapPage.open('#project=fiber-optic', '?embed=1');
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
      name('fiber-optic') ?? '',
    );
    expect(await hiddenPositions(mapPage, 'fiber-optic')).toEqual([]);
  });
});
