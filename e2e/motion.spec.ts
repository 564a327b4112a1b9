/**
 * The story in motion: the video and the GIF are decoded and checked (size, frame rate, length,
 * codec), their frames compared with still pictures of the same days, their captions with the
 * milestones; and a render cancelled from the export options leaves nothing downloaded.
 */
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { PNG } from 'pngjs';
import { nodeFontBook } from '../src/fonts/nodeFonts.ts';
import { createI18n } from '../src/i18n/createI18n.ts';
import { fillParts } from '../src/i18n/translate.ts';
import {
  GIF_FPS,
  type MotionPlan,
  motionCues,
  planMotion,
  VIDEO_FPS,
  webVtt,
} from '../src/picture/motion/motionPlan.ts';
import type { MotionResponse, PictureResponse } from '../src/picture/pictureApi.ts';
import { planPicture } from '../src/picture/picturePlan.ts';
import type { PictureRequest } from '../src/picture/pictureRequest.ts';
import { loadTestContent } from '../test/content.ts';
import { testRequest } from '../test/pictureRequest.ts';
import { expect, type MapPage, test } from './driver.ts';

const content = loadTestContent();
const en = createI18n(content, 'en');
/** The fibre line: agreed on the article's day, under construction from 3 March 2025. */
const REQUEST = testRequest({ width: 480, height: 480, project: 'fiber-optic', callout: false });
/** What the plan is asked: every project drawn, the camera still. */
const motionAsk = { visible: en.content.projects, moveCamera: false };
const MEDIABUNNY = 'node_modules/mediabunny/dist/bundles/mediabunny.min.mjs';

const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.replace(/^data:[^,]*,/, ''), 'base64');

/** The page with the picture hooks, and mediabunny's reader served to it for decoding. */
async function openPicturePage(mapPage: MapPage) {
  await mapPage.page.route('**/__mediabunny.mjs', (route) =>
    route.fulfill({ body: readFileSync(MEDIABUNNY), contentType: 'text/javascript' }),
  );
  await mapPage.open('', '?picture');
}

async function still(mapPage: MapPage, request: PictureRequest): Promise<PNG> {
  const response = await mapPage.page.evaluate(
    (asked) => window.transCaspianPicture?.(asked) as Promise<PictureResponse>,
    request,
  );
  return PNG.sync.read(bytesOf(response.dataUrl));
}

/** A video or GIF of `request`, the camera still, through the page's picture hook. */
function motion(mapPage: MapPage, request: PictureRequest, format: 'video' | 'gif') {
  return mapPage.page.evaluate(
    ([asked, as]) =>
      window.transCaspianMotion?.(asked, {
        format: as,
        moveCamera: false,
      }) as Promise<MotionResponse>,
    [request, format] as const,
  );
}

/** The frames shown at `times` (seconds) of a video, decoded in the page, as PNGs. */
async function videoFrames(mapPage: MapPage, dataUrl: string, times: number[]): Promise<PNG[]> {
  const urls = await mapPage.page.evaluate(
    async ([url, at]) => {
      const mb = await import(/* @vite-ignore */ `${location.origin}/__mediabunny.mjs`);
      const bytes = Uint8Array.from(atob(url.replace(/^data:[^,]*,/, '')), (c) => c.charCodeAt(0));
      const input = new mb.Input({ source: new mb.BufferSource(bytes), formats: mb.ALL_FORMATS });
      const track = await input.getPrimaryVideoTrack();
      const sink = new mb.CanvasSink(track);
      const pngs: string[] = [];
      for (const time of at) {
        const frame = await sink.getCanvas(time);
        pngs.push(frame.canvas.toDataURL('image/png'));
      }
      return pngs;
    },
    [dataUrl, times] as const,
  );
  return urls.map((url) => PNG.sync.read(bytesOf(url)));
}

/** The share of pixels whose channels all lie within `tolerance` of the other picture's. */
function sameShare(a: PNG, b: PNG, tolerance = 24): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let same = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const close = [0, 1, 2].every(
      (c) => Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) <= tolerance,
    );
    if (close) same++;
  }
  return same / (a.width * a.height);
}

/**
 * Of the pixels where `before` and `after` differ, the share where `frame` is nearer `after`:
 * near 1 when the frame shows the later statuses, near 0 when it shows the earlier.
 */
function nearerAfter(frame: PNG, before: PNG, after: PNG): { share: number; changed: number } {
  let changed = 0;
  let nearer = 0;
  const distance = (x: PNG, y: PNG, i: number) =>
    [0, 1, 2].reduce((sum, c) => sum + Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)), 0);
  for (let i = 0; i < frame.data.length; i += 4) {
    if (distance(before, after, i) < 90) continue;
    changed++;
    if (distance(frame, after, i) < distance(frame, before, i)) nearer++;
  }
  return { share: nearer / Math.max(changed, 1), changed };
}

