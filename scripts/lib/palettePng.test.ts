import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { palettePng } from './palettePng.ts';

describe('palettePng', () => {
  it('writes an indexed PNG of the same size that decodes to the same flat colours', () => {
    const width = 40;
    const height = 20;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const left = i % width < width / 2;
      rgba.set(left ? [242, 239, 233, 255] : [31, 95, 168, 255], i * 4);
    }
    const file = palettePng(rgba, width, height);
    expect(file[25]).toBe(3); // IHDR colour type 3: indexed colour
    const decoded = PNG.sync.read(file);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect([...decoded.data.subarray(0, 4)]).toEqual([242, 239, 233, 255]);
    expect([...decoded.data.subarray((width - 1) * 4, width * 4)]).toEqual([31, 95, 168, 255]);
  });
});
