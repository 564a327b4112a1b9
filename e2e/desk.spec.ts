/**
 * The desk, end to end, in one file: its tests share the desk's server and the scratch copy of
 * data/ it edits (reset before each test), so they run one after another, never beside each other.
 *
 * As a journalist uses it: a milestone added in four languages with its sources shows in the
 * preview and then on the map, and the files change by exactly that entry; mistakes are told at
 * their field and nothing is written; a file changed behind the desk's back is never overwritten.
 *
 * Who may write: the desk writes files, so it must let no one else write them: a page on another
 * origin can neither read the desk's secret nor make a write, a rebound host name gets nothing,
 * and the build holds no part of the desk.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { LineString } from 'geojson';
import { versionOf } from '../scripts/desk/dataFiles.ts';
import { formatDataFile } from '../src/content/formatData.ts';
import { lineKm } from '../src/geo/flowLine.ts';
import {
  DESK_ORIGIN,
  DESK_URL,
  deskDiff,
  deskFile,
  insertedBlocks,
  resetDeskData,
} from './deskData.ts';
import { DESK_DATA, DESK_PORT, MAP_LOAD_TIMEOUT } from './ports.ts';

test.beforeEach(() => resetDeskData());

/** The desk, opened on a project. */
async function openProject(page: Page, name: RegExp): Promise<void> {
  await page.goto(DESK_URL);
  await page.getByRole('button', { name }).first().click();
}

const EVENTS = {
  en: 'Ministers review the cable’s route in Astana',
  ru: 'Министры обсуждают трассу кабеля в Астане',
  az: 'Nazirlər Astanada kabelin marşrutunu müzakirə edir',
  kk: 'Министрлер Астанада кабель трассасын талқылайды',
} as const;

test('a milestone added in four languages with two sources shows in the preview, then on the map, and is all the diff holds', async ({
  page,
}) => {
  test.slow(); // the preview loads the map again after each change, and the map is opened after
  await openProject(page, /Power cable/);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await page.getByLabel('Date', { exact: true }).fill('2025-06-15');
  await page.getByLabel('Event (English)', { exact: true }).fill(EVENTS.en);
  await page.getByLabel('Event (Русский)', { exact: true }).fill(EVENTS.ru);
  await page.getByLabel('Event (Azərbaycan)', { exact: true }).fill(EVENTS.az);
  await page.getByLabel('Event (Қазақ)', { exact: true }).fill(EVENTS.kk);
  const addSource = page.getByRole('button', { name: 'Add source' });
  await addSource.click();
  await page.getByLabel('Publisher', { exact: true }).nth(0).fill('Test Agency');
  await page.getByLabel('Source date', { exact: true }).nth(0).fill('2025-06-16');
  await page.getByLabel('URL', { exact: true }).nth(0).fill('https://example.org/cable-route');
  await addSource.click();
  await page.getByLabel('Publisher', { exact: true }).nth(1).fill('Example Times');
  await page.getByLabel('URL', { exact: true }).nth(1).fill('https://example.org/astana-meeting');

  // The preview shows the unsaved milestone in the project's timeline.
  const preview = page.frameLocator('iframe[title="Preview"]');
  await expect(preview.getByText(EVENTS.en)).toBeVisible({ timeout: MAP_LOAD_TIMEOUT });
  expect(deskDiff(), 'nothing is written before Save').toEqual({});

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Everything is saved.')).toBeVisible();
  expect(Object.keys(deskDiff()).sort()).toEqual([
    'i18n/az.json',
    'i18n/kk.json',
    'i18n/ru.json',
    'projects.json',
  ]);
  // Each file holds the new entry, and nothing else changed.
  expect(insertedBlocks('projects.json')).toContainEqual([
    '{',
    '"date": "2025-06-15",',
    `"event": "${EVENTS.en}",`,
    '"sources": [',
    '{',
    '"publisher": "Test Agency",',
    '"date": "2025-06-16",',
    '"url": "https://example.org/cable-route"',
    '},',
    '{',
    '"publisher": "Example Times",',
    '"url": "https://example.org/astana-meeting"',
    '}',
    ']',
    '},',
  ]);
  for (const language of ['ru', 'az', 'kk'] as const) {
    expect(insertedBlocks(`i18n/${language}.json`)).toContainEqual([
      '{',
      `"event": "${EVENTS[language]}"`,
      '},',
    ]);
  }

  // After the save the preview is the map as the saved files make it: in Kazakh too.
  await page.getByRole('button', { name: 'Қазақ', exact: true }).click();
  await expect(preview.getByText(EVENTS.kk)).toBeVisible({ timeout: MAP_LOAD_TIMEOUT });
});

