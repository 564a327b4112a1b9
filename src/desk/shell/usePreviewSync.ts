/**
 * Checks the unsaved files half a second after the last change and, when they pass, shows them
 * in the preview (and keeps the routes' measurements for the route editor); when they fail, the
 * check's problems are listed. With nothing unsaved, the preview shows the files as saved.
 */
import { useEffect } from 'react';
import { previewDraft, resetPreview } from '../api.ts';
import { pendingChanges } from '../session.ts';
import { useDeskStore } from '../store.ts';

/** How long the desk waits after the last change before it checks. */
export const PREVIEW_DELAY_MS = 500;

export function usePreviewSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    let showingDraft = false;

    const run = async () => {
      const call = ++latest;
      const { session, setPreview } = useDeskStore.getState();
      if (!session) return;
      const files = Object.fromEntries(
        pendingChanges(session).map((change) => [change.path, change.value]),
      );
      const draft = Object.keys(files).length > 0;
      try {
        const result = await previewDraft(files);
        if (!draft) await resetPreview();
        if (call !== latest) return;
        const reloads = useDeskStore.getState().preview.reloads;
        if (result.ok) {
          const reload = draft || showingDraft;
          showingDraft = draft;
          setPreview({
            errors: [],
            measurements: result.routes,
            checking: false,
            reloads: reload ? reloads + 1 : reloads,
          });
        } else {
          setPreview({ errors: result.errors, checking: false });
        }
      } catch (error) {
        if (call !== latest) return;
        setPreview({
          errors: [
            `The desk's server did not answer: ${error instanceof Error ? error.message : String(error)}`,
          ],
          checking: false,
        });
      }
    };

    const schedule = () => {
      clearTimeout(timer);
      useDeskStore.getState().setPreview({ checking: true });
      timer = setTimeout(() => void run(), PREVIEW_DELAY_MS);
    };

    if (useDeskStore.getState().session) schedule();
    const unsubscribe = useDeskStore.subscribe((state, previous) => {
      if (state.session?.values !== previous.session?.values) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
