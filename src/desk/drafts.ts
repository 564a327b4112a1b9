/**
 * Unsaved work kept in the browser (localStorage), one draft per data folder, so that a closed
 * tab or a crash loses at most the field being typed.
 */
import type { StoredDraft } from './session.ts';

/** The storage key of a data folder's draft. */
export const draftKey = (folder: string) => `trans-caspian-desk:draft:${folder}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft kept for a folder; null when there is none or it cannot be read. */
export function readDraft(storage: Storage, key: string): StoredDraft | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (!isRecord(parsed) || typeof parsed.savedAt !== 'string' || !isRecord(parsed.files)) {
      return null;
    }
    const files: StoredDraft['files'] = {};
    for (const [path, file] of Object.entries(parsed.files)) {
      if (!isRecord(file) || !('value' in file)) continue;
      const base = typeof file.base === 'string' ? file.base : null;
      files[path] = { value: file.value, base };
    }
    return Object.keys(files).length > 0 ? { savedAt: parsed.savedAt, files } : null;
  } catch {
    return null;
  }
}

/**
 * Keeps a draft, or forgets it when there is none; false when the browser refused (storage full
 * or disabled), so the desk can say that unsaved work is not kept.
 */
export function writeDraft(storage: Storage, key: string, draft: StoredDraft | null): boolean {
  try {
    if (draft) storage.setItem(key, JSON.stringify(draft));
    else storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
