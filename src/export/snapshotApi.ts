/**
 * `window.transCaspianSnapshot(request)`: the same export the dialog runs, for the command-line
 * snapshot (`scripts/snapshot.ts`), which drives the production build in a headless browser.
 */
import { renderSnapshot } from './renderSnapshot';
import type { SnapshotRequest } from './snapshotOptions';

/** What the page hands back: the PNG as a data URL, and the scale and size it was made at. */
export interface SnapshotResponse {
  dataUrl: string;
  scale: number;
  width: number;
  height: number;
}

declare global {
  interface Window {
    transCaspianSnapshot?: (request: SnapshotRequest) => Promise<SnapshotResponse>;
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
export function installSnapshotApi(): void {
  window.transCaspianSnapshot = async (request) => {
    const snapshot = await renderSnapshot(request);
    const { scale, width, height } = snapshot;
    return { dataUrl: await dataUrlOf(snapshot.blob), scale, width, height };
  };
}