test('a date in the wrong form, an invalid URL and a missing translation are told at their field, and nothing is written', async ({
  page,
}) => {
  await openProject(page, /Fibre-optic line/);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const date = page.getByLabel('Date', { exact: true });
  await date.fill('June 2026');
  await page.getByLabel('Event (English)', { exact: true }).fill('Cable laying begins');
  await page.getByLabel('Event (Русский)', { exact: true }).fill('Начата укладка кабеля');
  await page.getByLabel('Event (Azərbaycan)', { exact: true }).fill('Kabelin çəkilişi başlayıb');
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('Publisher', { exact: true }).fill('Test Agency');
  const url = page.getByLabel('URL', { exact: true });
  await url.fill('example.org/laying');
  const kazakh = page.getByLabel('Event (Қазақ)', { exact: true });
  await kazakh.fill('x');
  await kazakh.fill('');

  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/must be YYYY, YYYY-MM or YYYY-MM-DD/);
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/must be the http\(s\) address of the source/);
  await expect(kazakh).toHaveAttribute('aria-invalid', 'true');
  await expect(kazakh).toHaveAccessibleDescription(/must not be empty/);

  const save = page.getByRole('button', { name: 'Save', exact: true });
  if (await save.isEnabled()) await save.click();
  await page.waitForTimeout(1000);
  expect(deskDiff(), 'nothing was written').toEqual({});
});

test('a file changed behind the desk’s back is not overwritten; the desk says so and reloads it', async ({
  page,
}) => {
  await openProject(page, /Middle Corridor/);
  await page.getByLabel('Facts checked on', { exact: true }).fill('2026-12-08');
  // Another editor (or a git pull) changes the same file meanwhile.
  const theirs = deskFile('projects.json').replace(
    'Azerbaijan–Kazakhstan joint projects across the Caspian',
    'Azerbaijan–Kazakhstan projects across the Caspian',
  );
  writeFileSync(join(DESK_DATA, 'projects.json'), theirs);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Not saved: data\/projects\.json changed on disk/)).toBeVisible();
  expect(deskFile('projects.json'), 'their change is kept').toBe(theirs);

  await page.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(page.getByLabel('Facts checked on', { exact: true })).toHaveValue('2026-12-07');
  expect(deskFile('projects.json')).toBe(theirs);
});

declare global {
  interface Window {
    /** The route editor's map, which the desk (never built) exposes to its tests. */
    __deskRouteMap?: import('maplibre-gl').Map;
  }
}

test('a route vertex moved on the map changes the stretch’s length in the form and in the saved GeoJSON', async ({
  page,
}) => {
  test.slow(); // two maps: the route editor's and the preview
  const route = 'Kazakh rail: Beyneu – Aktau port';
  await openProject(page, /Middle Corridor/);
  await page.getByRole('button', { name: route, exact: true }).click();
  const map = page.getByTestId('route-map');
  await map.scrollIntoViewIfNeeded();
  await page.locator('[data-testid="route-map"][data-state="ready"]').waitFor();
  const length = page.getByTestId('route-length');
  await expect(length).toHaveText('417.9 km');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const routeMap = window.__deskRouteMap;
        if (!routeMap) throw new Error('no route map');
        if (routeMap.loaded() && !routeMap.isMoving()) resolve();
        else routeMap.once('idle', () => resolve());
      }),
  );
  // The line's 11th vertex, [53.911, 44.516], where it is on the page now.
  const vertex = await page.evaluate(() => {
    const routeMap = window.__deskRouteMap;
    if (!routeMap) throw new Error('no route map');
    const point = routeMap.project([53.911, 44.516]);
    const box = routeMap.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  });
  await page.mouse.move(vertex.x, vertex.y);
  await page.mouse.down();
  await page.mouse.move(vertex.x + 30, vertex.y + 40, { steps: 12 });
  await page.mouse.up();

  await expect(length).not.toHaveText('417.9 km');
  const shown = Number.parseFloat((await length.textContent()) ?? '');
  expect(shown).toBeGreaterThan(418);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Everything is saved.')).toBeVisible();

  // The saved line has that vertex moved, and measures what the form showed.
  const diff = deskDiff();
  expect(Object.keys(diff)).toEqual(['projects/titr.geojson']);
  expect(diff['projects/titr.geojson']?.removed.map((line) => line.trim())).toEqual([
    '[53.911, 44.516],',
  ]);
  const saved = JSON.parse(deskFile('projects/titr.geojson')) as {
    features: { properties: { name: string }; geometry: LineString }[];
  };
  const line = saved.features.find((feature) => feature.properties.name === route);
  if (!line) throw new Error('the route is gone');
  expect(lineKm(line.geometry.coordinates)).toBeCloseTo(shown, 0);
});

