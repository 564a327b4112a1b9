import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { darkTheme, lightTheme } from '../src/map/theme.ts';
import { cardLayout } from '../src/picture/cardLayout.ts';
import { colourOf } from './content.ts';
import { expect, pixelsLike, test } from './driver.ts';

const run = promisify(execFile);
const names = Object.fromEntries(
  projectsFile.projects.map((project) => [project.id, project.name]),
);

test('the export downloads a PNG of the chosen size whose legend lists only visible projects', async ({
  mapPage,
}) => {
  test.slow(); // the page's map, then the off-screen export map
  await mapPage.open('#map=5/41.5/50&project=fiber-optic');
  await mapPage.toggle(names['power-cable'] ?? '').uncheck();

  const dialog = await mapPage.openExport();
  await dialog.getByLabel('Size').selectOption({ label: '1200 × 630 (link previews)' });
  await dialog.getByRole('radio', { name: '1×' }).check();
  const download = await mapPage.downloadExport(dialog);
  expect(download.suggestedFilename()).toBe('trans-caspian-fiber-optic-1x.png');
  expect(mapPage.hash().get('map'), 'the map on the page did not move').toBe('5/41.5/50');
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved/ })).toContainText(
    '1200 × 630 px',
  );

  const png = PNG.sync.read(readFileSync(await download.path()));
  expect([png.width, png.height]).toEqual([1200, 630]);
  // The map itself is drawn: land, water and the selected route show between the cards.
  const mapArea = { x: 600, y: 120, width: 300, height: 300 };
  expect(pixelsLike(png, mapArea, lightTheme.land), 'land').toBeGreaterThan(100);
  expect(pixelsLike(png, mapArea, lightTheme.water), 'water').toBeGreaterThan(100);

  // Five rows: every project but the hidden power cable. The fruit and vegetable flow's swatch is
  // under a pixel wide (its volume is a fourteenth of the grain's), so it is not counted here.
  const layout = cardLayout(1200, 630, 5, true);
  const visible = ['titr', 'oil-transit', 'fiber-optic', 'grain-exports'];
  visible.forEach((id, index) => {
    const swatch = layout.legend.rows[index]?.swatch;
    if (!swatch) throw new Error(`no legend row ${index}`);
    expect(pixelsLike(png, swatch, colourOf(id)), `legend row of ${id}`).toBeGreaterThan(10);
  });
  const legendBox = layout.legend;
  expect(pixelsLike(png, legendBox, colourOf('power-cable')), 'hidden project').toBe(0);
});

test('opening the export options readies one off-screen map, which later exports reuse', async ({
  mapPage,
}) => {
  test.slow(); // the page's map, then two exports on the off-screen map
  const { page } = mapPage;
  await mapPage.open('#project=titr');
  const exportMaps = page.locator('body > div[aria-hidden="true"] canvas.maplibregl-canvas');
  await expect(exportMaps, 'no export map before the options open').toHaveCount(0);

  const dialog = await mapPage.openExport();
  await dialog.getByLabel('Size').selectOption({ label: '1200 × 630 (link previews)' });
  await expect(exportMaps, 'readied while the reader chooses').toHaveCount(1);

  const download = async () =>
    PNG.sync.read(readFileSync(await (await mapPage.downloadExport(dialog)).path()));
  const mapArea = { x: 600, y: 120, width: 300, height: 300 };
  const light = await download();
  expect([light.width, light.height]).toEqual([2400, 1260]);
  expect(pixelsLike(light, mapArea, lightTheme.water), 'light water').toBeGreaterThan(100);

  // The same map takes the new theme and size as a change of style, not a new map.
  await page.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Size').selectOption({ label: '1080 × 1080 (square)' });
  await dialog.getByRole('radio', { name: '1×' }).check();
  const dark = await download();
  expect([dark.width, dark.height]).toEqual([1080, 1080]);
  const darkWater = pixelsLike(dark, mapArea, darkTheme.water);
  expect(darkWater, 'dark water').toBeGreaterThan(100);
  // Light text on the dark card comes close to the light theme's water; water itself never does.
  expect(pixelsLike(dark, mapArea, lightTheme.water), 'light water').toBeLessThan(darkWater / 10);
  await expect(exportMaps).toHaveCount(1);
});

test.describe('npm run picture', () => {
  const cli = (...args: string[]) =>
    run('npx', ['tsx', 'scripts/picture.ts', ...args], { timeout: 60_000 });

  test('writes a PNG of exactly width×scale by height×scale', async () => {
    test.slow(); // starts a server and a browser of its own
    const out = join(mkdtempSync(join(tmpdir(), 'picture-')), 'map.png');
    const { stdout } = await cli(
      '--out',
      out,
      '--width',
      '640',
      '--height',
      '400',
      '--scale',
      '2',
      '--project',
      'titr',
    );
    expect(stdout).toContain('1280×800 px');
    const png = PNG.sync.read(readFileSync(out));
    expect([png.width, png.height]).toEqual([1280, 800]);
  });

  test('writes an SVG and a PDF at a print width in Node, with no browser', async () => {
    test.slow(); // two runs of the command line, each starting tsx
    const dir = mkdtempSync(join(tmpdir(), 'picture-'));
    const svg = await cli(
      '--out',
      join(dir, 'oil.svg'),
      '--width-mm',
      '115',
      '--project',
      'oil-transit',
      '--lang',
      'ru',
      '--print',
    );
    expect(svg.stdout).toContain('115 × 76.7 mm');
    const text = readFileSync(join(dir, 'oil.svg'), 'utf8');
    expect(text).toMatch(/<svg[^>]* width="115mm" height="76.7mm"/);
    expect(text).toContain('inkscape:label="routes/oil-transit"');
    expect(text).toContain('Транзит казахстанской нефти');
    const pdf = await cli(
      '--format',
      'pdf',
      '--out',
      join(dir, 'titr.pdf'),
      '--width-mm',
      '250',
      '--aspect',
      '16:9',
      '--project',
      'titr',
    );
    expect(pdf.stdout).toContain('250 × 140.6 mm');
    const info = (await run('pdfinfo', [join(dir, 'titr.pdf')])).stdout;
    expect(info).toMatch(/Page size:\s+708\.66 x 398\.\d+ pts/);
  });

  test('exits 1 with a message when the image cannot be written', async () => {
    const failure = await cli(
      '--out',
      '/nonexistent-folder/map.png',
      '--width',
      '400',
      '--height',
      '300',
      '--scale',
      '1',
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1 });
    // Said before any rendering, so the editor does not wait for a picture that cannot be saved.
    expect(String((failure as { stderr?: string }).stderr)).toContain(
      'picture: cannot write /nonexistent-folder/map.png',
    );
  });

  test('refuses bad arguments with a message and exit code 2', async () => {
    const failure = await cli('--out', 'x.png', '--scale', '3').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect(String((failure as { stderr?: string }).stderr)).toContain(
      '--scale must be one of 1, 2, 4',
    );
  });
});
