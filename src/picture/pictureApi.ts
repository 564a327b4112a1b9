/**
 * `window.transCaspianPicture(request)` and `window.transCaspianMotion(request, options)`: the
 * same exports the dialog runs, for the command-line picture (`scripts/picture.ts`), which drives
 * the production build in a headless browser.
 */
import type { MotionFile, MotionOptions } from './motion/renderMotion.ts';
import type { PictureRequest } from './pictureRequest.ts';
import type { Group } from './vector/scene.ts';

/** What the page hands back: the PNG as a data URL, and the scale and size it was made at. */
export interface PictureResponse {
  dataUrl: string;
  scale: number;
  width: number;
  height: number;
  /** The cards' groups as painted, for checks against the SVG's. */
  cardGroups: readonly Group[];
}

/** What the page hands back for a motion picture: the file as a data URL, and what it holds. */
export type MotionResponse = Omit<MotionFile, 'blob' | 'title'> & { dataUrl: string };

declare global {
  interface Window {
    transCaspianPicture?: (request: PictureRequest) => Promise<PictureResponse>;
    transCaspianMotion?: (
      request: PictureRequest,
      options: Pick<MotionOptions, 'format' | 'moveCamera'>,
    ) => Promise<MotionResponse>;
  }
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the PNG'));
    reader.readAsDataURL(blob);
  });
}

/** Installs the function on `window`. */
export function installPictureApi(): void {
  window.transCaspianPicture = async (request) => {
    const { renderPng } = await import('./renderPng.ts');
    const picture = await renderPng(request);
    const { scale, width, height, cardGroups } = picture;
    return { dataUrl: await dataUrlOf(picture.blob), scale, width, height, cardGroups };
  };
  window.transCaspianMotion = async (request, options) => {
    const { renderMotion } = await import('./motion/renderMotion.ts');
    const { blob, title: _title, ...rest } = await renderMotion(request, options);
    return { ...rest, dataUrl: await dataUrlOf(blob) };
  };
}
