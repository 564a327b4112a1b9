/**
 * `window.transCaspianSnapshot(request)`: the same export the dialog runs, for the command-line
 * snapshot (`scripts/snapshot.ts`), which drives the production build in a headless browser.
 */
import type { SnapshotRequest } from './snapshotOptions';
import type { Group } from './vector/scene';

/** What the page hands back: the PNG as a data URL, and the scale and size it was made at. */
export interface SnapshotResponse {
  dataUrl: string;
  scale: number;
  width: number;
  height: number;
  /** The overlay's groups as painted, for checks against the SVG's. */
  overlay: readonly Group[];
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
    const { renderSnapshot } = await import('./renderSnapshot');
    const snapshot = await renderSnapshot(request);
    const { scale, width, height, overlay } = snapshot;
    return { dataUrl: await dataUrlOf(snapshot.blob), scale, width, height, overlay };
  };
}
