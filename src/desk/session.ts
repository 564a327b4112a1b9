/**
 * One editing session of the desk, as plain data: the files as read, the values being edited,
 * the version each edited file was read at, and what a save, an undo or a reload makes of them.
 * Pure; the store (`store.ts`) holds one and calls the server.
 */
import { changesOf, type DraftValues, valuesOf } from './draft.ts';
import type { DeskFile, FileChange, Version } from './protocol.ts';

/** A draft kept in the browser: the changed files' values and the versions they were edited from. */
export interface StoredDraft {
  /** When it was last written (ISO time). */
  savedAt: string;
  files: Record<string, { value: unknown; base: Version }>;
}

export interface Session {
  /** The files as the desk last read or saved them. */
  read: Readonly<Record<string, DeskFile>>;
  values: DraftValues;
  /**
   * The version each edited file was edited from: the version read, or, for a draft restored
   * from the browser, the version it was made from (a save then finds any change on disk since).
   */
  bases: Readonly<Record<string, Version>>;
  /** Files edited since they were read (the others are as read). */
  touched: readonly string[];
  /** Counts replacements of the values from outside the forms, which then start again. */
  revision: number;
}

/** A session on files as read, with a draft kept in the browser put back over them. */
export function openSession(
  read: Readonly<Record<string, DeskFile>>,
  draft?: StoredDraft | null,
  revision = 0,
): Session {
  const values: Record<string, unknown> = valuesOf(read);
  const bases: Record<string, Version> = {};
  for (const [path, file] of Object.entries(read)) bases[path] = file.version;
  const touched: string[] = [];
  for (const [path, file] of Object.entries(draft?.files ?? {})) {
    values[path] = file.value;
    bases[path] = file.base;
    touched.push(path);
  }
  return { read, values, bases, touched, revision };
}

/** The session after an edit of its values (by the forms: the revision stays). */
export function edited(session: Session, change: (values: DraftValues) => DraftValues): Session {
  const values = change(session.values);
  if (values === session.values) return session;
  const touched = new Set(session.touched);
  for (const path of Object.keys(values)) {
    if (values[path] !== session.values[path]) touched.add(path);
  }
  return { ...session, values, touched: [...touched] };
}

/** What a save would send: each edited file whose text would change, with its base version. */
export function pendingChanges(session: Session): FileChange[] {
  const edited = Object.fromEntries(session.touched.map((path) => [path, session.values[path]]));
  return changesOf(edited, session.read).map((change) => ({
    ...change,
    base: Object.hasOwn(session.bases, change.path)
      ? (session.bases[change.path] ?? null)
      : change.base,
  }));
}

/** The draft to keep in the browser; null when nothing is unsaved. */
export function draftOf(session: Session, now: Date): StoredDraft | null {
  const changes = pendingChanges(session);
  if (changes.length === 0) return null;
  return {
    savedAt: now.toISOString(),
    files: Object.fromEntries(
      changes.map((change) => [change.path, { value: change.value, base: change.base }]),
    ),
  };
}

/** The session after a save or an undo wrote `files`; `values` replaces the written values. */
export function afterWrite(
  session: Session,
  files: Readonly<Record<string, DeskFile>>,
  values?: Readonly<Record<string, unknown>>,
): Session {
  const read = { ...session.read, ...files };
  const bases = { ...session.bases };
  for (const [path, file] of Object.entries(files)) bases[path] = file.version;
  // Touched files stay touched: one edited while it was being saved still differs from the save.
  return {
    ...session,
    read,
    bases,
    values: values ? { ...session.values, ...values } : session.values,
    revision: values ? session.revision + 1 : session.revision,
  };
}

/** The session with every unsaved change dropped. */
export function discarded(session: Session): Session {
  return openSession(session.read, null, session.revision + 1);
}

/** A saved step that "Undo last save" can take back: the files' values before it. */
export interface UndoStep {
  /** When it was saved (ISO time). */
  at: string;
  /** The values before the save, by path; undefined for a file the save created. */
  before: Record<string, unknown>;
  /** Files the save created, which the desk cannot delete. */
  created: string[];
}

/** The undo step of a save about to send `changes`. */
export function undoStepOf(session: Session, changes: readonly FileChange[], now: Date): UndoStep {
  const before: Record<string, unknown> = {};
  const created: string[] = [];
  for (const change of changes) {
    const file = session.read[change.path];
    if (file) before[change.path] = JSON.parse(file.text) as unknown;
    else created.push(change.path);
  }
  return { at: now.toISOString(), before, created };
}

/** The save that takes a step back, based on the versions as read now. */
export function undoChanges(session: Session, step: UndoStep): FileChange[] {
  return Object.entries(step.before).map(([path, value]) => ({
    path,
    value,
    base: session.read[path]?.version ?? null,
  }));
}

/** Files of an undo step that hold unsaved changes (an undo would overwrite them). */
export function unsavedIn(session: Session, step: UndoStep): string[] {
  const pending = new Set(pendingChanges(session).map((change) => change.path));
  return Object.keys(step.before).filter((path) => pending.has(path));
}

/** Edited files whose version on disk is no longer the one they were edited from. */
export function changedOnDiskSinceDraft(session: Session): string[] {
  return session.touched.filter(
    (path) => (session.read[path]?.version ?? null) !== (session.bases[path] ?? null),
  );
}