test('a route note not yet translated is flagged in the desk, reaches readers in English marked as English, and in Russian once translated there', async ({
  page,
}) => {
  test.slow(); // the preview's map loads again after the save
  const route = 'Kazakh rail: Beyneu – Aktau port';
  const russian = JSON.parse(deskFile('i18n/ru.json')) as {
    projects: Record<string, { routeSources: Record<string, string> }>;
  };
  const titr = russian.projects.titr;
  if (!titr) throw new Error('no titr');
  const translated = titr.routeSources[route];
  delete titr.routeSources[route];
  writeFileSync(join(DESK_DATA, 'i18n/ru.json'), formatDataFile('i18n/ru.json', russian));
  const english = (JSON.parse(deskFile('projects/titr.geojson')) as RouteFile).features.find(
    (feature) => feature.properties.name === route,
  )?.properties.source;
  if (!english || !translated) throw new Error('no note');

  // The preview beside the desk is the map a Russian reader sees.
  await openProject(page, /Middle Corridor/);
  await page.getByRole('button', { name: 'Русский', exact: true }).click();
  const preview = page.frameLocator('iframe[title="Preview"]');
  await expect(preview.locator('[lang="en"]', { hasText: english })).toBeVisible({
    timeout: MAP_LOAD_TIMEOUT,
  });

  await page.getByRole('button', { name: 'Translations', exact: true }).click();
  await page.getByRole('button', { name: /^Missing/ }).click();
  const cell = page.getByLabel(`Русский: projects.titr.routeSources."${route}"`, { exact: true });
  await expect(cell).toHaveAccessibleDescription(/Missing.*Readers see, marked as English/);
  await cell.fill(translated);
  await cell.press('Enter');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Everything is saved.')).toBeVisible();
  expect(deskFile('i18n/ru.json')).toBe(readFileSync(join('data', 'i18n/ru.json'), 'utf8'));

  await page
    .getByRole('button', { name: /Middle Corridor/ })
    .first()
    .click();
  await expect(preview.getByText(translated)).toBeVisible({ timeout: MAP_LOAD_TIMEOUT });
  await expect(preview.locator('[lang="en"]', { hasText: english })).toHaveCount(0);
});

interface RouteFile {
  features: { properties: { name: string; source: string } }[];
}

/**
 * A page of another origin, served by the test itself on the loopback address: another local
 * server's page, the closest a foreign page comes (the browser's own guard against public pages
 * reaching loopback does not apply to it; Vite's default would let it read across origins).
 */
