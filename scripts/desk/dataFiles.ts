/**
 * The desk's hold on `data/`: the files it knows, each with a version (a hash of its text) so that
 * a save never overwrites what changed on disk since the desk read it, and a save that writes
 * only files it knows, formatted as they are, after the whole content passes the check.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { formatDataFile } from '../../src/content/formatData.ts';
import { LANGUAGES } from '../../src/content/languages.ts';
import { layoutOf } from '../../src/content/schema.ts';
import type { DeskFile, FileChange, SaveResult, Version } from '../../src/desk/protocol.ts';
import { fullCheck } from '../lib/loadContent.ts';
import { readDataDir } from '../lib/readDataDir.ts';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's version: the SHA-256 of its text; null for a file that does not exist. */
export const versionOf = (text: string | undefined): Version =>
  text === undefined ? null : hashOf(text);

const ID = '[a-z][a-z0-9-]*';

/**
 * Why the desk may not write a path (relative to `data/`), or null: only the kinds of file the
 * content is made of, by name, and a project's route file only for a project declared in
 * `projects.json`, never anything that leaves `data/`.
 */
export function unwritable(path: string, declared: ReadonlySet<string>): string | null {
  if (
    normalize(path).split(sep).join('/') !== path ||
    path.startsWith('/') ||
    path.includes('..')
  ) {
    return `"${path}" is not a plain path inside data/`;
  }
  const known =
    path === 'projects.json' ||
    path === 'places.geojson' ||
    new RegExp(`^articles/${ID}\\.json$`).test(path) ||
    LANGUAGES.some((language) => path === `i18n/${language}.json`);
  if (known && layoutOf(path)) return null;
  const route = new RegExp(`^projects/(${ID})\\.geojson$`).exec(path)?.[1];
  if (route && declared.has(route)) return null;
  return `the desk writes only the content's own files; "${path}" is not one`;
}

/** The ids `projects.json` declares in a set of files. */
function declaredIds(files: ReadonlyMap<string, string>): Set<string> {
  try {
    const projects = (JSON.parse(files.get('projects.json') ?? '{}') as { projects?: unknown })
      .projects;
    if (!Array.isArray(projects)) return new Set();
    return new Set(
      projects.flatMap((project) => {
        const id = (project as { id?: unknown } | null)?.id;
        return typeof id === 'string' ? [id] : [];
      }),
    );
  } catch {
    return new Set();
  }
}

/** The files of `data/` with their versions. */
export function readDeskFiles(dataDir: string): Record<string, DeskFile> {
  const out: Record<string, DeskFile> = {};
  for (const [path, text] of readDataDir(dataDir)) {
    out[path] = { text, version: hashOf(text) };
  }
  return out;
}

/** The files of `data/` with some replaced by draft texts (for the preview and the check). */
export function withDraft(
  dataDir: string,
  draft: Readonly<Record<string, string>>,
): Map<string, string> {
  const files = new Map(readDataDir(dataDir));
  for (const [path, text] of Object.entries(draft)) files.set(path, text);
  return files;
}

/**
 * Saves changes to `data/`: refuses a path the desk does not write, reports every file that
 * changed on disk since its `base`, and every problem of the content as it would be; otherwise
 * writes each file (through a temporary file, so a reader never sees half of one).
 */
export function saveChanges(dataDir: string, changes: readonly FileChange[]): SaveResult {
  if (changes.length === 0) return { status: 'refused', reason: 'nothing to save' };
  const current = readDataDir(dataDir);
  const texts = new Map<string, string>();
  for (const change of changes) {
    texts.set(change.path, formatDataFile(change.path, change.value));
  }
  const after = new Map(current);
  for (const [path, text] of texts) after.set(path, text);
  const declared = declaredIds(after);
  for (const change of changes) {
    const reason = unwritable(change.path, declared);
    if (reason) return { status: 'refused', reason };
  }
  const conflicts = changes.flatMap((change) => {
    const version = versionOf(current.get(change.path));
    return version === change.base ? [] : [{ path: change.path, version }];
  });
  if (conflicts.length > 0) return { status: 'conflict', conflicts };
  const checked = fullCheck(after);
  if (!checked.ok) return { status: 'invalid', errors: checked.errors };
  const files: Record<string, DeskFile> = {};
  for (const [path, text] of texts) {
    const target = join(dataDir, path);
    const temporary = `${target}.desk-${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
    files[path] = { text, version: hashOf(text) };
  }
  return { status: 'saved', files };
}
