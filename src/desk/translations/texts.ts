/**
 * Every text the map translates, read from the desk's draft: the English, and in each other
 * language the translation (or none), whether it is flagged stale, and what the data check would
 * say about it. Pure; the writes return new values, for the desk's `update`.
 */

import { LANGUAGES, type Language, SOURCE_LANGUAGE } from '../../content/languages.ts';
import { SEA_LABELS } from '../../content/seas.ts';
import { textProblems, translationFile } from '../../content/translations.ts';
import type { DraftValues } from '../draft.ts';
import {
  type ProjectField,
  parseTextPath,
  type TextLocation,
  textPath,
  withStale,
} from './paths.ts';

/** The languages translated from English (`SOURCE_LANGUAGE`, typed as any language). */
export type TranslatedLanguage = Exclude<Language, 'en'>;
export const TRANSLATED_LANGUAGES = LANGUAGES.filter(
  (language): language is TranslatedLanguage => language !== SOURCE_LANGUAGE,
);

/** One text in one language. */
export interface TranslationCell {
  /** The translation; null when there is none (or it is blank). */
  text: string | null;
  /** Listed in the file's `stale`: the English changed since this was translated. */
  stale: boolean;
  /** What the data check says about the translation, in its words (numbers, placeholders). */
  problems: string[];
}

/** What a reader of a language without this translation sees instead. */
export interface Fallback {
  text: string;
  /** `english`: the English text; `marked`: the English, marked as English; `key`: the key. */
  as: 'english' | 'marked' | 'key';
}

/** One translatable text. */
export interface TranslatableText {
  path: string;
  location: TextLocation;
  /** What the text is, for people ("Milestone 4, 2023-05"). */
  where: string;
  english: string;
  fallback: Fallback;
  translations: Record<TranslatedLanguage, TranslationCell>;
}

/** Something wrong in a language that belongs to no text of the English (the check's words). */
export interface GroupNote {
  language: TranslatedLanguage;
  message: string;
  /** The translation's path where removing it resolves the note. */
  path?: string;
}

/** The texts of one project, of the places, of the interface, or of the map itself. */
export interface TextGroup {
  id: string;
  title: string;
  texts: TranslatableText[];
  notes: GroupNote[];
}

type Loose = Record<string, unknown>;

