/**
 * The desk's unsaved work: the parsed content of every file of `data/` it edits, by path, beside
 * the versions it read. Pure: the views change values through `update`, and a save sends the
 * files whose value differs from what was read.
 */
import { formatDataFile } from '../content/formatData.ts';
import type { DeskFile, FileChange } from './protocol.ts';

/** Parsed values of `data/` files, by path relative to `data/`. */
export type DraftValues = Readonly<Record<string, unknown>>;

/** Changes one file's value; the function gets the current value and returns the new one. */
export type UpdateFile = <T>(path: string, change: (value: T) => T) => void;

/** What every view of the desk is given. */
export interface DeskViewProps {
  values: DraftValues;
  update: UpdateFile;
}

/** The values of files as read. */
export function valuesOf(files: Readonly<Record<string, DeskFile>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(files).map(([path, file]) => [path, JSON.parse(file.text) as unknown]),
  );
}

/** The files whose value would be written differently from what was read, as save changes. */
export function changesOf(
  values: DraftValues,
  read: Readonly<Record<string, DeskFile>>,
): FileChange[] {
  return Object.entries(values).flatMap(([path, value]) => {
    const file = read[path];
    if (file && formatDataFile(path, value) === file.text) return [];
    return [{ path, value, base: file?.version ?? null }];
  });
}
