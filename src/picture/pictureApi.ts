/**
 * `window.transCaspianPicture(request)`: the same export the dialog runs, for the command-line
 * picture (`scripts/picture.ts`), which drives the production build in a headless browser.
 */
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

declare global {
  interface Window {
    transCaspianPicture?: (request: PictureRequest) => Promise<PictureResponse>;
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
}
