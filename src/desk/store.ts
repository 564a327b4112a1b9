/**
 * The desk's state: the editing session (plain data, see `session.ts`), what the last save or
 * undo said, the preview's check and measurements, and what is being edited. Actions beside
 * their state; the server is reached through `api.ts`.
 */
import { create } from 'zustand';
import { type Language, SOURCE_LANGUAGE } from '../content/languages.ts';
import { loadFiles, resetPreview, saveFiles } from './api.ts';
import type { DraftValues, UpdateFile } from './draft.ts';
import { draftKey, readDraft, writeDraft } from './drafts.ts';
import { DATA_META, type FileChange, type Measurements, type SaveResult } from './protocol.ts';
import {
  afterWrite,
  changedOnDiskSinceDraft,
  discarded,
  draftOf,
  edited,
  openSession,
  pendingChanges,
  type Session,
  type UndoStep,
  undoChanges,
  undoStepOf,
  unsavedIn,
} from './session.ts';

/** What the desk edits in its middle column. */
export type DeskView =
  | { kind: 'project'; projectId: string }
  | { kind: 'places' }
  | { kind: 'articles' }
  | { kind: 'translations' };

/** What the last save, undo or reload said, for the header's message. */
export type Outcome =
  | { kind: 'saved'; files: string[]; at: string }
  | { kind: 'undone'; files: string[]; kept: string[] }
  | { kind: 'invalid'; errors: string[]; action: 'save' | 'undo' }
  | { kind: 'conflict'; files: string[] }
  | { kind: 'refused'; reason: string }
  | { kind: 'blocked'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'reloaded' };

/** A draft put back from the browser when the desk opened. */
export interface Restored {
  savedAt: string;
  /** Files changed on disk since the draft was made: saving them will report a conflict. */
  changedOnDisk: string[];
}

export interface PreviewState {
  /** The check's errors for the unsaved files; empty when they pass. */
  errors: string[];
  /** The routes as measured with the unsaved files, for the route editor. */
  measurements: Measurements | undefined;
  /** Bumped whenever the preview should load again. */
  reloads: number;
  /** A check of the latest edits is under way or waiting. */
  checking: boolean;
}

