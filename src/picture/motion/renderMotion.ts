/**
 * The story in motion as a video or GIF: each frame rendered, not recorded, from the motion plan
 * on the off-screen export map, with the still picture's title, legend and credit, the date card
 * and the caption card, and handed to the encoder as soon as it is drawn (never all held). The
 * map is drawn again only where what it shows changes: a status, or the camera on its way to a
 * caption's project. The same request gives the same frames.
 */
import type { Project } from '../../content/schema.ts';
import { fillParts } from '../../i18n/translate.ts';
import type { MapView } from '../../state/url.ts';
import { renderFrame } from '../offscreenMap.ts';
import { type PicturePlan, planPicture } from '../picturePlan.ts';
import type { PictureRequest } from '../pictureRequest.ts';
import { fontsFor, paintPicture, planRaster, rasterCards } from '../renderPng.ts';
import type { Camera } from '../vector/projection.ts';
import type { Group } from '../vector/scene.ts';
import { type CaptionWords, captionCard, dateCard, faded, layoutCaptions } from './captionCards.ts';
import type { FrameSink } from './frameSink.ts';
import {
  describeMotion,
  GIF_FPS,
  motionCues,
  planMotion,
  VIDEO_FPS,
  webVtt,
} from './motionPlan.ts';
import type { VideoContainer } from './videoSink.ts';

/**
 * The plan, for the export options: they load it with the renderer, so that the page's first load
 * shares none of it.
 */
export { captionCount, describeMotion, GIF_FPS, planMotion, VIDEO_FPS } from './motionPlan.ts';

/** What to write: the best video the browser offers, a given container, or a GIF. */
export type MotionFormat = 'video' | VideoContainer | 'gif';

export interface MotionOptions {
  format: MotionFormat;
  /** Whether the camera moves to each caption's project (never under reduced motion). */
  moveCamera: boolean;
  /** Stops the render at once: nothing is written. */
  signal?: AbortSignal;
  onProgress?: (frame: number, frames: number) => void;
}

export interface MotionFile {
  blob: Blob;
  extension: 'mp4' | 'webm' | 'gif';
  codec: string;
  width: number;
  height: number;
  fps: number;
  frames: number;
  seconds: number;
  /** The captions as WebVTT, in the picture's language. */
  captions: string;
  title: string;
  /** What the picture shows, in words (its alt text). */
  description: string;
}

/** A GIF's width: small enough for a feed, large enough to read its captions. */
export const GIF_WIDTH = 720;
/** How long a caption takes to fade in, and the camera to reach a caption's project. */
const FADE_SECONDS = 0.25;
const MOVE_SECONDS = 0.8;

/** H.264 and VP9 take sides of whole pairs of pixels. */
const even = (value: number) => value - (value % 2);

/** Lets the page handle input between frames, without the 4 ms a nested timer waits. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

type PlanCamera = PicturePlan['camera'];

const smooth = (t: number) => t * t * (3 - 2 * t);

/** The camera `t` of the way from `from` to `to`. */
function between(from: PlanCamera, to: PlanCamera, t: number): PlanCamera {
  const mix = (a: number, b: number) => a + (b - a) * smooth(t);
  return {
    ...to,
    center: [mix(from.center[0], to.center[0]), mix(from.center[1], to.center[1])],
    zoom: mix(from.zoom, to.zoom),
  };
}

const sameCamera = (a: Camera, b: Camera) =>
  a.zoom === b.zoom && a.center[0] === b.center[0] && a.center[1] === b.center[1];

/** The container a format asks for, if this browser can write it at this size. */
async function containerFor(
  format: Exclude<MotionFormat, 'gif'>,
  width: number,
  height: number,
): Promise<VideoContainer> {
  const { videoContainerFor } = await import('./videoSink.ts');
  const offered = await videoContainerFor(
    width,
    height,
    VIDEO_FPS,
    format === 'video' ? undefined : format,
  );
  if (offered) return offered;
  throw new Error(
    `this browser cannot encode ${format === 'video' ? 'video' : format.toUpperCase()} at ${width} × ${height}`,
  );
}