const isLoose = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const looseOf = (value: unknown): Loose => (isLoose(value) ? value : {});
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const own = (record: Loose, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;
const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A translation as the check counts it: a string that is not blank. */
const translationOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** The value at a text's place in a translation file, whatever it is. */
function valueAt(file: unknown, location: TextLocation): unknown {
  const root = looseOf(file);
  if (location.kind === 'mapTitle') return own(root, 'mapTitle');
  if (location.kind === 'place') return own(looseOf(own(root, 'places')), location.key);
  if (location.kind === 'ui') return own(looseOf(own(root, 'ui')), location.key);
  const project = looseOf(own(looseOf(own(root, 'projects')), location.project));
  switch (location.kind) {
    case 'project':
      return own(project, location.field);
    case 'fact':
      return own(looseOf(listOf(own(project, 'facts'))[location.index]), location.field);
    case 'milestone':
      return own(looseOf(listOf(own(project, 'milestones'))[location.index]), 'event');
    case 'route':
      return own(looseOf(own(project, location.table)), location.key);
  }
}

/** A text's translation in a translation file; null when there is none. */
export function translationAt(file: unknown, path: string): string | null {
  const location = parseTextPath(path);
  return location ? translationOf(valueAt(file, location)) : null;
}

/** The paths a translation file flags as stale. */
function staleOf(file: unknown): ReadonlySet<string> {
  return new Set(listOf(own(looseOf(file), 'stale')).filter((path) => typeof path === 'string'));
}

interface EnglishText {
  location: TextLocation;
  where: string;
  english: string;
  fallback?: Fallback['as'];
}

interface EnglishRoute {
  name: string;
  source: string;
}

/** A project's routes, by name: its file's features, or a flow's one route. */
function routesOf(values: DraftValues, project: Loose): Map<string, EnglishRoute> {
  const routes = new Map<string, EnglishRoute>();
  const flow = own(project, 'flow');
  const features = isLoose(flow)
    ? [{ properties: { name: own(flow, 'routeName'), source: own(flow, 'source') } }]
    : listOf(own(looseOf(values[`projects/${stringOf(own(project, 'id'))}.geojson`]), 'features'));
  for (const feature of features) {
    const properties = looseOf(own(looseOf(feature), 'properties'));
    const name = stringOf(own(properties, 'name'));
    if (name) routes.set(name, { name, source: stringOf(own(properties, 'source')) });
  }
  return routes;
}

function projectTexts(id: string, project: Loose, routes: Map<string, EnglishRoute>) {
  const fields: readonly [ProjectField, string][] = [
    ['name', 'Name'],
    ['shortName', 'Short name'],
    ['description', 'Description'],
    ['certaintyNote', 'Certainty note'],
  ];
  const texts: EnglishText[] = fields.flatMap(([field, where]): EnglishText[] => {
    const english = own(project, field);
    // A project without a certainty note has nothing to translate there.
    if (field === 'certaintyNote' && english === undefined) return [];
    return [
      { location: { kind: 'project', project: id, field }, where, english: stringOf(english) },
    ];
  });
  listOf(own(project, 'facts')).forEach((fact, index) => {
    for (const field of ['label', 'value'] as const) {
      texts.push({
        location: { kind: 'fact', project: id, index, field },
        where: `Fact ${index + 1}, ${field}`,
        english: stringOf(own(looseOf(fact), field)),
      });
    }
  });
  listOf(own(project, 'milestones')).forEach((milestone, index) => {
    const date = stringOf(own(looseOf(milestone), 'date'));
    texts.push({
      location: { kind: 'milestone', project: id, index },
      where: `Milestone ${index + 1}${date ? `, ${date}` : ''}`,
      english: stringOf(own(looseOf(milestone), 'event')),
    });
  });
  for (const route of routes.values()) {
    texts.push({
      location: { kind: 'route', project: id, table: 'routes', key: route.name },
      where: 'Route name',
      english: route.name,
    });
  }
  for (const route of routes.values()) {
    texts.push({
      location: { kind: 'route', project: id, table: 'routeSources', key: route.name },
      where: `Where the line of “${route.name}” comes from`,
      english: route.source,
      fallback: 'marked',
    });
  }
  return texts;
}

/** Keys a translation's table holds that the English has not: the check's "unknown key". */
function unknownKeys(
  table: unknown,
  known: ReadonlySet<string>,
  field: string,
  locate: (key: string) => TextLocation,
  language: TranslatedLanguage,
): GroupNote[] {
  return Object.keys(looseOf(table))
    .filter((key) => !known.has(key))
    .map((key) => ({
      language,
      message: `${field}: unknown key "${key}"`,
      path: textPath(locate(key)),
    }));
}

function projectNotes(
  id: string,
  project: Loose,
  routes: ReadonlyMap<string, EnglishRoute>,
  files: Readonly<Record<TranslatedLanguage, unknown>>,
): GroupNote[] {
  return TRANSLATED_LANGUAGES.flatMap((language) => {
    const mine = own(looseOf(own(looseOf(files[language]), 'projects')), id);
    if (!isLoose(mine)) return [];
    const notes: GroupNote[] = [];
    for (const list of ['facts', 'milestones'] as const) {
      const [want, got] = [listOf(own(project, list)).length, listOf(own(mine, list)).length];
      if (got > want) {
        notes.push({ language, message: `${list}: ${got} items, but English has ${want}` });
      }
    }
    if (own(project, 'certaintyNote') === undefined && own(mine, 'certaintyNote') !== undefined) {
      notes.push({
        language,
        message: 'certaintyNote: the English project has none',
        path: textPath({ kind: 'project', project: id, field: 'certaintyNote' }),
      });
    }
    const names = new Set(routes.keys());
    for (const table of ['routes', 'routeSources'] as const) {
      notes.push(
        ...unknownKeys(
          own(mine, table),
          names,
          table,
          (key) => ({ kind: 'route', project: id, table, key }),
          language,
        ),
      );
    }
    return notes;
  });
}

/** Completes the English texts of a group with each language's translation. */
function withTranslations(
  texts: readonly EnglishText[],
  files: Readonly<Record<TranslatedLanguage, unknown>>,
): TranslatableText[] {
  const stale = Object.fromEntries(
    TRANSLATED_LANGUAGES.map((language) => [language, staleOf(files[language])]),
  ) as Record<TranslatedLanguage, ReadonlySet<string>>;
  return texts.map(({ location, where, english, fallback = 'english' }) => {
    const path = textPath(location);
    const translations = Object.fromEntries(
      TRANSLATED_LANGUAGES.map((language) => {
        const text = translationOf(valueAt(files[language], location));
        const cell: TranslationCell = {
          text,
          stale: stale[language].has(path),
          problems: text === null ? [] : textProblems(english, text),
        };
        return [language, cell];
      }),
    ) as Record<TranslatedLanguage, TranslationCell>;
    const shown = fallback === 'key' && location.kind === 'ui' ? location.key : english;
    return {
      path,
      location,
      where,
      english,
      fallback: { text: shown, as: fallback },
      translations,
    };
  });
}

/**
 * Every translatable text of the draft, grouped: the map, each project in legend order, the
 * places and seas, the interface's words.
 */
export function translatableTexts(values: DraftValues): TextGroup[] {
  const files = Object.fromEntries(
    TRANSLATED_LANGUAGES.map((language) => [language, values[translationFile(language)]]),
  ) as Record<TranslatedLanguage, unknown>;
  const projectsFile = looseOf(values['projects.json']);
  const projects = listOf(own(projectsFile, 'projects')).map(looseOf);
  const ids = new Set(projects.map((project) => stringOf(own(project, 'id'))));

  const map: TextGroup = {
    id: 'map',
    title: 'The map',
    texts: withTranslations(
      [
        {
          location: { kind: 'mapTitle' },
          where: 'Map title',
          english: stringOf(own(projectsFile, 'mapTitle')),
        },
      ],
      files,
    ),
    notes: TRANSLATED_LANGUAGES.flatMap((language) =>
      Object.keys(looseOf(own(looseOf(files[language]), 'projects')))
        .filter((id) => !ids.has(id))
        .map((id) => ({ language, message: `projects: unknown project "${id}"` })),
    ),
  };

  const projectGroups = projects.map((project): TextGroup => {
    const id = stringOf(own(project, 'id'));
    const routes = routesOf(values, project);
    return {
      id: `project:${id}`,
      title: stringOf(own(project, 'name')) || id,
      texts: withTranslations(projectTexts(id, project, routes), files),
      notes: projectNotes(id, project, routes, files),
    };
  });

  const placeNames = new Set(
    listOf(own(looseOf(values['places.geojson']), 'features'))
      .map((feature) => stringOf(own(looseOf(own(looseOf(feature), 'properties')), 'name')))
      .filter((name) => name !== ''),
  );
  const seaNames = new Set(SEA_LABELS.map((sea) => sea.name).filter((sea) => !placeNames.has(sea)));
  const places: TextGroup = {
    id: 'places',
    title: 'Places and seas',
    texts: withTranslations(
      [
        ...[...placeNames].map((key) => ({ key, where: 'Place' })),
        ...[...seaNames].map((key) => ({ key, where: 'Sea' })),
      ].map(({ key, where }) => ({ location: { kind: 'place', key }, where, english: key })),
      files,
    ),
    notes: TRANSLATED_LANGUAGES.flatMap((language) =>
      unknownKeys(
        own(looseOf(files[language]), 'places'),
        new Set([...placeNames, ...seaNames]),
        'places',
        (key) => ({ kind: 'place', key }),
        language,
      ),
    ),
  };

  const englishUi = looseOf(own(looseOf(values[translationFile(SOURCE_LANGUAGE)]), 'ui'));
  const ui: TextGroup = {
    id: 'ui',
    title: 'Interface',
    texts: withTranslations(
      Object.entries(englishUi).map(([key, english]) => ({
        location: { kind: 'ui', key },
        where: key,
        english: stringOf(english),
        fallback: 'key',
      })),
      files,
    ),
    notes: TRANSLATED_LANGUAGES.flatMap((language) =>
      unknownKeys(
        own(looseOf(files[language]), 'ui'),
        new Set(Object.keys(englishUi)),
        'ui',
        (key) => ({ kind: 'ui', key }),
        language,
      ),
    ),
  };

  return [map, ...projectGroups, places, ui];
}

/** Which texts a filter shows. */
export type TextFilter = 'all' | 'missing' | 'stale' | 'problems';

const cellsOf = (text: TranslatableText) =>
  TRANSLATED_LANGUAGES.map((language) => text.translations[language]);

/** Whether a text passes a filter: in any language, missing, stale or with a problem. */
export function passes(text: TranslatableText, filter: TextFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'missing':
      return cellsOf(text).some((cell) => cell.text === null);
    case 'stale':
      return cellsOf(text).some((cell) => cell.text !== null && cell.stale);
    case 'problems':
      return cellsOf(text).some((cell) => cell.problems.length > 0);
  }
}

