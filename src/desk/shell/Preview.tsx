/**
 * The real map beside the form, fed the unsaved files by the desk's server: it shows the project
 * and the day being edited, in the language chosen, and loads again after each change that passes
 * the check (keeping where the reader moved the map).
 */
import { useEffect, useRef } from 'react';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { projectOf } from '../edits.ts';
import { LANGUAGE_LABELS } from '../form/words.ts';
import { useDeskStore } from '../store.ts';

/** The preview's address: the map in a language, showing a project on a day. */
export function previewUrl(language: Language, project: string | null, day: string | null): string {
  return `/index.html?lang=${language}${previewHash(project, day)}`;
}

/** The hash part of the preview's address. */
export function previewHash(project: string | null, day: string | null): string {
  const pairs = [project ? `project=${project}` : null, day ? `date=${day}` : null].filter(Boolean);
  return pairs.length > 0 ? `#${pairs.join('&')}` : '';
}

export function Preview() {
  const view = useDeskStore((state) => state.view);
  const day = useDeskStore((state) => state.previewDate);
  const language = useDeskStore((state) => state.previewLanguage);
  const setLanguage = useDeskStore((state) => state.setPreviewLanguage);
  const reloads = useDeskStore((state) => state.preview.reloads);
  const checking = useDeskStore((state) => state.preview.checking);
  const failing = useDeskStore((state) => state.preview.errors.length > 0);
  const frame = useRef<HTMLIFrameElement>(null);
  const project = view?.kind === 'project' ? view.projectId : null;
  const projectName = useDeskStore((state) =>
    project && state.session ? projectOf(state.session.values, project)?.shortName : undefined,
  );
  const shownLanguage = useRef<Language | null>(null);

  // The language is in the query: a new page. The project and day are in the hash: the map
  // follows a new hash in place.
  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    const hash = previewHash(project, day);
    const inside = iframe.contentWindow;
    if (shownLanguage.current === language && inside) {
      try {
        if (inside.location.hash !== hash) inside.location.hash = hash;
        return;
      } catch {
        // Not loaded yet: load it below.
      }
    }
    shownLanguage.current = language;
    iframe.src = previewUrl(language, project, day);
  }, [language, project, day]);

  useEffect(() => {
    if (reloads === 0) return;
    try {
      frame.current?.contentWindow?.location.reload();
    } catch {
      // The frame has not loaded a page of ours yet: it will load the draft anyway.
    }
  }, [reloads]);

  return (
    <aside className="desk-preview" aria-label="Live preview">
      <div className="preview-bar">
        <fieldset className="languages">
          <legend className="visually-hidden">Preview in</legend>
          {LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              aria-pressed={code === language}
              onClick={() => setLanguage(code)}
              lang={code}
            >
              {LANGUAGE_LABELS[code]}
            </button>
          ))}
        </fieldset>
        <p className="preview-state" aria-live="polite">
          {checking
            ? 'Checking the changes…'
            : failing
              ? 'The changes fail the check (see Check): the preview shows the last version that passed.'
              : `Showing ${projectName ?? project ?? 'every project'}${day ? ` on ${day}` : ''}.`}
        </p>
      </div>
      <iframe ref={frame} title="Preview" className="preview-frame" />
    </aside>
  );
}
