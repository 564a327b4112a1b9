/**
 * The desk: the header, the list of what can be edited, the editor in the middle and the live
 * preview on the right.
 */
import { useEffect } from 'react';
import { ProjectEditor } from '../project/ProjectEditor.tsx';
import { updateFile, useDeskStore } from '../store.ts';
import { TranslationsView } from '../translations/TranslationsView.tsx';
import { ArticlesView } from '../views/ArticlesView.tsx';
import { PlacesView } from '../views/PlacesView.tsx';
import { CheckPanel } from './CheckPanel.tsx';
import { Header } from './Header.tsx';
import { Messages } from './Messages.tsx';
import { Navigation } from './Navigation.tsx';
import { Preview } from './Preview.tsx';
import { usePreviewSync } from './usePreviewSync.ts';

export function Desk() {
  const phase = useDeskStore((state) => state.phase);
  const loadError = useDeskStore((state) => state.loadError);
  const load = useDeskStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  usePreviewSync();

  if (phase === 'failed') {
    return (
      <main className="desk-failed">
        <h1>The desk</h1>
        <p role="alert">The desk could not read the files: {loadError}</p>
        <button type="button" onClick={() => void load()}>
          Try again
        </button>
      </main>
    );
  }
  return (
    <div className="desk">
      <Header />
      <Messages />
      <Navigation />
      <main className="desk-editor" aria-busy={phase === 'loading'}>
        <CheckPanel />
        {phase === 'loading' ? <p>Reading the files…</p> : <Editor />}
      </main>
      <Preview />
    </div>
  );
}

function Editor() {
  const view = useDeskStore((state) => state.view);
  const values = useDeskStore((state) => state.session?.values);
  const revision = useDeskStore((state) => state.session?.revision ?? 0);
  if (!values) return null;
  if (!view) {
    return (
      <section className="welcome">
        <h2>Bring the map up to date</h2>
        <p>
          Choose a project on the left to edit its milestones, facts and sources, or the places,
          articles and translations. Every change shows in the map on the right as you type, and is
          kept in this browser until you save. Save writes the files only when the content passes
          the check; Undo last save takes a save back.
        </p>
      </section>
    );
  }
  // A new revision (a reload, an undo, a discard) opens every form again from the files.
  switch (view.kind) {
    case 'project':
      return <ProjectEditor key={`${view.projectId}:${revision}`} projectId={view.projectId} />;
    case 'places':
      return <PlacesView key={revision} />;
    case 'articles':
      return <ArticlesView key={revision} />;
    case 'translations':
      return <TranslationsView key={revision} values={values} update={updateFile} />;
  }
}
