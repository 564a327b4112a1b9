/**
 * Domain actions for end-to-end tests: open the map, click a place given in longitude/latitude,
 * read the panel and the legend. Every test gets a `mapPage` that also fails the test on a
 * console error, an uncaught exception or a request to another host.
 */
import { test as base, type Download, expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { offsetFromCentre } from '../src/geo/mercator.ts';
import { parseView } from '../src/state/url.ts';
import { MAP_LOAD_TIMEOUT } from './ports.ts';

/**
 * Where a longitude/latitude is on the page, for a map element whose document's URL (`url`)
 * holds the view in its hash: the page's own map, or one inside an iframe.
 */
export async function pointOnMap(
  map: Locator,
  url: string,
  lng: number,
  lat: number,
): Promise<{ x: number; y: number }> {
  const view = parseView(new URLSearchParams(new URL(url).hash.slice(1)).get('map') ?? '');
  if (!view) throw new Error(`the URL holds no view: ${url}`);
  const box = await map.boundingBox();
  if (!box) throw new Error('the map element is not visible');
  const offset = offsetFromCentre(lng, lat, view);
  return { x: box.x + box.width / 2 + offset.x, y: box.y + box.height / 2 + offset.y };
}

/** Parses '#rrggbb'. */
function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export class MapPage {
  readonly problems: string[] = [];

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.problems.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['data:', 'blob:'].includes(url.protocol)) return;
      if (url.origin !== this.origin) {
        this.problems.push(`request to another host: ${request.url()}`);
      }
    });
  }

  /**
   * Opens the app with an optional hash (and query, e.g. `?lang=ru`) and waits for the map's first
   * complete render.
   */
  async open(hash = '', query = ''): Promise<void> {
    await this.page.goto(`./${query}${hash}`);
    await this.waitForMap();
  }

  async waitForMap(): Promise<void> {
    await expect(this.map).toHaveAttribute('aria-busy', 'false', { timeout: MAP_LOAD_TIMEOUT });
  }

  get map(): Locator {
    return this.page.locator('#map');
  }

  get panel(): Locator {
    return this.page.getByRole('complementary');
  }

  /** The legend's show/hide toggle of a project, found by the project's name. */
  toggle(projectName: string): Locator {
    return this.page.getByRole('checkbox', { name: `Show ${projectName} on the map`, exact: true });
  }

  /** The state the URL's hash holds now. */
  hash(): URLSearchParams {
    return new URLSearchParams(new URL(this.page.url()).hash.slice(1));
  }

  /** Where a longitude/latitude is on the page, from the view in the URL. */
  async pagePoint(lng: number, lat: number): Promise<{ x: number; y: number }> {
    return pointOnMap(this.map, this.page.url(), lng, lat);
  }

  async clickAt(lng: number, lat: number): Promise<void> {
    const { x, y } = await this.pagePoint(lng, lat);
    await this.page.mouse.click(x, y);
  }

  async hoverAt(lng: number, lat: number): Promise<void> {
    const { x, y } = await this.pagePoint(lng, lat);
    await this.page.mouse.move(x, y);
  }

  /** Unfolds the legend's export options; returns them. */
  async openExport(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Export picture' }).click();
    return this.page.getByRole('region', { name: /Export picture/ });
  }

  /** Presses Download in the export options (of a PNG, SVG or PDF); returns the download. */
  async downloadExport(options: Locator, format: 'PNG' | 'SVG' | 'PDF' = 'PNG'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      options.getByRole('button', { name: `Download ${format}` }).click(),
    ]);
    return download;
  }

  /**
   * On a phone: the pixels close to `hex` in the strip of map between the legend bar and the
   * bottom sheet, and how many pixels the strip has.
   */
  async pixelsBetweenLegendAndSheet(hex: string): Promise<{ count: number; of: number }> {
    const legend = await this.page.locator('.legend').boundingBox();
    const sheet = await this.panel.boundingBox();
    const map = await this.map.boundingBox();
    if (!legend || !sheet || !map) throw new Error('no legend, sheet or map on the page');
    const top = Math.ceil(legend.y + legend.height);
    const png = PNG.sync.read(
      await this.page.screenshot({
        clip: { x: map.x, y: top, width: map.width, height: sheet.y - top },
      }),
    );
    const area = { x: 0, y: 0, width: png.width, height: png.height };
    return { count: pixelsLike(png, area, hex), of: png.width * png.height };
  }

  /** How many pixels within `radius` px of a map point are close to `hex` (the map as drawn). */
  async pixelsNear(lng: number, lat: number, hex: string, radius = 10): Promise<number> {
    const { x, y } = await this.pagePoint(lng, lat);
    const png = PNG.sync.read(
      await this.page.screenshot({
        clip: { x: x - radius, y: y - radius, width: radius * 2, height: radius * 2 },
      }),
    );
    return pixelsLike(png, { x: 0, y: 0, width: png.width, height: png.height }, hex);
  }
}

/** Pixels of `png` inside a rectangle (image pixels) that are close to `hex`. */
export function pixelsLike(
  png: PNG,
  rect: { x: number; y: number; width: number; height: number },
  hex: string,
) {
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let y = Math.floor(rect.y); y < rect.y + rect.height; y++) {
    for (let x = Math.floor(rect.x); x < rect.x + rect.width; x++) {
      const i = (y * png.width + x) * 4;
      const d = Math.hypot(
        (png.data[i] ?? 0) - r,
        (png.data[i + 1] ?? 0) - g,
        (png.data[i + 2] ?? 0) - b,
      );
      if (d < 40) count++;
    }
  }
  return count;
}

/** `test` with a `mapPage` fixture that fails on console errors and foreign requests. */
export const test = base.extend<{ mapPage: MapPage }>({
  mapPage: async ({ page, baseURL }, use) => {
    const mapPage = new MapPage(page, new URL(baseURL ?? 'http://127.0.0.1/').origin);
    await use(mapPage);
    expect(mapPage.problems, 'console errors, page errors or requests to other hosts').toEqual([]);
  },
});

export { expect };
