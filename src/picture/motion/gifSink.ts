/**
 * An animated GIF through `gifenc`, with one palette for the whole picture, chosen for the map:
 * quantised from its first and last frames, with the project and card colours kept exact so that
 * no line bands or shifts hue from frame to frame. A frame that repeats the one before lengthens
 * it instead of being written again.
 */
import { applyPalette, GIFEncoder, type Palette, quantize } from 'gifenc';
import { parseColor } from '../vector/scene.ts';
import type { FrameSink } from './frameSink.ts';

/** GIF delays count hundredths of a second. */
const CENTISECOND_MS = 10;

/** The colours quantised from the frames, leaving room for the exact ones. */
const QUANTISED = 224;

/** One palette for every frame: the samples' colours quantised, then the exact colours. */
export function gifPalette(samples: readonly ImageData[], exact: readonly string[]): Palette {
  const length = samples.reduce((sum, sample) => sum + sample.data.length, 0);
  const pixels = new Uint8ClampedArray(length);
  let offset = 0;
  for (const sample of samples) {
    pixels.set(sample.data, offset);
    offset += sample.data.length;
  }
  const palette = quantize(pixels, QUANTISED);
  const key = (rgb: readonly number[]) => rgb.join(',');
  const known = new Set(palette.map(key));
  for (const colour of exact) {
    const { r, g, b } = parseColor(colour);
    const rgb = [r, g, b].map((channel) => Math.round(channel * 255));
    if (!known.has(key(rgb))) {
      known.add(key(rgb));
      palette.push(rgb);
    }
  }
  return palette.slice(0, 256);
}

const sameIndex = (a: Uint8Array, b: Uint8Array) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

export function gifSink(palette: Palette, fps: number): FrameSink {
  const frameMs = Math.round(1000 / fps / CENTISECOND_MS) * CENTISECOND_MS;
  const gif = GIFEncoder();
  let pending: { index: Uint8Array; width: number; height: number; delay: number } | null = null;
  let first = true;
  const flush = () => {
    if (!pending) return;
    const { index, width, height, delay } = pending;
    gif.writeFrame(index, width, height, { palette: first ? palette : undefined, delay, first });
    first = false;
  };
  return {
    async add(canvas) {
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('the browser gave no 2D canvas to read the frame from');
      const { width, height } = canvas;
      const index = applyPalette(ctx.getImageData(0, 0, width, height).data, palette);
      if (pending && sameIndex(pending.index, index)) {
        pending.delay += frameMs;
        return;
      }
      flush();
      pending = { index, width, height, delay: frameMs };
    },
    async finish() {
      flush();
      pending = null;
      gif.finish();
      return {
        blob: new Blob([gif.bytesView().slice()], { type: 'image/gif' }),
        extension: 'gif',
        codec: 'GIF',
      };
    },
    async cancel() {
      pending = null;
    },
  };
}
