/**
 * "Export picture": the current map as a PNG, or as vector artwork (SVG, PDF) at a screen size or a
 * print width in millimetres, with title, legend and credit drawn on it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { localIsoDate } from '../content/localDate.ts';
import type { Theme } from '../map/theme.ts';
import { pictureDescription } from '../picture/cards.ts';
import {
  ASPECTS,
  DEFAULT_SCALE,
  type ExportFormat,
  FORMATS,
  heightForAspect,
  MAX_WIDTH_MM,
  MIN_WIDTH_MM,
  MOTION_FORMATS,
  type MotionExportFormat,
  type PictureRequest,
  PRINT_WIDTHS,
  pictureFileName,
  printPixels,
  SCALES,
  SIZE_PRESETS,
  sizedFileName,
} from '../picture/pictureRequest.ts';
import { useAppStore, useAsOf, useHidden, useSelected } from '../state/store.ts';
import { AltText } from '../ui/AltText.tsx';
import { Disclosure } from '../ui/Disclosure.tsx';
import { download } from '../ui/download.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { useI18n } from '../ui/useI18n.ts';
import { MotionExport } from './MotionExport.tsx';

const CURRENT = 'current';

/** Every format the options offer: the still pictures, then video and GIF. */
const EXPORT_FORMATS = [...FORMATS, ...MOTION_FORMATS] as const;
const isMotion = (format: string): format is MotionExportFormat =>
  (MOTION_FORMATS as readonly string[]).includes(format);
const CUSTOM_MM = 'mm-custom';
const VIEW_ASPECT = 'view';
const printId = (mm: number) => `mm-${mm}`;

/** The PNG renderer, loaded when the export options first open: most readers never export. */
const loadPng = () => import('../picture/renderPng.ts');

/** The export button and, once pressed, its options, unfolded in place. */