/** Whether a search (any case) finds a text: in its path, what it is, the English or a translation. */
export function found(text: TranslatableText, query: string): boolean {
  const words = query.trim().toLocaleLowerCase();
  if (!words) return true;
  return [text.path, text.where, text.english, ...cellsOf(text).map((cell) => cell.text ?? '')]
    .join('\n')
    .toLocaleLowerCase()
    .includes(words);
}

/** How many texts there are, and how many translations are missing, stale or have problems. */
export interface TextCounts {
  texts: number;
  missing: number;
  stale: number;
  problems: number;
}

/** The counts of some texts, each translation counted once (a text missing in three languages: 3). */
export function countsOf(texts: readonly TranslatableText[], notes = 0): TextCounts {
  const cells = texts.flatMap(cellsOf);
  return {
    texts: texts.length,
    missing: cells.filter((cell) => cell.text === null).length,
    stale: cells.filter((cell) => cell.text !== null && cell.stale).length,
    problems: cells.filter((cell) => cell.problems.length > 0).length + notes,
  };
}

/** The same object without `key` (no key left at all rather than one holding undefined). */
function without(record: Loose, key: string): Loose {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

/** A table with `key` set to `text`, or without it when `text` is null. */
/**
 * A keyed table with one key set: an existing key keeps its place; a new one goes right after the
 * nearest key before it in the English order (`order`), so that the file changes by that line.
 */
function setKey(table: Loose, key: string, text: string | null, order?: readonly string[]): Loose {
  if (text === null) return without(table, key);
  if (Object.hasOwn(table, key) || !order) return { ...table, [key]: text };
  const before = order.slice(0, Math.max(order.indexOf(key), 0)).reverse();
  const after = before.find((candidate) => Object.hasOwn(table, candidate));
  const entries = Object.entries(table);
  const at = after === undefined ? 0 : entries.findIndex(([name]) => name === after) + 1;
  entries.splice(at, 0, [key, text]);
  return Object.fromEntries(entries);
}

/**
 * The keys of the table a text's path is in (route names, route notes, places, interface words),
 * in the English order; undefined for a text that is not in a keyed table.
 */
export function keyOrder(groups: readonly TextGroup[], path: string): string[] | undefined {
  const location = parseTextPath(path);
  if (!location || !['route', 'place', 'ui'].includes(location.kind)) return undefined;
  const sameTable = (other: TextLocation) =>
    other.kind === location.kind &&
    (other.kind !== 'route' ||
      (location.kind === 'route' &&
        other.project === location.project &&
        other.table === location.table));
  return groups.flatMap((group) =>
    group.texts.flatMap((text) =>
      sameTable(text.location) && 'key' in text.location ? [text.location.key] : [],
    ),
  );
}

/** A list with one field of item `index` set; missing items before it are blank, trailing blank ones dropped. */
function setItem(list: unknown, index: number, field: string, text: string | null, blank: Loose) {
  const items = [...listOf(list)];
  while (items.length <= index) items.push({ ...blank });
  items[index] = { ...looseOf(items[index]), [field]: text ?? '' };
  const isBlank = (item: unknown) =>
    Object.values(looseOf(item)).every((value) => translationOf(value) === null);
  while (items.length > 0 && isBlank(items[items.length - 1])) items.pop();
  return items;
}

function writeAt(
  file: Loose,
  location: TextLocation,
  text: string | null,
  order?: readonly string[],
): Loose {
  switch (location.kind) {
    case 'mapTitle':
      return setKey(file, 'mapTitle', text);
    case 'place':
      return { ...file, places: setKey(looseOf(own(file, 'places')), location.key, text, order) };
    case 'ui':
      return { ...file, ui: setKey(looseOf(own(file, 'ui')), location.key, text, order) };
  }
  const projects = looseOf(own(file, 'projects'));
  const project = looseOf(own(projects, location.project));
  let changed: Loose;
  switch (location.kind) {
    case 'project':
      changed = setKey(project, location.field, text);
      break;
    case 'fact':
      changed = {
        ...project,
        facts: setItem(own(project, 'facts'), location.index, location.field, text, {
          label: '',
          value: '',
        }),
      };
      break;
    case 'milestone':
      changed = {
        ...project,
        milestones: setItem(own(project, 'milestones'), location.index, 'event', text, {
          event: '',
        }),
      };
      break;
    case 'route': {
      const table = setKey(looseOf(own(project, location.table)), location.key, text, order);
      // `routeSources` is optional: none at all rather than an empty table.
      changed =
        location.table === 'routeSources' && Object.keys(table).length === 0
          ? without(project, 'routeSources')
          : { ...project, [location.table]: table };
      break;
    }
  }
  return { ...file, projects: { ...projects, [location.project]: changed } };
}

/**
 * A translation file with a text written at its path (trimmed; a blank text removes the
 * translation, or blanks its item in a list) and the path no longer flagged stale. The same
 * object when nothing changes.
 */
export function writeTranslation(
  file: unknown,
  path: string,
  text: string,
  order?: readonly string[],
): unknown {
  const location = parseTextPath(path);
  if (!location) throw new Error(`"${path}" is not the path of a translatable text`);
  const trimmed = text.trim() === '' ? null : text.trim();
  const stale = staleOf(file).has(path);
  if (!stale && translationOf(valueAt(file, location)) === trimmed) return file;
  const written = writeAt(looseOf(file), location, trimmed, order);
  return stale ? reviewed(written, path) : written;
}

/** A translation file with `path` no longer flagged stale. The same object if it was not. */
export function reviewed(file: unknown, path: string): unknown {
  if (!staleOf(file).has(path)) return file;
  const root = looseOf(file);
  return withStale({ ...root, stale: listOf(own(root, 'stale')).map(stringOf) }, path, false);
}

const inFile = (
  values: DraftValues,
  language: TranslatedLanguage,
  change: (file: unknown) => unknown,
): DraftValues => {
  const path = translationFile(language);
  const file = values[path];
  const changed = change(file);
  return changed === file ? values : { ...values, [path]: changed };
};

/** The draft with a text's translation written into `i18n/<language>.json` (see `writeTranslation`). */
export function setTranslation(
  values: DraftValues,
  language: TranslatedLanguage,
  path: string,
  text: string,
): DraftValues {
  const order = keyOrder(translatableTexts(values), path);
  return inFile(values, language, (file) => writeTranslation(file, path, text, order));
}

/** The draft with a translation reviewed: its path removed from the file's `stale`. */
export function markReviewed(
  values: DraftValues,
  language: TranslatedLanguage,
  path: string,
): DraftValues {
  return inFile(values, language, (file) => reviewed(file, path));
}