/** Renders the story of `request` in motion; rejects with an AbortError when cancelled. */
export async function renderMotion(
  request: PictureRequest,
  options: MotionOptions,
): Promise<MotionFile> {
  const { signal, onProgress } = options;
  const gif = options.format === 'gif';
  const fps = gif ? GIF_FPS : VIDEO_FPS;
  // The latest day's still, as the PNG of the same request: the picture ends on it.
  const still: PictureRequest = {
    ...request,
    scale: gif ? GIF_WIDTH / request.width : 1,
    asOf: null,
    callout: false,
  };
  const raster = await planRaster(still);
  signal?.throwIfAborted();
  const { picture, i18n, fonts, theme, styleOf, scale } = raster;
  const width = gif ? Math.round(picture.width * scale) : even(Math.round(picture.width * scale));
  const height = gif
    ? Math.round(picture.height * scale)
    : even(Math.round(picture.height * scale));
  const container =
    options.format === 'gif' ? null : await containerFor(options.format, width, height);

  const plan = planMotion(
    i18n.content,
    {
      project: request.project,
      visible: picture.cardContent.visible,
      moveCamera: options.moveCamera,
    },
    i18n,
    fps,
  );
  const projects = new Map<string, Project>(i18n.content.projects.map((p) => [p.id, p]));
  const words: CaptionWords = {
    projectName: (id) => projects.get(id)?.name ?? id,
    sources: (publishers) =>
      fillParts(i18n.t('panel.sources', { count: publishers.length }), {
        sources: i18n.formatList(publishers),
      }).join(''),
  };

  // Every day's cards, on the still's camera: its legend's statuses and its credit's day.
  const pinned: MapView = {
    zoom: picture.camera.zoom,
    lng: picture.camera.center[0],
    lat: picture.camera.center[1],
    bearing: 0,
    pitch: 0,
  };
  const days = new Map<string, { plan: PicturePlan; cards: Group[] }>();
  for (const beat of plan.beats) {
    if (days.has(beat.day)) continue;
    const dayPlan =
      beat.day === plan.end
        ? picture
        : planPicture({ ...still, asOf: beat.day, view: pinned }, { i18n, fonts });
    days.set(beat.day, { plan: dayPlan, cards: rasterCards(dayPlan, theme) });
  }
  const dayOf = (day: string) => {
    const found = days.get(day);
    if (!found) throw new Error(`no plan for ${day}`);
    return found;
  };
  const layout = layoutCaptions(
    picture,
    plan.beats,
    fonts,
    words,
    [...days.values()].flatMap(({ plan: p }) => (p.cards.legend ? [p.cards.legend.box] : [])),
  );
  // Each caption's card, set once: the fonts are loaded for it, then every frame paints it.
  const captionCards = plan.beats.map((beat): Group | null => {
    const { caption } = beat;
    const project = caption && projects.get(caption.project);
    if (!caption || !project) return null;
    const status = dayOf(beat.day).plan.cardContent.statuses[project.id];
    return captionCard(layout, caption, project, status, fonts, words, theme, picture.unit);
  });

  // Where the camera goes for a caption: its project framed as its own picture would be.
  const cameras = new Map<string, PlanCamera>();
  const cameraFor = (project: string | null): PlanCamera => {
    if (project === null) return picture.camera;
    const known = cameras.get(project);
    if (known) return known;
    const framed = planPicture({ ...still, project, view: null }, { i18n, fonts }).camera;
    cameras.set(project, framed);
    return framed;
  };

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: gif });
  if (!ctx) throw new Error('the browser gave no 2D canvas to draw the frames on');

  // The map is drawn again only for what it has not just drawn: one bitmap is kept.
  let drawn: { key: string; pixels: ImageBitmap } | null = null;
  const mapPixels = async (dayPlan: PicturePlan, camera: PlanCamera) => {
    const key = JSON.stringify([dayPlan.layerState, camera]);
    if (drawn?.key === key) return drawn.pixels;
    const pixels = await renderFrame({
      ...raster.frame,
      style: styleOf(dayPlan.layerState),
      camera: {
        ...raster.frame.camera,
        center: camera.center,
        zoom: camera.zoom - Math.log2(picture.unit),
      },
    });
    drawn?.pixels.close();
    drawn = { key, pixels };
    return pixels;
  };
  const compose = async (
    beat: (typeof plan.beats)[number],
    camera: PlanCamera,
    alpha: number,
    caption: Group | null,
  ) => {
    const day = dayOf(beat.day);
    const pixels = await mapPixels(day.plan, camera);
    const cards = [...day.cards];
    const date = beat.date ? dateCard(layout, beat.date, theme) : null;
    if (date) cards.push(date);
    if (caption) cards.push(faded(caption, alpha));
    paintPicture(ctx, pixels, scale, cards);
  };

  let sink: FrameSink | null = null;
  try {
    // The page's font, loaded for every word the cards paint.
    const captions = plan.beats.flatMap((beat, i) => {
      const date = beat.date ? dateCard(layout, beat.date, theme) : null;
      return [captionCards[i] ?? null, date].filter((g): g is Group => g !== null);
    });
    await fontsFor([...[...days.values()].flatMap((day) => day.cards), ...captions]);
    signal?.throwIfAborted();

    if (gif) {
      // The palette from the first frame and the last, with the map's own colours kept exact.
      const samples: ImageData[] = [];
      for (const i of [0, plan.beats.length - 1]) {
        const beat = plan.beats[i];
        if (!beat) continue;
        await compose(beat, picture.camera, 1, captionCards[i] ?? null);
        samples.push(ctx.getImageData(0, 0, width, height));
      }
      const exact = [
        ...i18n.content.projects.map((project) => project.colours[theme.name]),
        theme.cards.ink,
        theme.cards.muted,
        theme.land,
        theme.water,
      ];
      const { gifPalette, gifSink } = await import('./gifSink.ts');
      sink = gifSink(gifPalette(samples, exact), fps);
    } else {
      const { videoSink } = await import('./videoSink.ts');
      sink = await videoSink(canvas, container ?? 'webm', fps, picture.texts.title);
    }

    let camera = picture.camera;
    let index = 0;
    for (const [beatIndex, beat] of plan.beats.entries()) {
      // The camera moves on a caption (to its project) and at the close (back to the whole).
      const target =
        beat.caption || beat.date === null ? cameraFor(beat.focus) : (camera as PlanCamera);
      const from = camera;
      const moveFrames = sameCamera(from, target)
        ? 0
        : Math.min(beat.frames, Math.round(MOVE_SECONDS * fps));
      const caption = captionCards[beatIndex] ?? null;
      const fadeFrames = caption ? Math.min(beat.frames, Math.round(FADE_SECONDS * fps)) : 0;
      let composed = '';
      for (let frame = 0; frame < beat.frames; frame++) {
        signal?.throwIfAborted();
        const at = frame < moveFrames ? between(from, target, (frame + 1) / moveFrames) : target;
        const alpha = frame < fadeFrames ? (frame + 1) / (fadeFrames + 1) : 1;
        const key = JSON.stringify([beatIndex, at, alpha]);
        if (key !== composed) {
          await compose(beat, at, alpha, caption);
          composed = key;
        }
        await sink.add(canvas, index);
        index += 1;
        onProgress?.(index, plan.frames);
        await nextTask();
      }
      camera = target;
    }
    const file = await sink.finish();
    const cues = motionCues(plan, words.sources);
    return {
      ...file,
      width,
      height,
      fps,
      frames: plan.frames,
      seconds: plan.seconds,
      captions: webVtt(cues),
      title: picture.texts.title,
      description: describeMotion(plan, picture.texts.description, i18n),
    };
  } catch (error) {
    await sink?.cancel().catch(() => undefined);
    throw error;
  } finally {
    (drawn as { pixels: ImageBitmap } | null)?.pixels.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}
