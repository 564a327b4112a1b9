/** "Export image": a PNG of the current map, with title, legend and credit drawn on it. */
import { useState } from 'react';
import type { Content } from '../content/schema';
import { renderSnapshot } from '../export/renderSnapshot';
import {
  DEFAULT_SCALE,
  SCALES,
  SIZE_PRESETS,
  type SnapshotRequest,
  snapshotFileName,
} from '../export/snapshotOptions';
import type { Theme } from '../map/theme';
import { useAppStore, useHidden, useSelected } from '../state/store';
import { Disclosure } from './Disclosure';
import { localIsoDate } from './format';

const CURRENT = 'current';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The export button and, once pressed, its options, unfolded in place. */
export function ExportDialog({ content, theme }: { content: Content; theme: Theme }) {
  const [size, setSize] = useState<string>(SIZE_PRESETS[0].id);
  const [scale, setScale] = useState<number>(DEFAULT_SCALE);
  const [callout, setCallout] = useState(true);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selected = useSelected();
  const hidden = useHidden();

  const exportImage = async () => {
    const map = document.getElementById('map');
    const preset = SIZE_PRESETS.find((candidate) => candidate.id === size);
    const request: SnapshotRequest = {
      width: preset?.width ?? map?.clientWidth ?? 1200,
      height: preset?.height ?? map?.clientHeight ?? 630,
      scale,
      project: selected,
      hidden,
      view: preset ? null : useAppStore.getState().view,
      callout: callout && selected !== null,
      date: localIsoDate(),
    };
    setBusy(true);
    setStatus('Rendering…');
    try {
      const snapshot = await renderSnapshot(request, content, theme);
      const name = snapshotFileName(selected, snapshot.scale);
      download(snapshot.blob, name);
      const reduced =
        snapshot.scale < scale
          ? ` This browser cannot draw ${scale}× at this size, so it was made at ${snapshot.scale}×.`
          : '';
      setStatus(`Saved ${name}, ${snapshot.width} × ${snapshot.height} px.${reduced}`);
    } catch (error) {
      console.error('Export failed', error);
      setStatus('The image could not be made. Try a smaller size or scale.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Disclosure label="Export image" title="Export image (PNG)" className="export">
      <label>
        Size
        <select value={size} onChange={(event) => setSize(event.target.value)}>
          <option value={CURRENT}>Current view</option>
          {SIZE_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Scale</legend>
        {SCALES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="export-scale"
              checked={scale === option}
              onChange={() => setScale(option)}
            />
            {option}×
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={callout}
          disabled={selected === null}
          onChange={(event) => setCallout(event.target.checked)}
        />
        Quote the article about the selected project
      </label>
      <button type="button" onClick={exportImage} disabled={busy}>
        Download PNG
      </button>
      <p className="tool-status" role="status">
        {status}
      </p>
    </Disclosure>
  );
}
