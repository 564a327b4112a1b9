/**
 * Video through the browser's own encoder (WebCodecs), in a container written by mediabunny:
 * MP4 with H.264 where the browser can encode it at the picture's size, else WebM with VP9.
 */
import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
} from 'mediabunny';
import type { FrameSink } from './frameSink.ts';

export type VideoContainer = 'mp4' | 'webm';

/**
 * What the browser offers for a video of this size (of the `wanted` container only, if given):
 * H.264 in MP4 first, else VP9 in WebM; null for neither.
 */
export async function videoContainerFor(
  width: number,
  height: number,
  fps: number,
  wanted?: VideoContainer,
): Promise<VideoContainer | null> {
  const options = { width, height, frameRate: fps, quality: QUALITY_HIGH };
  if (typeof VideoEncoder === 'undefined') return null;
  if (wanted !== 'webm' && (await canEncodeVideo('avc', options))) return 'mp4';
  if (wanted !== 'mp4' && (await canEncodeVideo('vp9', options))) return 'webm';
  return null;
}

/** A key frame every two seconds: a player seeks quickly, the file stays small. */
const KEY_FRAME_SECONDS = 2;

export async function videoSink(
  canvas: HTMLCanvasElement,
  container: VideoContainer,
  fps: number,
  title: string,
): Promise<FrameSink> {
  const target = new BufferTarget();
  const output = new Output({
    format:
      container === 'mp4'
        ? new Mp4OutputFormat({ fastStart: 'in-memory' })
        : new WebMOutputFormat(),
    target,
  });
  const source = new CanvasSource(canvas, {
    codec: container === 'mp4' ? 'avc' : 'vp9',
    quality: QUALITY_HIGH,
    keyFrameInterval: KEY_FRAME_SECONDS,
  });
  output.addVideoTrack(source, { frameRate: fps });
  output.setMetadataTags({ title });
  await output.start();
  return {
    add: (_canvas, index) => source.add(index / fps, 1 / fps),
    async finish() {
      source.close();
      await output.finalize();
      const buffer = target.buffer;
      if (!buffer) throw new Error('the video encoder wrote nothing');
      const type = container === 'mp4' ? 'video/mp4' : 'video/webm';
      return {
        blob: new Blob([buffer], { type }),
        extension: container,
        codec: container === 'mp4' ? 'H.264' : 'VP9',
      };
    },
    cancel: () => output.cancel(),
  };
}
