/** A polite, dismissable notice over the map, e.g. for a link naming a project the map lacks. */

import { useAppStore } from '../state/store.ts';
import { useI18n } from './useI18n.ts';

/** Longest part of a reader-supplied text that the notice repeats. */
const MAX_ECHO = 60;

export function Notice() {
  const { t } = useI18n();
  const unknownProject = useAppStore((state) => state.unknownProject);
  const dismiss = useAppStore((state) => state.dismissUnknownProject);
  if (unknownProject === null) return null;
  const id =
    unknownProject.length > MAX_ECHO ? `${unknownProject.slice(0, MAX_ECHO)}…` : unknownProject;
  return (
    <div className="card notice" role="status">
      <span>{t('notice.unknownProject', { id })}</span>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