export interface DeskState {
  phase: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** The data folder the desk edits, as its server names it (else the desk's own address). */
  folder: string;
  session: Session | null;
  readAt: string | null;
  undo: UndoStep[];
  busy: 'saving' | 'undoing' | 'reloading' | null;
  outcome: Outcome | null;
  restored: Restored | null;
  /** False once the browser refused to keep the draft. */
  draftKept: boolean;
  preview: PreviewState;
  view: DeskView | null;
  /** The day the preview shows (the edited milestone's), or null for the map's own choice. */
  previewDate: string | null;
  previewLanguage: Language;

  load: () => Promise<void>;
  edit: (change: (values: DraftValues) => DraftValues) => void;
  save: () => Promise<void>;
  undoLastSave: () => Promise<void>;
  reloadFromDisk: () => Promise<void>;
  discardChanges: () => void;
  dismissOutcome: () => void;
  dismissRestored: () => void;
  show: (view: DeskView) => void;
  setPreviewDate: (day: string | null) => void;
  setPreviewLanguage: (language: Language) => void;
  setPreview: (preview: Partial<PreviewState>) => void;
}

/** The data folder's name from the page, when the desk's server gives it. */
function folderName(): string {
  if (typeof document === 'undefined') return 'data';
  return (
    document.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`)?.content ??
    `data/ (served on port ${window.location.port})`
  );
}

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const clock = () => new Date();

export const useDeskStore = create<DeskState>()((set, get) => {
  /** Keeps the session's unsaved work in the browser. */
  const keep = (session: Session) => {
    const store = storage();
    if (!store) return;
    const kept = writeDraft(store, draftKey(get().folder), draftOf(session, clock()));
    if (kept !== get().draftKept) set({ draftKept: kept });
  };

  const reloadPreview = () =>
    set((state) => ({ preview: { ...state.preview, reloads: state.preview.reloads + 1 } }));

  /** What a save or an undo that did not write says. */
  const notWritten = (
    result: Exclude<SaveResult, { status: 'saved' }>,
    action: 'save' | 'undo',
  ): Outcome => {
    switch (result.status) {
      case 'invalid':
        return { kind: 'invalid', errors: result.errors, action };
      case 'conflict':
        return { kind: 'conflict', files: result.conflicts.map((conflict) => conflict.path) };
      case 'refused':
        return { kind: 'refused', reason: result.reason };
    }
  };

  const write = async (changes: FileChange[]) => {
    try {
      return await saveFiles(changes);
    } catch (error) {
      set({ outcome: { kind: 'failed', reason: message(error) }, busy: null });
      return null;
    }
  };

  /** Reads the files, and puts back a draft kept in the browser. */
  const read = async () => {
    try {
      const files = await loadFiles();
      const store = storage();
      const draft = store ? readDraft(store, draftKey(get().folder)) : null;
      const session = openSession(files, draft);
      const restored =
        draft && pendingChanges(session).length > 0
          ? { savedAt: draft.savedAt, changedOnDisk: changedOnDiskSinceDraft(session) }
          : null;
      set({ phase: 'ready', session, readAt: clock().toISOString(), restored });
    } catch (error) {
      set({ phase: 'failed', loadError: message(error) });
    }
  };
  let loading: Promise<void> | null = null;

  return {
    phase: 'loading',
    loadError: null,
    folder: folderName(),
    session: null,
    readAt: null,
    undo: [],
    busy: null,
    outcome: null,
    restored: null,
    draftKept: true,
    preview: { errors: [], measurements: undefined, reloads: 0, checking: false },
    view: null,
    previewDate: null,
    previewLanguage: SOURCE_LANGUAGE,

    load() {
      // One reading at a time (React's strict mode mounts the desk twice).
      loading ??= read().finally(() => {
        loading = null;
      });
      return loading;
    },

    edit(change) {
      const session = get().session;
      if (!session) return;
      const next = edited(session, change);
      if (next === session) return;
      set({ session: next });
      keep(next);
    },

    async save() {
      const session = get().session;
      if (!session || get().busy) return;
      const changes = pendingChanges(session);
      if (changes.length === 0) {
        set({ outcome: { kind: 'blocked', reason: 'Nothing to save: every file is as saved.' } });
        return;
      }
      const step = undoStepOf(session, changes, clock());
      set({ busy: 'saving', outcome: null });
      const result = await write(changes);
      if (!result) return;
      if (result.status !== 'saved') {
        set({ busy: null, outcome: notWritten(result, 'save') });
        return;
      }
      // The values saved are the ones sent: any edit made while saving stays unsaved.
      const after = afterWrite(get().session ?? session, result.files);
      set({
        busy: null,
        session: after,
        undo: [...get().undo, step],
        restored: null,
        outcome: { kind: 'saved', files: Object.keys(result.files), at: clock().toISOString() },
      });
      keep(after);
      await resetPreview().catch(() => undefined);
      reloadPreview();
    },

    async undoLastSave() {
      const session = get().session;
      const step = get().undo.at(-1);
      if (!session || !step || get().busy) return;
      const unsaved = unsavedIn(session, step);
      if (unsaved.length > 0) {
        set({
          outcome: {
            kind: 'blocked',
            reason: `Undo would overwrite unsaved changes in ${unsaved.join(', ')}. Save or discard them first.`,
          },
        });
        return;
      }
      set({ busy: 'undoing', outcome: null });
      const result = await write(undoChanges(session, step));
      if (!result) return;
      if (result.status !== 'saved') {
        set({ busy: null, outcome: notWritten(result, 'undo') });
        return;
      }
      const after = afterWrite(get().session ?? session, result.files, step.before);
      set({
        busy: null,
        session: after,
        undo: get().undo.slice(0, -1),
        outcome: { kind: 'undone', files: Object.keys(result.files), kept: step.created },
      });
      keep(after);
      await resetPreview().catch(() => undefined);
      reloadPreview();
    },

    async reloadFromDisk() {
      if (get().busy) return;
      set({ busy: 'reloading' });
      try {
        const files = await loadFiles();
        const session = openSession(files, null, (get().session?.revision ?? 0) + 1);
        set({
          busy: null,
          session,
          readAt: clock().toISOString(),
          restored: null,
          outcome: { kind: 'reloaded' },
        });
        keep(session);
      } catch (error) {
        set({ busy: null, outcome: { kind: 'failed', reason: message(error) } });
      }
    },

    discardChanges() {
      const session = get().session;
      if (!session) return;
      const next = discarded(session);
      set({ session: next, restored: null });
      keep(next);
    },

    dismissOutcome: () => set({ outcome: null }),
    dismissRestored: () => set({ restored: null }),
    show: (view) => set({ view, previewDate: null }),
    setPreviewDate: (previewDate) => set({ previewDate }),
    setPreviewLanguage: (previewLanguage) => set({ previewLanguage }),
    setPreview: (preview) => set((state) => ({ preview: { ...state.preview, ...preview } })),
  };
});

/** `DeskViewProps.update` over the store: changes one file's value. */
export const updateFile: UpdateFile = (path, change) =>
  useDeskStore.getState().edit((values) => ({
    ...values,
    [path]: change(values[path] as never),
  }));

/** The number of files a save would write. */
export const useChangeCount = () =>
  useDeskStore((state) => (state.session ? pendingChanges(state.session).length : 0));
