/**
 * The export options' video and GIF: their sizes, the camera option, the length the story will
 * take, a progress bar with a Cancel that stops at once, and the captions file beside the video.
 * Rendered in the page, off screen, while the reader goes on using the map; nothing is uploaded.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { pictureDescription } from '../picture/cards.ts';
import type { MotionPlan } from '../picture/motion/motionPlan.ts';
import {
  MOTION_SIZES,
  type MotionExportFormat,
  type PictureRequest,
  sizedFileName,
} from '../picture/pictureRequest.ts';
import { visibleProjects } from '../state/visibleProjects.ts';
import { AltText } from '../ui/AltText.tsx';
import { download } from '../ui/download.ts';
import { useI18n } from '../ui/useI18n.ts';
import { useMediaQuery } from '../ui/useMediaQuery.ts';

/**
 * The plan with the renderer, and the encoders, loaded when video or GIF is first chosen: readers
 * who never choose them never download them.
 */
const loadMotion = () => import('../picture/motion/renderMotion.ts');
const loadVideo = () => import('../picture/motion/videoSink.ts');

/** The plan module, once loaded. */
function usePlanModule() {
  const [module, setModule] = useState<Awaited<ReturnType<typeof loadMotion>> | null>(null);
  useEffect(() => {
    let live = true;
    loadMotion()
      .then((loaded) => live && setModule(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return module;
}

/** What the browser writes for a video at this size: "MP4 (H.264)", "WebM (VP9)", or null. */
function useVideoCodec(
  width: number,
  height: number,
  /** The video's frames a second; null while no video is wanted. */
  fps: number | null,
): string | null | undefined {
  const [codec, setCodec] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (fps === null) return;
    let live = true;
    setCodec(undefined);
    loadVideo()
      .then(({ videoContainerFor }) => videoContainerFor(width, height, fps))
      .then((container) => {
        if (live) setCodec(container === null ? null : container);
      })
      .catch(() => live && setCodec(null));
    return () => {
      live = false;
    };
  }, [width, height, fps]);
  return codec;
}

const CODEC_NAMES = { mp4: ['MP4', 'H.264'], webm: ['WebM', 'VP9'] } as const;

export function MotionExport({
  format,
  request,
}: {
  format: MotionExportFormat;
  /** The picture the options ask for; its size is replaced by the motion size chosen here. */
  request: () => PictureRequest;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [size, setSize] = useState<string>(MOTION_SIZES[0].id);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const [moveCamera, setMoveCamera] = useState(false);
  const [progress, setProgress] = useState<{ frame: number; frames: number } | null>(null);
  const [status, setStatus] = useState('');
  const [captions, setCaptions] = useState<{ name: string; blob: Blob } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const chosen = MOTION_SIZES.find((option) => option.id === size) ?? MOTION_SIZES[0];
  const base = request();
  const { project, hidden } = base;
  const follow = moveCamera && !reducedMotion && project === null;

  const planModule = usePlanModule();
  const codec = useVideoCodec(
    chosen.width,
    chosen.height,
    format === 'video' && planModule ? planModule.VIDEO_FPS : null,
  );
  const plan: MotionPlan | null = useMemo(
    () =>
      planModule?.planMotion(
        i18n.content,
        { project, visible: visibleProjects(i18n.content.projects, hidden), moveCamera: follow },
        i18n,
        format === 'gif' ? planModule.GIF_FPS : planModule.VIDEO_FPS,
      ) ?? null,
    [planModule, i18n, project, hidden, follow, format],
  );
  const description = useMemo(
    () =>
      plan && planModule
        ? planModule.describeMotion(
            plan,
            pictureDescription({ project, hidden, asOf: null }, i18n),
            i18n,
          )
        : '',
    [plan, planModule, project, hidden, i18n],
  );

  // Leaving the options (or the page) stops a render under way.
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setCaptions(null);
    setStatus(t('export.rendering'));
    setProgress({ frame: 0, frames: plan?.frames ?? 0 });
    let shown = 0;
    try {
      const { renderMotion } = await loadMotion();
      const file = await renderMotion(
        { ...request(), width: chosen.width, height: chosen.height, scale: 1, view: null },
        {
          format,
          moveCamera: follow,
          signal: controller.signal,
          onProgress: (frame, frames) => {
            // A repaint a tenth of a second is enough for a bar.
            const now = performance.now();
            if (frame === frames || now - shown > 100) {
              shown = now;
              setProgress({ frame, frames });
            }
          },
        },
      );
      const name = sizedFileName(project, file.extension, file);
      download(file.blob, name);
      if (file.extension !== 'gif') {
        setCaptions({
          name: sizedFileName(project, 'vtt', file),
          blob: new Blob([file.captions], { type: 'text/vtt' }),
        });
      }
      setStatus(
        t('export.savedMotion', {
          file: name,
          size: `${file.width} × ${file.height}`,
          seconds: file.seconds.toFixed(1),
        }),
      );
    } catch (error) {
      if (controller.signal.aborted) {
        setStatus(t('export.cancelled'));
      } else {
        console.error('Export failed', error);
        setStatus(t('export.failed'));
      }
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  const fileType =
    format === 'gif' ? 'GIF' : codec ? CODEC_NAMES[codec as keyof typeof CODEC_NAMES][0] : 'Video';
  return (
    <>
      <label>
        {t('export.size')}
        <select value={size} onChange={(event) => setSize(event.target.value)} disabled={busy}>
          {MOTION_SIZES.map((option) => (
            <option key={option.id} value={option.id}>
              {t(`export.preset.${option.id}`, { size: `${option.width} × ${option.height}` })}
            </option>
          ))}
        </select>
      </label>
      {format === 'video' && codec !== undefined && (
        <p className="tool-note">
          {codec
            ? t('export.videoCodec', {
                format: CODEC_NAMES[codec as keyof typeof CODEC_NAMES][0],
                codec: CODEC_NAMES[codec as keyof typeof CODEC_NAMES][1],
              })
            : t('export.noVideo')}
        </p>
      )}
      <label>
        <input
          type="checkbox"
          checked={follow}
          disabled={busy || reducedMotion || project !== null}
          onChange={(event) => setMoveCamera(event.target.checked)}
        />
        {t('export.moveCamera')}
      </label>
      {reducedMotion && <p className="tool-note">{t('export.reducedMotion')}</p>}
      {plan && planModule && (
        <p className="tool-note">
          {t('export.motionLength', {
            start: i18n.formatDate(plan.start),
            end: i18n.formatDate(plan.end),
            count: planModule.captionCount(plan),
            seconds: Math.round(plan.seconds),
          })}
        </p>
      )}
      {busy ? (
        <div className="motion-progress">
          <progress max={progress.frames} value={progress.frame} />
          <span>{t('export.progress', { frame: progress.frame, frames: progress.frames })}</span>
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('export.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={start} disabled={format === 'video' && codec === null}>
          {t('export.download', { format: fileType })}
        </button>
      )}
      {captions && (
        <button type="button" onClick={() => download(captions.blob, captions.name)}>
          {t('export.captions')}
        </button>
      )}
      <AltText label={t('export.altText')} copyLabel={t('export.copyAlt')} text={description} />
      <p className="tool-status" role="status">
        {status}
      </p>
    </>
  );
}
