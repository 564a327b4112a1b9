/**
 * Story mode on a host page on another origin: the demo story page (served as http://localhost,
 * the map as http://127.0.0.1), and hand-made hosts. Each test loads one map.
 */
import { expect, type Frame, type Page, test } from '@playwright/test';
import { periodEnd } from '../src/content/dates.ts';
import { HOST_ATTRIBUTE } from '../src/embed/snippet.ts';
import { embeddedMap, serveHost } from './hostPage.ts';
import { PREVIEW_PORT } from './ports.ts';

const MAP_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const STORY = `http://localhost:${PREVIEW_PORT}/demo/story.html?map=${MAP_ORIGIN}/`;
const STEPS = '[data-trans-caspian-step]';

/** The map's state as its address records it: project and date, and the view. */
async function mapState(frame: Frame) {
  const pairs = new URLSearchParams(new URL(frame.url()).hash.slice(1));
  return {
    project: pairs.get('project'),
    date: pairs.get('date'),
    view: pairs.get('map'),
  };
}

/** What a step asks for, as the map records it. */
async function expected(page: Page, index: number) {
  const step = JSON.parse(
    (await page.locator(STEPS).nth(index).getAttribute('data-trans-caspian-step')) ?? '{}',
  ) as { project?: string; date?: string };
  return { project: step.project ?? null, date: step.date ? periodEnd(step.date) : null };
}

async function scrollToStep(page: Page, index: number) {
  await page
    .locator(STEPS)
    .nth(index)
    .evaluate((step) => step.scrollIntoView({ block: 'center' }));
}

/** Waits until the map's view stops changing (a flight has ended) and returns it. */
async function settledView(frame: Frame): Promise<string | null> {
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const { view } = await mapState(frame);
        const same = view === last;
        last = view;
        return same;
      },
      // Further apart than a flight lasts (0.8 s), which records its view only when it ends.
      { intervals: [1_500], timeout: 15_000 },
    )
    .toBe(true);
  return last;
}

test('on a desktop, each step scrolled into view selects its project and date at once', async ({
  page,
}) => {
  test.slow(); // twenty steps, each a flight
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(STORY);
  const frame = await embeddedMap(page);
  const count = await page.locator(STEPS).count();
  expect(count).toBeGreaterThanOrEqual(15);
  for (let index = 0; index < count; index++) {
    await scrollToStep(page, index);
    const want = await expected(page, index);
    await expect
      .poll(
        async () => {
          const { project, date } = await mapState(frame);
          return { project, date };
        },
        // Within a second alone (see the note's figures); three beside another map on two cores.
        { timeout: 3_000, message: `step ${index}` },
      )
      .toEqual(want);
  }
  // The map stayed in view beside the text all along, and the page never scrolled inside it.
  const box = await page.locator('iframe').boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
});

test('scrolling back restores the step before exactly, and above the first the map as it opened', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(STORY);
  const frame = await embeddedMap(page);
  const opened = await mapState(frame);
  await scrollToStep(page, 2);
  await expect.poll(async () => (await mapState(frame)).project).toBe('titr');
  await settledView(frame);
  const atTwo = await mapState(frame);
  await scrollToStep(page, 6);
  await expect.poll(async () => (await mapState(frame)).project).toBe('oil-transit');
  await scrollToStep(page, 2);
  await expect.poll(() => mapState(frame), { timeout: 10_000 }).toEqual(atTwo);
  // Above the first step: no project, no date, the opening view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(async () => (await mapState(frame)).project).toBeNull();
  await settledView(frame);
  expect(await mapState(frame)).toEqual(opened);
  // The reader was told, politely, what each step showed.
  await scrollToStep(page, 1);
  await expect(frame.getByTestId('announcer')).toHaveText(
    'Middle Corridor, 30 October 2017: Operating',
  );
  await expect(frame.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
});

test('a reload in the middle of the story opens at the step in view; reduced motion jumps', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(STORY);
  await embeddedMap(page);
  await scrollToStep(page, 7);
  await page.reload();
  const frame = await embeddedMap(page);
  const want = await expected(page, 7);
  await expect
    .poll(async () => {
      const { project, date } = await mapState(frame);
      return { project, date };
    })
    .toEqual(want);
  // A jump: the view the step fits is there at once, and stays.
  const view = (await mapState(frame)).view;
  expect(await settledView(frame)).toBe(view);
});