export function ExportDialog({ theme }: { theme: Theme }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [format, setFormat] = useState<ExportFormat | MotionExportFormat>('png');
  const [size, setSize] = useState<string>(SIZE_PRESETS[0].id);
  const [customMm, setCustomMm] = useState(180);
  const [aspect, setAspect] = useState<string>(ASPECTS[0].id);
  const [printStyle, setPrintStyle] = useState(true);
  const [scale, setScale] = useState<number>(DEFAULT_SCALE);
  const [callout, setCallout] = useState(true);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selected = useSelected();
  const hidden = useHidden();

  const motion = isMotion(format);
  const vector = format !== 'png' && !motion;
  // Print widths are for vector files; a PNG falls back to the first preset.
  const printWidth =
    size === CUSTOM_MM ? customMm : PRINT_WIDTHS.find((w) => printId(w.mm) === size)?.mm;
  const chosenSize = !vector && printWidth !== undefined ? SIZE_PRESETS[0].id : size;

  /** The print size asked for in millimetres, or null for a size in pixels. */
  const printSize = (): { widthMm: number; heightMm: number } | null => {
    if (!vector || printWidth === undefined) return null;
    const widthMm = Math.min(Math.max(printWidth, MIN_WIDTH_MM), MAX_WIDTH_MM);
    const map = document.getElementById('map');
    const ratio =
      aspect === VIEW_ASPECT
        ? (map?.clientWidth ?? 3) / (map?.clientHeight ?? 2)
        : (ASPECTS.find((a) => a.id === aspect)?.ratio ?? 1.5);
    return { widthMm, heightMm: heightForAspect(widthMm, ratio) };
  };

  /** What the options ask for now; the "current" size follows the map's size and view. */
  const currentRequest = (): PictureRequest => {
    const map = document.getElementById('map');
    const preset = SIZE_PRESETS.find((candidate) => candidate.id === chosenSize);
    const print = printSize();
    const pixels = print ? printPixels(print.widthMm, print.heightMm) : null;
    return {
      width: pixels?.width ?? preset?.width ?? map?.clientWidth ?? 1200,
      height: pixels?.height ?? preset?.height ?? map?.clientHeight ?? 630,
      scale,
      project: selected,
      hidden,
      view: preset || pixels ? null : useAppStore.getState().view,
      callout: callout && selected !== null,
      date: localIsoDate(),
      asOf: useAppStore.getState().asOf,
      language: i18n.language,
      theme: theme.name,
    };
  };

  const exportVector = async (request: PictureRequest, as: Exclude<ExportFormat, 'png'>) => {
    const print = printSize();
    // Loaded on first use: readers who never export artwork never download the renderer.
    const { renderVectorExport } = await import('../picture/vector/browserVector.ts');
    const { blob, heightMm } = await renderVectorExport(request, as, {
      printStyle: print !== null && printStyle,
      print,
    });
    const name = sizedFileName(selected, as, print ?? request);
    download(blob, name);
    // A narrow column may have grown taller than asked, to give its map room under the bands.
    const dimensions = print
      ? `${print.widthMm} × ${heightMm ?? print.heightMm} mm`
      : `${Math.round(request.width)} × ${Math.round(request.height)} px`;
    setStatus(t('export.savedVector', { file: name, size: dimensions }));
  };

  const exportImage = async () => {
    const request = currentRequest();
    setBusy(true);
    setStatus(t('export.rendering'));
    try {
      if (format !== 'png') {
        if (isMotion(format)) return;
        await exportVector(request, format);
        return;
      }
      const { renderPng } = await loadPng();
      const picture = await renderPng(request);
      const name = pictureFileName(selected, picture.scale);
      download(picture.blob, name);
      const reduced =
        picture.scale < scale
          ? ` ${t('export.reduced', { asked: scale, used: picture.scale })}`
          : '';
      const size = `${picture.width} × ${picture.height}`;
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
      {format === 'png' && <PictureWarmer request={currentRequest} />}
      <RadioGroup
        legend={t('export.format')}
        name="export-format"
        value={format}
        values={EXPORT_FORMATS}
        nameOf={(option) => t(`export.format.${option}`)}
        onChange={setFormat}
      />
      {motion ? (
        <MotionExport format={format} request={currentRequest} />
      ) : (
        <>
          <label>
            {t('export.size')}
            <select value={chosenSize} onChange={(event) => setSize(event.target.value)}>
              <option value={CURRENT}>{t('export.current')}</option>
              {SIZE_PRESETS.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {t(`export.preset.${preset.id}`, { size: `${preset.width} × ${preset.height}` })}
                </option>
              ))}
              {vector &&
                PRINT_WIDTHS.map((width) => (
                  <option key={width.id} value={printId(width.mm)}>
                    {t(`export.print.${width.id}`, { mm: width.mm })}
                  </option>
                ))}
              {vector && <option value={CUSTOM_MM}>{t('export.print.custom')}</option>}
            </select>
          </label>
          {vector && size === CUSTOM_MM && (
            <label>
              {t('export.widthMm')}
              <input
                type="number"
                min={MIN_WIDTH_MM}
                max={MAX_WIDTH_MM}
                step={1}
                value={customMm}
                onChange={(event) => setCustomMm(Number(event.target.value) || MIN_WIDTH_MM)}
              />
            </label>
          )}
          {vector && printWidth !== undefined && (
            <label>
              {t('export.aspect')}
              <select value={aspect} onChange={(event) => setAspect(event.target.value)}>
                {ASPECTS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.id}
                  </option>
                ))}
                <option value={VIEW_ASPECT}>{t('export.aspect.view')}</option>
              </select>
            </label>
          )}
          {vector && printWidth !== undefined && (
            <label>
              <input
                type="checkbox"
                checked={printStyle}
                onChange={(event) => setPrintStyle(event.target.checked)}
              />
              {t('export.printStyle')}
            </label>
          )}
          {!vector && (
            <RadioGroup
              legend={t('export.scale')}
              name="export-scale"
              value={scale}
              values={SCALES}
              nameOf={(option) => `${option}×`}
              onChange={setScale}
            />
          )}
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
            {t('export.download', { format: format.toUpperCase() })}
          </button>
          <PictureAltText selected={selected} hidden={hidden} />
          <p className="tool-status" role="status">
            {status}
          </p>
        </>
      )}
    </Disclosure>
  );
}

/**
 * The words every exported file carries as its description, offered to paste as alt text; worked
 * out only while the options are open (it describes every project shown).
 */
function PictureAltText({
  selected,
  hidden,
}: {
  selected: string | null;
  hidden: readonly string[];
}) {
  const i18n = useI18n();
  const asOf = useAsOf();
  const altText = useMemo(
    () => pictureDescription({ project: selected, hidden, asOf }, i18n),
    [selected, hidden, asOf, i18n],
  );
  return (
    <AltText label={i18n.t('export.altText')} copyLabel={i18n.t('export.copyAlt')} text={altText} />
  );
}

/** How long the options must stay unchanged before the export map is readied for them. */
const WARM_DELAY_MS = 300;

/**
 * Mounted while the options are open: readies the off-screen export map for what they ask, in
 * the time the reader takes to choose, so that Download is quick. Readers who never open the
 * options never start it.
 */
function PictureWarmer({ request }: { request: () => PictureRequest }) {
  const { width, height, scale, project, hidden, language, theme } = request();
  const latest = useRef(request);
  latest.current = request;
  useEffect(() => {
    const timer = setTimeout(() => {
      const options = { width, height, scale, project, hidden, language, theme };
      loadPng()
        .then(({ preparePicture }) => preparePicture({ ...latest.current(), ...options }))
        .catch(() => undefined);
    }, WARM_DELAY_MS);
    return () => clearTimeout(timer);
  }, [width, height, scale, project, hidden, language, theme]);
  return null;
}