async function foreignSite(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end('<!doctype html><title>Another site</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

test('a page on another origin cannot read the desk or make it write', async ({ page }) => {
  const site = await foreignSite();
  test.info().attachments.push({
    name: 'foreign site',
    contentType: 'text/plain',
    body: Buffer.from(site.url),
  });
  await page.goto(site.url);
  const answers: number[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(DESK_ORIGIN)) answers.push(response.status());
  });
  // What an attacker can know from the public repository: the file and its version.
  const text = readFileSync('data/projects.json', 'utf8');
  const hacked = { ...JSON.parse(text), mapTitle: 'Hacked' };
  const edit = JSON.stringify({
    changes: [{ path: 'projects.json', value: hacked, base: versionOf(text) }],
  });
  const attempts = await page.evaluate(
    async ([desk, edit]) => {
      const outcome = async (attempt: () => Promise<Response>) => {
        try {
          const response = await attempt();
          return `status ${response.status} (${response.type})`;
        } catch {
          return 'blocked';
        }
      };
      return {
        readPage: await outcome(() => fetch(`${desk}/desk.html`)),
        readFiles: await outcome(() => fetch(`${desk}/api/files`)),
        jsonPost: await outcome(() =>
          fetch(`${desk}/api/save`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'x-desk-token': 'guessed' },
            body: edit,
          }),
        ),
        // A "simple" request needs no preflight: the browser sends it and hides the answer.
        simplePost: await outcome(() =>
          fetch(`${desk}/api/save`, { method: 'POST', mode: 'no-cors', body: edit }),
        ),
      };
    },
    [DESK_ORIGIN, edit] as const,
  );
  expect(attempts).toEqual({
    readPage: 'blocked',
    readFiles: 'blocked',
    jsonPost: 'blocked',
    simplePost: 'status 0 (opaque)',
  });
  // A classic cross-site form post, which navigates to the desk's answer.
  const answer = page.waitForResponse(`${DESK_ORIGIN}/api/save`);
  await page.evaluate(
    ([desk, edit]) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = `${desk}/api/save`;
      form.enctype = 'text/plain';
      const field = document.createElement('input');
      // text/plain sends name=value: the JSON, closed by a throwaway key.
      field.name = `${edit.slice(0, -1)},"x":"`;
      field.value = '"}';
      form.append(field);
      document.body.append(form);
      form.submit();
    },
    [DESK_ORIGIN, edit] as const,
  );
  expect((await answer).status()).toBe(403);
  // The desk itself refused whatever reached it: the browser hid the answers from the page.
  expect(answers.length).toBeGreaterThanOrEqual(2);
  expect(new Set(answers)).toEqual(new Set([403]));
  expect(deskDiff(), 'nothing was written').toEqual({});
  site.close();
});

/** A request to the desk naming another host, as a rebound DNS name would. */
function getWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: DESK_PORT, path, headers: { Host: host } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

test('a foreign host name gets nothing from the desk (DNS rebinding)', async () => {
  expect(await getWithHost('/desk.html', `rebound.example:${DESK_PORT}`)).toBe(403);
  expect(await getWithHost('/api/files', `rebound.example:${DESK_PORT}`)).toBe(403);
  expect(await getWithHost('/desk.html', `127.0.0.1:${DESK_PORT}`)).toBe(200);
});

test("the desk's own page writes only with its secret, and only the content's files", async ({
  page,
}) => {
  await page.goto(DESK_URL);
  const results = await page.evaluate(async () => {
    const token =
      document.querySelector<HTMLMetaElement>('meta[name="trans-caspian-desk-token"]')?.content ??
      '';
    const save = async (headers: Record<string, string>, path: string) => {
      const response = await fetch('/api/save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ changes: [{ path, value: {}, base: null }] }),
      });
      return response.status;
    };
    return {
      tokenLength: token.length,
      withoutToken: await save({}, 'notes.json'),
      wrongToken: await save({ 'x-desk-token': `${token}x` }, 'notes.json'),
      outsideData: await save({ 'x-desk-token': token }, '../package.json'),
      unknownFile: await save({ 'x-desk-token': token }, 'notes.json'),
    };
  });
  expect(results).toEqual({
    tokenLength: 43,
    withoutToken: 403,
    wrongToken: 403,
    outsideData: 400,
    unknownFile: 400,
  });
  expect(deskDiff()).toEqual({});
  expect(existsSync('package.json.tmp')).toBe(false);
});

test('the build holds no part of the desk', () => {
  expect(existsSync('dist/desk.html')).toBe(false);
  const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && /\.(html|js|json)$/.test(entry.name),
  );
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), 'utf8');
    expect(text, file.name).not.toContain('trans-caspian-desk-token');
    expect(text, file.name).not.toContain('/api/save');
  }
});
