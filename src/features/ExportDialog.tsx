/** "Export image": a PNG of the current map, with title, legend and credit drawn on it. */
import { useEffect, useRef, useState } from 'react';
import { prepareSnapshot, renderSnapshot } from '../export/renderSnapshot';
import {
  DEFAULT_SCALE,
  SCALES,
  SIZE_PRESETS,
  type SnapshotRequest,
  snapshotFileName,
} from '../export/snapshotOptions';
import { useI18n } from '../i18n/useI18n';
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
export function ExportDialog({ theme }: { theme: Theme }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [size, setSize] = useState<string>(SIZE_PRESETS[0].id);
  const [scale, setScale] = useState<number>(DEFAULT_SCALE);
  const [callout, setCallout] = useState(true);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selected = useSelected();
  const hidden = useHidden();

  /** What the options ask for now; the "current" size follows the map's size and view. */
  const currentRequest = (): SnapshotRequest => {
    const map = document.getElementById('map');
    const preset = SIZE_PRESETS.find((candidate) => candidate.id === size);
    return {
      width: preset?.width ?? map?.clientWidth ?? 1200,
      height: preset?.height ?? map?.clientHeight ?? 630,
      scale,
      project: selected,
      hidden,
      view: preset ? null : useAppStore.getState().view,
      callout: callout && selected !== null,
      date: localIsoDate(),
      asOf: useAppStore.getState().asOf,
      language: i18n.language,
      theme: theme.name,
    };
  };

  const exportImage = async () => {
    const request = currentRequest();
    setBusy(true);
    setStatus(t('export.rendering'));
    try {
      const snapshot = await renderSnapshot(request);
      const name = snapshotFileName(selected, snapshot.scale);
      download(snapshot.blob, name);
      const reduced =
        snapshot.scale < scale
          ? ` ${t('export.reduced', { asked: scale, used: snapshot.scale })}`
          : '';
      const size = `${snapshot.width} × ${snapshot.height}`;
      setStatus(`${t('export.saved', { file: name, size })}${reduced}`);
    } catch (error) {
      console.error('Export failed', error);
      setStatus(t('export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Disclosure label={t('export.button')} title={t('export.title')} className="export">
      <SnapshotWarmer request={currentRequest} />
      <label>
        {t('export.size')}
        <select value={size} onChange={(event) => setSize(event.target.value)}>
          <option value={CURRENT}>{t('export.current')}</option>
          {SIZE_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {t(`export.preset.${preset.id}`, { size: `${preset.width} × ${preset.height}` })}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('export.scale')}</legend>
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
        {t('export.callout')}
      </label>
      <button type="button" onClick={exportImage} disabled={busy}>
        {t('export.download')}
      </button>
      <p className="tool-status" role="status">
        {status}
      </p>
    </Disclosure>
  );
}

/** How long the options must stay unchanged before the export map is readied for them. */
const WARM_DELAY_MS = 300;

/**
 * Mounted while the options are open: readies the off-screen export map for what they ask, in
 * the time the reader takes to choose, so that Download is quick. Readers who never open the
 * options never start it.
 */
function SnapshotWarmer({ request }: { request: () => SnapshotRequest }) {
  const { width, height, scale, project, hidden, language, theme } = request();
  const latest = useRef(request);
  latest.current = request;
  useEffect(() => {
    const timer = setTimeout(() => {
      const options = { width, height, scale, project, hidden, language, theme };
      prepareSnapshot({ ...latest.current(), ...options });
    }, WARM_DELAY_MS);
    return () => clearTimeout(timer);
  }, [width, height, scale, project, hidden, language, theme]);
  return null;
}
