/**
 * The desk's scratch copy of data/ in the end-to-end tests: reset before each test that edits it,
 * and compared with data/ to see exactly what a save wrote.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DESK_DATA, DESK_PORT } from './ports.ts';

export const DESK_ORIGIN = `http://127.0.0.1:${DESK_PORT}`;
export const DESK_URL = `${DESK_ORIGIN}/desk.html`;

/**
 * The scratch copy holds data/ again: files a test added are removed, the others written over in
 * place, so the desk's server never reads a folder half copied.
 */
export function resetDeskData(): void {
  const wanted = new Set(filesIn('data'));
  for (const path of filesIn(DESK_DATA)) {
    if (!wanted.has(path)) rmSync(join(DESK_DATA, path));
  }
  for (const path of wanted) {
    const text = readFileSync(join('data', path), 'utf8');
    const target = join(DESK_DATA, path);
    if (readOrNull(target) !== text) cpSync(join('data', path), target);
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** A file of the scratch copy. */
export const deskFile = (path: string) => readFileSync(join(DESK_DATA, path), 'utf8');

/**
 * Every line the desk changed, by file: the lines removed from data/ and those added, in the order
 * of a unified diff's hunks without context (a line moved counts in both).
 */
export function deskDiff(): Record<string, { removed: string[]; added: string[] }> {
  const out: Record<string, { removed: string[]; added: string[] }> = {};
  const paths = new Set([...filesIn('data'), ...filesIn(DESK_DATA)]);
  for (const path of paths) {
    const read = (dir: string) => {
      try {
        return readFileSync(join(dir, path), 'utf8').split('\n');
      } catch {
        return [];
      }
    };
    const [before, after] = [read('data'), read(DESK_DATA)];
    if (before.join('\n') === after.join('\n')) continue;
    // Trim the common head and tail: what is left between them is what changed.
    let head = 0;
    while (head < before.length && head < after.length && before[head] === after[head]) head++;
    let tail = 0;
    while (
      tail < before.length - head &&
      tail < after.length - head &&
      before[before.length - 1 - tail] === after[after.length - 1 - tail]
    ) {
      tail++;
    }
    out[path] = {
      removed: before.slice(head, before.length - tail),
      added: after.slice(head, after.length - tail),
    };
  }
  return out;
}

/**
 * The blocks of lines whose insertion into a file of data/ gives the scratch copy's file, without
 * their indentation: one per place it could have gone (an object inserted into a list of objects
 * can be read as starting at its own "{" or at the next one's). Empty when the file changed
 * otherwise.
 */
export function insertedBlocks(path: string): string[][] {
  const before = readFileSync(join('data', path), 'utf8').split('\n');
  const after = deskFile(path).split('\n');
  const size = after.length - before.length;
  if (size <= 0) return [];
  const blocks: string[][] = [];
  for (let at = 0; at <= before.length; at++) {
    if (after[at - 1] !== undefined && after[at - 1] !== before[at - 1]) break;
    const rest = after.slice(at + size);
    if (
      rest.length === before.length - at &&
      rest.every((line, index) => line === before[at + index])
    ) {
      blocks.push(after.slice(at, at + size).map((line) => line.trim()));
    }
  }
  return blocks;
}
