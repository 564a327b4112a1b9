/**
 * Vector artwork for print desks: SVG and PDF downloads of a selected project at a print width,
 * checked as files (layers, text, fonts, no raster) and as pictures (Chromium for the SVG,
 * Poppler for the PDF, compared with the PNG export of the same view).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { nodeFontBook } from '../src/fonts/nodeFonts.ts';
import { lightTheme } from '../src/map/theme.ts';
import { checkedOf, colourOf } from './content.ts';
import { expect, pixelsLike, test } from './driver.ts';

const run = promisify(execFile);
const titr = projectsFile.projects.find((project) => project.id === 'titr')?.name ?? '';

/** Mean difference of two same-sized pictures, cell by cell (a coarse look, not pixel-exact). */
function cellDifference(a: PNG, b: PNG, columns = 24, rows = 15): number {
  const mean = (png: PNG, cx: number, cy: number) => {
    const [x0, x1] = [
      Math.floor((cx * png.width) / columns),
      Math.floor(((cx + 1) * png.width) / columns),
    ];
    const [y0, y1] = [
      Math.floor((cy * png.height) / rows),
      Math.floor(((cy + 1) * png.height) / rows),
    ];
    const sum = [0, 0, 0];
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * png.width + x) * 4;
        for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (png.data[i + c] ?? 0);
      }
    }
    const n = (x1 - x0) * (y1 - y0);
    return sum.map((value) => value / n);
  };
  let total = 0;
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < columns; cx++) {
      const [p, q] = [mean(a, cx, cy), mean(b, cx, cy)];
      total += p.reduce((acc, value, c) => acc + Math.abs(value - (q[c] ?? 0)), 0) / 3;
    }
  }
  return total / (columns * rows);
}

test('an SVG of a selected project at 115 mm names its layers, holds text, and renders in Chromium', async ({
  mapPage,
}) => {
  test.slow(); // the map, then the renderer's first load of fonts and basemap
  const { page } = mapPage;
  await mapPage.open('#project=titr');
  const dialog = await mapPage.openExport();
  await dialog.getByRole('radio', { name: /^SVG/ }).check();
  await dialog.getByLabel('Size').selectOption({ label: '115 mm wide (two columns)' });
  const download = await mapPage.downloadExport(dialog, 'SVG');
  expect(download.suggestedFilename()).toBe('trans-caspian-titr-115mm.svg');
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved/ })).toContainText(
    '115 × 76.7 mm',
  );
  const svg = readFileSync(await download.path(), 'utf8');

  expect(svg).toMatch(/<svg[^>]* width="115mm" height="76.7mm"/);
  const layers = [...svg.matchAll(/inkscape:label="([^"]+)"/g)].map((match) => match[1]);
  for (const name of [
    'basemap',
    'borders',
    'routes',
    'routes/titr',
    'places',
    'labels',
    'title',
    'legend',
    'credit',
  ]) {
    expect(layers, `layer ${name}`).toContain(name);
  }
  expect(layers.indexOf('basemap')).toBeLessThan(layers.indexOf('routes/titr'));
  expect(layers.indexOf('routes/titr')).toBeLessThan(layers.indexOf('legend'));
  expect(svg).toContain(`>${titr}</text>`);
  expect(svg).not.toMatch(/<image\b|data:image/);

  // Drawn by the browser as a picture, in a page of its own: land, water and the corridor show.
  const viewer = await page.context().newPage();
  await viewer.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const shot = PNG.sync.read(await viewer.locator('svg').screenshot());
  await viewer.close();
  expect(Math.abs(shot.width - 435)).toBeLessThanOrEqual(1);
  const all = { x: 0, y: 0, width: shot.width, height: shot.height };
  expect(pixelsLike(shot, all, lightTheme.land), 'land').toBeGreaterThan(2000);
  expect(pixelsLike(shot, all, lightTheme.water), 'water').toBeGreaterThan(200);
  expect(pixelsLike(shot, all, colourOf('titr')), 'the corridor').toBeGreaterThan(200);
});