/** The time of the middle of the last frame of the beat a test looks at. */
const endOf = (plan: MotionPlan, index: number) => {
  const beat = plan.beats[index];
  if (!beat) throw new Error(`no beat ${index}`);
  return (beat.start + beat.frames - 0.5) / plan.fps;
};

test('the video: H.264 at 30 fps, as long as its plan, on the days its frames say', async ({
  mapPage,
}) => {
  test.slow(); // the page's map, a video of about 700 frames, and four still pictures
  await openPicturePage(mapPage);
  const response = await motion(mapPage, REQUEST, 'video');
  const plan = planMotion(en.content, { ...motionAsk, project: REQUEST.project }, en, VIDEO_FPS);

  // What was written, read back by mediabunny's demuxer.
  const input = new Input({
    source: new BufferSource(bytesOf(response.dataUrl)),
    formats: ALL_FORMATS,
  });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('the file has no video track');
  expect(await input.getMimeType()).toContain('video/mp4');
  expect(track.codec).toBe('avc');
  expect([track.displayWidth, track.displayHeight]).toEqual([480, 480]);
  const stats = await track.computePacketStats();
  expect(stats.packetCount).toBe(plan.frames);
  expect(stats.averagePacketRate).toBeCloseTo(30, 1);
  expect(await input.computeDuration()).toBeCloseTo(plan.seconds, 1);
  expect(response).toMatchObject({ codec: 'H.264', fps: 30, frames: plan.frames });

  // The captions: one cue per milestone shown, in order, at its frames' times.
  const sources = (publishers: readonly string[]) =>
    fillParts(en.t('panel.sources', { count: publishers.length }), {
      sources: en.formatList(publishers),
    }).join('');
  expect(response.captions).toBe(webVtt(motionCues(plan, sources)));
  const events = plan.beats.flatMap((beat) => (beat.caption ? [beat.caption.event] : []));
  const fibre = content.projects.find((project) => project.id === 'fiber-optic');
  const shown = fibre?.milestones.filter(
    (m) => !m.expected && m.date >= '2024-01-31' && m.date <= '2026-03-31',
  );
  expect(events).toEqual(shown?.map((m) => m.event));

  // The stills of the days the frames show, on the video's camera.
  const camera = planPicture(
    { ...REQUEST, scale: 1, asOf: null },
    { i18n: en, fonts: await nodeFontBook() },
  ).camera;
  const view = {
    zoom: camera.zoom,
    lng: camera.center[0],
    lat: camera.center[1],
    bearing: 0,
    pitch: 0,
  };
  const stillOn = (asOf: string | null) =>
    still(mapPage, { ...REQUEST, asOf, view: asOf === null ? null : view });
  const change = plan.beats.findIndex((beat) => beat.day === '2025-03-03');
  const [first, beforeChange, afterChange, last] = await videoFrames(mapPage, response.dataUrl, [
    0,
    endOf(plan, change - 1),
    endOf(plan, change),
    plan.seconds - 0.5 / VIDEO_FPS,
  ]);
  if (!first || !beforeChange || !afterChange || !last) throw new Error('frames missing');
  const [article, agreed, building, latest] = [
    await stillOn('2024-01-31'),
    await stillOn('2025-03-01'),
    await stillOn('2025-03-03'),
    await stillOn(null),
  ];
  if (!article || !agreed || !building || !latest) throw new Error('stills missing');
  // The first frame is the article's day, with its date card over it.
  expect(sameShare(first, article), 'first frame against the article day').toBeGreaterThan(0.93);
  // The last is the still picture of the latest day.
  expect(sameShare(last, latest), 'last frame against the still').toBeGreaterThan(0.995);
  // Where the fibre line's status changes, the frames change with it.
  const before = nearerAfter(beforeChange, agreed, building);
  const after = nearerAfter(afterChange, agreed, building);
  expect(before.changed, 'pixels the status changes').toBeGreaterThan(200);
  expect(before.share, 'the frame before the change').toBeLessThan(0.3);
  expect(after.share, 'the frame after the change').toBeGreaterThan(0.6);
});

