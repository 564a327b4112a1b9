import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDeskFiles, saveChanges, unwritable, versionOf } from './dataFiles.ts';

const DATA = join(import.meta.dirname, '../../data');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-data-'));
  cpSync(DATA, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const projects = () => JSON.parse(read('projects.json')) as { projects: { checked: string }[] };

describe('unwritable', () => {
  const declared = new Set(['titr']);
  it("allows the content's own files only", () => {
    for (const path of [
      'projects.json',
      'places.geojson',
      'projects/titr.geojson',
      'i18n/kk.json',
      'articles/trend-2024-01-31.json',
    ]) {
      expect(unwritable(path, declared)).toBeNull();
    }
  });

  it('refuses anything else, and anything outside data/', () => {
    for (const path of [
      '../package.json',
      '/etc/passwd',
      'projects/../../x.json',
      'LICENCE.md',
      'projects/unknown.geojson',
      'i18n/de.json',
      'notes.json',
      'articles/Bad Name.json',
    ]) {
      expect(unwritable(path, declared)).toMatch(/not/);
    }
  });
});

describe('saveChanges', () => {
  it('writes a change formatted as the files are: the diff is that line alone', () => {
    const before = read('projects.json');
    const value = projects();
    // The oil transit has no expected milestone marked "not confirmed as of" its check, so its
    // check can move alone; the Middle Corridor's unconfirmed new ferries tie its day.
    const oil = value.projects[1];
    if (!oil) throw new Error('no project');
    oil.checked = '2026-12-06';
    const result = saveChanges(dir, [{ path: 'projects.json', value, base: versionOf(before) }]);
    expect(result.status).toBe('saved');
    const changed = read('projects.json')
      .split('\n')
      .filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toEqual(['      "checked": "2026-12-06",']);
  });

  it('never overwrites a file changed on disk since the desk read it', () => {
    const before = read('projects.json');
    // Another hand re-dates the first project's check to a day the data does not give it.
    const changed = before.replace(/"checked": "[^"]*"/, '"checked": "2020-01-01"');
    expect(changed).not.toBe(before);
    writeFileSync(join(dir, 'projects.json'), changed);
    const edited = read('projects.json');
    const result = saveChanges(dir, [
      { path: 'projects.json', value: projects(), base: versionOf(before) },
    ]);
    expect(result).toEqual({
      status: 'conflict',
      conflicts: [{ path: 'projects.json', version: versionOf(edited) }],
    });
    expect(read('projects.json')).toBe(edited);
  });

  it('refuses content that fails the check, with the check’s words, and writes nothing', () => {
    const before = read('projects.json');
    const value = projects();
    const first = value.projects[0];
    if (!first) throw new Error('no project');
    first.checked = '7 December';
    const result = saveChanges(dir, [{ path: 'projects.json', value, base: versionOf(before) }]);
    expect(result).toEqual({
      status: 'invalid',
      errors: [
        'data/projects.json: project 0: checked: must be the day the facts were checked, YYYY-MM-DD',
      ],
    });
    expect(read('projects.json')).toBe(before);
  });

  it('refuses a path outside the content before anything else', () => {
    const result = saveChanges(dir, [{ path: '../evil.json', value: {}, base: null }]);
    expect(result.status).toBe('refused');
  });

  it('gives the new versions of what it wrote', () => {
    const before = readDeskFiles(dir)['places.geojson'];
    if (!before) throw new Error('no places');
    const result = saveChanges(dir, [
      { path: 'places.geojson', value: JSON.parse(before.text), base: before.version },
    ]);
    expect(result).toEqual({ status: 'saved', files: { 'places.geojson': before } });
  });
});