test('a PDF at 115 mm is true vector: a 115 mm page, no image, the name as text in embedded Noto Sans', async ({
  mapPage,
}) => {
  test.slow(); // the map, then the renderer's first load of fonts and basemap
  await mapPage.open('#project=titr');
  const dialog = await mapPage.openExport();
  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await dialog.getByLabel('Size').selectOption({ label: '115 mm wide (two columns)' });
  const download = await mapPage.downloadExport(dialog, 'PDF');
  expect(download.suggestedFilename()).toBe('trans-caspian-titr-115mm.pdf');
  const file = await download.path();

  const info = (await run('pdfinfo', [file])).stdout;
  // 115 mm = 325.98 pt.
  expect(info).toMatch(/Page size:\s+325\.9\d* x 217\.\d+ pts/);
  const images = (await run('pdfimages', ['-list', file])).stdout.trim().split('\n');
  expect(images.slice(2), 'image objects').toEqual([]);
  const fonts = (await run('pdffonts', [file])).stdout;
  expect(fonts).toMatch(/NotoSans-SemiBold\s+CID TrueType\s+Identity-H\s+yes yes/);
  expect(fonts).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes/);
  const text = (await run('pdftotext', ['-raw', file, '-'])).stdout;
  expect(text).toContain(titr);
  // A picture of one project gives the day that project's facts were checked.
  expect(text).toContain(`Facts checked ${checkedOf('titr').date}`);
});

test('the PDF of the current view renders close to the PNG export of that view', async ({
  mapPage,
}) => {
  test.slow(); // the map, the off-screen export map, and the vector renderer
  const { page } = mapPage;
  await page.setViewportSize({ width: 1200, height: 700 });
  await mapPage.open('#map=4.3/42/56&project=titr');
  const dialog = await mapPage.openExport();
  await dialog.getByLabel('Size').selectOption({ label: 'Current view' });
  await dialog.getByRole('radio', { name: '1×' }).check();
  const png = PNG.sync.read(readFileSync(await (await mapPage.downloadExport(dialog)).path()));

  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await dialog.getByLabel('Size').selectOption({ label: 'Current view' });
  const pdf = await mapPage.downloadExport(dialog, 'PDF');
  const dir = mkdtempSync(join(tmpdir(), 'vector-'));
  // 96 dots to the inch: one dot per CSS pixel, as the PNG at 1×.
  await run('pdftoppm', ['-r', '96', '-png', await pdf.path(), join(dir, 'page')]);
  const [pageFile] = readdirSync(dir);
  const drawn = PNG.sync.read(readFileSync(join(dir, pageFile ?? '')));
  expect([drawn.width, drawn.height]).toEqual([png.width, png.height]);

  const difference = cellDifference(png, drawn);
  console.log(`PDF against PNG: mean cell difference ${difference.toFixed(1)} of 255`);
  expect(difference).toBeLessThan(12);
  const all = { x: 0, y: 0, width: png.width, height: png.height };
  const corridor = colourOf('titr');
  const [inPng, inPdf] = [pixelsLike(png, all, corridor), pixelsLike(drawn, all, corridor)];
  expect(inPdf / inPng).toBeGreaterThan(0.6);
  expect(inPdf / inPng).toBeLessThan(1.6);
});

test('the renderer measures labels as the browser lays them out, within 2 %', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open();
  const samples = [
    { text: 'Middle Corridor', weight: 600, size: 13 },
    { text: 'Baku port (Alat)', weight: 400, size: 11.5 },
    { text: 'Kuryk (approx.)', weight: 400, size: 11.5 },
    { text: 'Ақтау порты', weight: 400, size: 11.5 },
    { text: 'Ələt – Bakı limanı', weight: 400, size: 11.5 },
    {
      text: 'Trans-Caspian International Transport Route (Middle Corridor)',
      weight: 600,
      size: 26,
    },
  ] as const;
  const browser = await page.evaluate(async (list) => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const widths: number[] = [];
    for (const { text, weight, size } of list) {
      const font = `${weight} ${size}px "Noto Sans"`;
      await document.fonts.load(font, text);
      ctx.font = font;
      widths.push(ctx.measureText(text).width);
    }
    return widths;
  }, samples);
  const fonts = await nodeFontBook();
  samples.forEach(({ text, weight, size }, index) => {
    const ours = fonts.measure(text, weight, size);
    const theirs = browser[index] ?? 0;
    expect(Math.abs(ours - theirs) / theirs, `${text}: ${ours} vs ${theirs}`).toBeLessThan(0.02);
  });
});
