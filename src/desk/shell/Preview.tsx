/**
 * The real map beside the form, fed the unsaved files by the desk's server: it shows the project
 * and the day being edited, in the language chosen, and loads again after each change that passes
 * the check (keeping where the reader moved the map).
 */
import { useEffect, useRef } from 'react';
import { LANGUAGES, type Language } from '../../content/languages.ts';
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

/** Whether a preview page's hash shows the project and day of `wanted` (wherever its map is). */
export function showsSelection(hash: string, wanted: string): boolean {
  const pick = (text: string) => {
    const params = new URLSearchParams(text.replace(/^#/, ''));
    return `${params.get('project') ?? ''}|${params.get('date') ?? ''}`;
  };
  return pick(hash) === pick(wanted);
}

/** A preview page's hash with the project and day of `wanted`, keeping where its map is. */
export function withSelection(hash: string, wanted: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const want = new URLSearchParams(wanted.replace(/^#/, ''));
  for (const key of ['project', 'date']) {
    const value = want.get(key);
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = [...params].map(([key, value]) => `${key}=${value}`).join('&');
  return text ? `#${text}` : '';
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
  // What the preview should show, for a page that loads after the hash was set: a reload begun
  // before the editor chose another project would otherwise bring back the one before.
  const wanted = useRef(previewHash(project, day));
  wanted.current = previewHash(project, day);
  // A page that came up showing something else loads again with the selection in its address:
  // the map's own address keeping would overwrite a hash changed under it.
  const onLoad = () => {
    try {
      const inside = frame.current?.contentWindow;
      if (inside && !showsSelection(inside.location.hash, wanted.current)) {
        inside.location.hash = withSelection(inside.location.hash, wanted.current);
        inside.location.reload();
      }
    } catch {
      // Not a page of ours.
    }
  };

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
      const inside = frame.current?.contentWindow;
      if (inside) {
        const hash = withSelection(inside.location.hash, wanted.current);
        if (inside.location.hash !== hash) inside.location.hash = hash;
        inside.location.reload();
      }
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
      <iframe ref={frame} title="Preview" className="preview-frame" onLoad={onLoad} />
    </aside>
  );
}