test('the GIF: 720 px wide, 12.5 frames a second, as long as its plan, one palette, the same twice', async ({
  mapPage,
}) => {
  test.slow(); // the page's map and a GIF of about 300 frames
  await openPicturePage(mapPage);
  const request = { ...REQUEST, width: 1080, height: 1080 };
  const response = await motion(mapPage, request, 'gif');
  const plan = planMotion(en.content, { ...motionAsk, project: request.project }, en, GIF_FPS);
  const gif = bytesOf(response.dataUrl);
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  expect([gif.readUInt16LE(6), gif.readUInt16LE(8)]).toEqual([720, 720]);
  // A global colour table of 256 colours (flag bit, size 7), and no frame with its own.
  expect(gif[10]).toBe(0xf7);
  const decoded = await mapPage.page.evaluate(async (url) => {
    const data = Uint8Array.from(atob(url.replace(/^data:[^,]*,/, '')), (c) => c.charCodeAt(0));
    const decoder = new ImageDecoder({ data, type: 'image/gif' });
    await decoder.tracks.ready;
    const count = decoder.tracks.selectedTrack?.frameCount ?? 0;
    let seconds = 0;
    let shortest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const { image } = await decoder.decode({ frameIndex: i });
      seconds += (image.duration ?? 0) / 1e6;
      shortest = Math.min(shortest, (image.duration ?? 0) / 1e6);
      image.close();
    }
    return { count, seconds, shortest };
  }, response.dataUrl);
  expect(decoded.seconds).toBeCloseTo(plan.seconds, 1);
  expect(decoded.shortest).toBeCloseTo(1 / GIF_FPS, 2);
  // Frames that repeat the one before lengthen it instead of being written again.
  expect(decoded.count).toBeGreaterThan(10);
  expect(decoded.count).toBeLessThan(plan.frames / 2);
  expect(response.description).toContain('An animated map from 31 January 2024 to 31 March 2026');
  // The same request gives the same frames, so the same file.
  const again = await motion(mapPage, request, 'gif');
  expect(bytesOf(again.dataUrl).equals(gif), 'the second GIF is the first, byte for byte').toBe(
    true,
  );
});

test('the camera stays under reduced motion: its option is off and says why', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await mapPage.open();
  const dialog = await mapPage.openExport();
  await dialog.getByRole('radio', { name: /^Video/ }).check();
  const follow = dialog.getByLabel('Move the camera to each milestone’s project');
  await expect(follow).toBeDisabled();
  await expect(follow).not.toBeChecked();
  await expect(dialog.getByText('Off while your device asks for reduced motion.')).toBeVisible();
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(follow).toBeEnabled();
  await follow.check();
  // Camera moves add nothing to the length: the captions set it.
  await expect(dialog.getByText(/36 milestones in captions, 120 s\.$/)).toBeVisible();
});

test('a render cancelled from the export options stops at once, downloads nothing, and the page works on', async ({
  mapPage,
}) => {
  test.slow(); // the page's map and the start of a video on the off-screen map
  const { page } = mapPage;
  await mapPage.open('#project=titr');
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const dialog = await mapPage.openExport();
  await dialog.getByRole('radio', { name: /^Video/ }).check();
  await expect(dialog.getByText('This browser writes MP4 video (H.264).')).toBeVisible();
  await expect(
    dialog.getByText(/^From 31 January 2024 to 31 March 2026: 10 milestones/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Download MP4' }).click();
  const progress = dialog.getByRole('progressbar');
  await expect(dialog.getByText(/^Frame [1-9]\d* of \d+/)).toBeVisible({ timeout: 45_000 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.locator('.tool-status')).toHaveText('Cancelled: nothing was saved.');
  await expect(progress).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Download MP4' })).toBeEnabled();
  expect(downloads).toEqual([]);
  // The page works on: the off-screen map, stopped mid-video, makes the next picture.
  await dialog.getByRole('radio', { name: 'PNG (pixels)' }).check();
  const png = await mapPage.downloadExport(dialog);
  expect(png.suggestedFilename()).toBe('trans-caspian-titr-2x.png');
  expect(downloads).toEqual(['trans-caspian-titr-2x.png']);
});

test('the export options make a GIF at the size chosen, with its alt text', async ({ mapPage }) => {
  test.slow(); // the page's map, then a short GIF on the off-screen map
  const { page } = mapPage;
  await mapPage.open('#project=fruit-vegetable-supplies');
  const dialog = await mapPage.openExport();
  await dialog.getByRole('radio', { name: 'Animated GIF' }).check();
  await dialog.getByLabel('Size').selectOption({ label: '1920 × 1080 (widescreen video)' });
  // Never under reduced motion, and never for one selected project: the camera stays.
  await expect(dialog.getByLabel('Move the camera to each milestone’s project')).toBeDisabled();
  await expect(dialog.locator('.alt-text')).toHaveValue(/^An animated map from 31 January 2024/);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    dialog.getByRole('button', { name: 'Download GIF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('trans-caspian-fruit-vegetable-supplies-720x405.gif');
  const gif = readFileSync(await download.path());
  expect([gif.readUInt16LE(6), gif.readUInt16LE(8)]).toEqual([720, 405]);
  await expect(dialog.locator('.tool-status')).toContainText('720 × 405 px');
});
