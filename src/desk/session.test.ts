import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../content/formatData.ts';
import { draftKey, readDraft, writeDraft } from './drafts.ts';
import type { DeskFile } from './protocol.ts';
import {
  afterWrite,
  changedOnDiskSinceDraft,
  discarded,
  draftOf,
  edited,
  openSession,
  pendingChanges,
  undoChanges,
  undoStepOf,
  unsavedIn,
} from './session.ts';

const file = (path: string, value: unknown, version: string): DeskFile => ({
  text: formatDataFile(path, value),
  version,
});
const read = {
  'places.geojson': file('places.geojson', { type: 'FeatureCollection', features: [] }, 'p1'),
  'i18n/ru.json': file('i18n/ru.json', { language: 'ru', languageName: 'Русский', ui: {} }, 'r1'),
};
const now = new Date('2026-02-01T10:00:00Z');
const rename = (values: Readonly<Record<string, unknown>>) => ({
  ...values,
  'i18n/ru.json': { ...(values['i18n/ru.json'] as object), languageName: 'русский' },
});

describe('a session', () => {
  it('has nothing to save as read', () => {
    expect(pendingChanges(openSession(read))).toEqual([]);
  });

  it('saves an edited file from the version it read', () => {
    const session = edited(openSession(read), rename);
    expect(pendingChanges(session)).toEqual([
      {
        path: 'i18n/ru.json',
        value: expect.objectContaining({ languageName: 'русский' }),
        base: 'r1',
      },
    ]);
  });

  it('has nothing to save when an edit is taken back by hand', () => {
    const session = edited(edited(openSession(read), rename), (values) => ({
      ...values,
      'i18n/ru.json': JSON.parse(read['i18n/ru.json'].text) as unknown,
    }));
    expect(pendingChanges(session)).toEqual([]);
  });

  it('after a save, has nothing left to save and reads the saved versions', () => {
    const session = edited(openSession(read), rename);
    const saved = afterWrite(session, {
      'i18n/ru.json': file('i18n/ru.json', session.values['i18n/ru.json'], 'r2'),
    });
    expect(pendingChanges(saved)).toEqual([]);
    expect(saved.read['i18n/ru.json']?.version).toBe('r2');
    expect(saved.revision).toBe(session.revision);
  });

  it('forgets every unsaved change when discarded, and restarts the forms', () => {
    const session = discarded(edited(openSession(read), rename));
    expect(pendingChanges(session)).toEqual([]);
    expect(session.revision).toBe(1);
  });
});

describe('undo', () => {
  it('saves back the values before the last save, from the versions read now', () => {
    const session = edited(openSession(read), rename);
    const step = undoStepOf(session, pendingChanges(session), now);
    const saved = afterWrite(session, {
      'i18n/ru.json': file('i18n/ru.json', session.values['i18n/ru.json'], 'r2'),
    });
    expect(undoChanges(saved, step)).toEqual([
      {
        path: 'i18n/ru.json',
        value: { language: 'ru', languageName: 'Русский', ui: {} },
        base: 'r2',
      },
    ]);
    expect(unsavedIn(saved, step)).toEqual([]);
    expect(
      unsavedIn(
        edited(saved, (values) => rename(rename(values))),
        step,
      ),
    ).toEqual([]);
  });

  it('names files the save created, which it cannot take back', () => {
    const session = edited(openSession(read), (values) => ({
      ...values,
      'articles/new.json': { id: 'new' },
    }));
    expect(undoStepOf(session, pendingChanges(session), now).created).toEqual([
      'articles/new.json',
    ]);
  });
});

describe('drafts kept in the browser', () => {
  class MemoryStorage {
    items = new Map<string, string>();
    getItem = (key: string) => this.items.get(key) ?? null;
    setItem = (key: string, value: string) => void this.items.set(key, value);
    removeItem = (key: string) => void this.items.delete(key);
  }
  const key = draftKey('/tmp/data');

  it('keeps the changed files and puts them back over the files read', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const session = edited(openSession(read), rename);
    expect(writeDraft(storage, key, draftOf(session, now))).toBe(true);
    const restored = openSession(read, readDraft(storage, key));
    expect(restored.values['i18n/ru.json']).toEqual(session.values['i18n/ru.json']);
    expect(pendingChanges(restored)).toEqual(pendingChanges(session));
    expect(readDraft(storage, key)?.savedAt).toBe(now.toISOString());
  });

  it('saves a restored draft from the version it was made from, so a change on disk conflicts', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    writeDraft(storage, key, draftOf(edited(openSession(read), rename), now));
    const onDisk = { ...read, 'i18n/ru.json': { ...read['i18n/ru.json'], version: 'r9' } };
    const restored = openSession(onDisk, readDraft(storage, key));
    expect(pendingChanges(restored)[0]?.base).toBe('r1');
    expect(changedOnDiskSinceDraft(restored)).toEqual(['i18n/ru.json']);
  });

  it('forgets the draft once nothing is unsaved', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    writeDraft(storage, key, draftOf(edited(openSession(read), rename), now));
    writeDraft(storage, key, draftOf(openSession(read), now));
    expect(readDraft(storage, key)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem(key, '{"savedAt": 3');
    expect(readDraft(storage, key)).toBeNull();
  });
});