test('on a phone the map sticks to the top and the step below it is the one shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(STORY);
  const frame = await embeddedMap(page);
  await scrollToStep(page, 3);
  await expect
    .poll(async () => (await mapState(frame)).project)
    .toBe((await expected(page, 3)).project);
  const map = await page.locator('iframe').boundingBox();
  expect(map?.y).toBe(0);
  const mapBottom = (map?.y ?? 0) + (map?.height ?? 0);
  // The next step comes up from below the map: it is shown once it is well in sight under it.
  const step = page.locator(STEPS).nth(4);
  const top = (await step.boundingBox())?.y ?? 0;
  await page.evaluate((by) => window.scrollBy(0, by), top - (mapBottom + 48));
  await expect
    .poll(async () => (await mapState(frame)).project)
    .toBe((await expected(page, 4)).project);
  expect((await step.boundingBox())?.y ?? 0).toBeGreaterThan(mapBottom);
  expect((await page.locator('iframe').boundingBox())?.y).toBe(0);
});

test('a step of an unknown or hidden project, and forged steps from another frame, change nothing', async ({
  page,
}) => {
  const gap = '<div style="height:120vh"></div>';
  const host = await serveHost(
    `<div style="position:sticky;top:0;width:50%;float:right"><iframe src="${MAP_ORIGIN}/?embed=1&mapOnly=1&height=300" width="100%" height="332" style="border:0;display:block" title="Map" ${HOST_ATTRIBUTE}></iframe></div>
<iframe id="other" src="data:text/html,<p>other</p>" width="10" height="10" title="Other"></iframe>
<div style="width:45%">${gap}
<p data-trans-caspian-step='{"project":"titr","date":"2017-10-30"}'>The corridor.</p>${gap}
<p data-trans-caspian-step='{"project":"pipeline-to-mars"}'>Unknown.</p>${gap}
<p data-trans-caspian-step='{"project":"oil-transit","visible":["titr"]}'>Hidden.</p>${gap}
<p data-trans-caspian-step='not json'>Broken.</p>${gap}</div>
<script src="${MAP_ORIGIN}/embed.js"></script>`,
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const frame = await embeddedMap(page);
    await scrollToStep(page, 0);
    await expect.poll(async () => (await mapState(frame)).project).toBe('titr');
    const shown = await mapState(frame);
    for (const index of [1, 2, 3]) {
      await scrollToStep(page, index);
      await page.waitForTimeout(500);
      expect(await mapState(frame), `step ${index}`).toMatchObject({
        project: 'titr',
        date: '2017-10-30',
      });
    }
    // A frame beside the map posts it a step as if it were the host: the map hears only its parent.
    const other = page.frameLocator('#other');
    await other.locator('body').evaluate(() => {
      for (const step of [{ project: 'oil-transit' }, null]) {
        window.parent.frames[0]?.postMessage({ type: 'trans-caspian:step', step }, '*');
      }
    });
    await page.waitForTimeout(500);
    expect(await mapState(frame)).toMatchObject({ project: shown.project, date: shown.date });
    expect(errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('a step reached by Tab is the one shown and announced, and the focus stays on the page', async ({
  page,
}) => {
  const host = await serveHost(
    `<div style="position:sticky;top:0;width:50%;float:right"><iframe src="${MAP_ORIGIN}/?embed=1&mapOnly=1&height=300" width="100%" height="332" style="border:0;display:block" title="Map" ${HOST_ATTRIBUTE}></iframe></div>
<div style="width:45%;padding-top:60vh">
<p data-trans-caspian-step='{"project":"titr","date":"2017-10-30"}'>The corridor, <a href="#a">a link</a>.</p>
<p data-trans-caspian-step='{"project":"fiber-optic","date":"2023-08-23"}'>The cable, <a href="#b">another link</a>.</p>
<div style="height:150vh"></div></div>
<script src="${MAP_ORIGIN}/embed.js"></script>`,
  );
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const frame = await embeddedMap(page);
    // Both steps sit below the middle of the screen: by position, none is current yet.
    expect((await mapState(frame)).project).toBeNull();
    await page.getByRole('link', { name: 'another link' }).focus();
    await expect.poll(async () => (await mapState(frame)).project).toBe('fiber-optic');
    await expect(frame.getByTestId('announcer')).toHaveText(
      'Fibre-optic line (indicative), 23 August 2023: Agreed',
    );
    await expect(page.getByRole('link', { name: 'another link' })).toBeFocused();
  } finally {
    await host.close();
  }
});
