/**
 * The desk's editing rules, over the draft's values: a project's milestones and facts live in
 * `projects.json` and, at the same index, in every translation file, so adding, removing or moving
 * one does it everywhere (and renumbers the `stale` lists); changing an English text flags its
 * translations stale, and changing a translation clears its flag. Pure: each returns new values.
 */
import { isCalendarDate } from '../content/dates.ts';
import { LANGUAGES, type Language, SOURCE_LANGUAGE } from '../content/languages.ts';
import { sortMilestones, unresolvedOn } from '../content/milestones.ts';
import type {
  FactInput,
  Milestone,
  MilestoneInput,
  PlaceCollectionInput,
  PlaceFeatureInput,
  ProjectMetaInput,
  ProjectsFileInput,
  TranslationInput,
} from '../content/schema.ts';
import { translationFile } from '../content/translations.ts';
import type { DraftValues } from './draft.ts';
import { parseTextPath, type TextLocation, textPath, withStale } from './translations/paths.ts';

/** The file of the projects, their facts and milestones. */
export const PROJECTS_FILE = 'projects.json';
/** The file of the places. */
export const PLACES_FILE = 'places.geojson';

/** The languages translated from English. */
export type OtherLanguage = Exclude<Language, 'en'>;
export const OTHER_LANGUAGES = LANGUAGES.filter(
  (language): language is OtherLanguage => language !== SOURCE_LANGUAGE,
);

/** The lists of a project that are translated item by item, and their translated fields. */
export const TRANSLATED_FIELDS = {
  milestones: ['event'],
  facts: ['label', 'value'],
} as const;
export type ListName = keyof typeof TRANSLATED_FIELDS;
type Item<L extends ListName> = L extends 'milestones' ? MilestoneInput : FactInput;
type TranslatedField<L extends ListName> = (typeof TRANSLATED_FIELDS)[L][number];

/** One item's translated texts, by language and field ('' for a missing one). */
export type Texts<L extends ListName = ListName> = Record<
  OtherLanguage,
  Record<TranslatedField<L>, string>
>;

/** An item of a project's list with its texts in the other languages. */
export interface Entry<L extends ListName = ListName> {
  item: Item<L>;
  texts: Texts<L>;
}

/**
 * An item as a form opened it: its English and translations, and which translations were
 * flagged stale then. The stale rules compare an edit with it (see `staleAfter`).
 */
export interface Baseline<L extends ListName = ListName> extends Entry<L> {
  stale: Record<OtherLanguage, Record<TranslatedField<L>, boolean>>;
}

type TranslationProject = NonNullable<TranslationInput['projects']>[string];

const projectsOf = (values: DraftValues) => values[PROJECTS_FILE] as ProjectsFileInput | undefined;
const translationOf = (values: DraftValues, language: OtherLanguage) =>
  values[translationFile(language)] as TranslationInput | undefined;

/** A project of the draft by id. */
export function projectOf(values: DraftValues, projectId: string): ProjectMetaInput | undefined {
  return projectsOf(values)?.projects.find((project) => project.id === projectId);
}

function withProject(
  values: DraftValues,
  projectId: string,
  change: (project: ProjectMetaInput) => ProjectMetaInput,
): DraftValues {
  const file = projectsOf(values);
  if (!file) return values;
  return {
    ...values,
    [PROJECTS_FILE]: {
      ...file,
      projects: file.projects.map((project) =>
        project.id === projectId ? change(project) : project,
      ),
    },
  };
}

function withTranslation(
  values: DraftValues,
  language: OtherLanguage,
  change: (file: TranslationInput) => TranslationInput,
): DraftValues {
  const file = translationOf(values, language);
  return file ? { ...values, [translationFile(language)]: change(file) } : values;
}

function withTranslatedProject(
  values: DraftValues,
  language: OtherLanguage,
  projectId: string,
  change: (project: TranslationProject) => TranslationProject,
): DraftValues {
  return withTranslation(values, language, (file) => {
    const project = file.projects?.[projectId];
    if (!project) return file;
    return { ...file, projects: { ...file.projects, [projectId]: change(project) } };
  });
}

/** Whether a translation file lists a path as stale. */
export function isStale(values: DraftValues, language: OtherLanguage, path: string): boolean {
  return translationOf(values, language)?.stale?.includes(path) ?? false;
}

/**
 * Whether a translation is stale after an edit: not when the edit changed it; when the edit
 * changed the English of a translation that exists; else as it was. A missing translation is
 * flagged as missing, not stale.
 */
export function staleAfter(
  before: { english: string; translated: string; stale: boolean },
  after: { english: string; translated: string },
): boolean {
  if (after.translated !== before.translated) return false;
  if (after.english !== before.english && after.translated.trim() !== '') return true;
  return before.stale;
}

/** Renumbers the stale paths of one project's list: `renumber` gives the new index, or null. */
function renumberStale(
  values: DraftValues,
  projectId: string,
  list: ListName,
  renumber: (index: number) => number | null,
): DraftValues {
  let out = values;
  for (const language of OTHER_LANGUAGES) {
    out = withTranslation(out, language, (file) => {
      if (!file.stale) return file;
      const stale = file.stale.flatMap((path) => {
        const at = parseTextPath(path);
        const ours =
          at && (at.kind === 'milestone' || at.kind === 'fact') && at.project === projectId;
        if (!ours || (at.kind === 'milestone') !== (list === 'milestones')) return [path];
        const index = renumber(at.index);
        return index === null ? [] : [textPath({ ...at, index } as TextLocation)];
      });
      const { stale: _, ...rest } = file;
      return stale.length > 0 ? { ...rest, stale } : rest;
    });
  }
  return out;
}

/** The path of an item's translated field in the translation files. */
export function itemPath(projectId: string, list: ListName, index: number, field: string): string {
  return list === 'milestones'
    ? textPath({ kind: 'milestone', project: projectId, index })
    : textPath({ kind: 'fact', project: projectId, index, field: field as 'label' | 'value' });
}

const blankTexts = <L extends ListName>(list: L): Texts<L> =>
  Object.fromEntries(
    OTHER_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(TRANSLATED_FIELDS[list].map((field) => [field, ''])),
    ]),
  ) as Texts<L>;

/** An item of a project's list with its translations; undefined if there is none at `index`. */
export function entryAt<L extends ListName>(
  values: DraftValues,
  projectId: string,
  list: L,
  index: number,
): Entry<L> | undefined {
  const item = projectOf(values, projectId)?.[list]?.[index] as Item<L> | undefined;
  if (!item) return undefined;
  const texts = blankTexts(list);
  for (const language of OTHER_LANGUAGES) {
    const translated = translationOf(values, language)?.projects?.[projectId]?.[list]?.[index] as
      | Record<string, string>
      | undefined;
    for (const field of TRANSLATED_FIELDS[list]) {
      (texts[language] as Record<string, string>)[field] = translated?.[field] ?? '';
    }
  }
  return { item, texts };
}

/** An item as a form opens it: `entryAt` plus which translations are flagged stale. */
export function baselineAt<L extends ListName>(
  values: DraftValues,
  projectId: string,
  list: L,
  index: number,
): Baseline<L> | undefined {
  const entry = entryAt(values, projectId, list, index);
  if (!entry) return undefined;
  const stale = Object.fromEntries(
    OTHER_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(
        TRANSLATED_FIELDS[list].map((field) => [
          field,
          isStale(values, language, itemPath(projectId, list, index, field)),
        ]),
      ),
    ]),
  ) as Baseline<L>['stale'];
  return { ...entry, stale };
}

/** A new item's baseline: nothing translated, nothing stale. */
export function freshBaseline<L extends ListName>(list: L, item: Item<L>): Baseline<L> {
  const stale = Object.fromEntries(
    OTHER_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(TRANSLATED_FIELDS[list].map((field) => [field, false])),
    ]),
  ) as Baseline<L>['stale'];
  return { item, texts: blankTexts(list), stale };
}

function translatedItem<L extends ListName>(list: L, texts: Texts<L>, language: OtherLanguage) {
  return Object.fromEntries(
    TRANSLATED_FIELDS[list].map((field) => [
      field,
      (texts[language] as Record<string, string>)[field],
    ]),
  );
}

/** Inserts an item at `index` of a project's list, in `projects.json` and every translation. */
export function insertItem<L extends ListName>(
  values: DraftValues,
  projectId: string,
  list: L,
  index: number,
  entry: Entry<L>,
): DraftValues {
  const insert = <T>(items: readonly T[] | undefined, item: T): T[] => {
    const copy = [...(items ?? [])];
    copy.splice(Math.min(index, copy.length), 0, item);
    return copy;
  };
  let out = renumberStale(values, projectId, list, (at) => (at >= index ? at + 1 : at));
  out = withProject(out, projectId, (project) => ({
    ...project,
    [list]: insert(project[list] as Item<L>[] | undefined, entry.item),
  }));
  for (const language of OTHER_LANGUAGES) {
    out = withTranslatedProject(out, language, projectId, (project) => ({
      ...project,
      [list]: insert(project[list] as unknown[], translatedItem(list, entry.texts, language)),
    }));
  }
  return out;
}

/** Removes the item at `index` of a project's list everywhere, with its stale flags. */
export function removeItem(
  values: DraftValues,
  projectId: string,
  list: ListName,
  index: number,
): DraftValues {
  const without = <T>(items: readonly T[] | undefined): T[] =>
    (items ?? []).filter((_, at) => at !== index);
  return reshapeList(values, projectId, list, without, (at) =>
    at === index ? null : at > index ? at - 1 : at,
  );
}

/** Moves an item of a project's list from one index to another everywhere. */
export function moveItem(
  values: DraftValues,
  projectId: string,
  list: ListName,
  from: number,
  to: number,
): DraftValues {
  if (from === to) return values;
  const move = <T>(items: readonly T[] | undefined): T[] => {
    const copy = [...(items ?? [])];
    const [item] = copy.splice(from, 1);
    if (item !== undefined) copy.splice(to, 0, item);
    return copy;
  };
  return reshapeList(values, projectId, list, move, (at) => {
    if (at === from) return to;
    if (from < to && at > from && at <= to) return at - 1;
    if (to < from && at >= to && at < from) return at + 1;
    return at;
  });
}

/**
 * A project's list reshaped (an item removed or moved) in English and every translation alike,
 * with the stale marks of its items following them to their new index (null: gone).
 */
function reshapeList(
  values: DraftValues,
  projectId: string,
  list: ListName,
  reshape: <T>(items: readonly T[] | undefined) => T[],
  renumber: (at: number) => number | null,
): DraftValues {
  let out = renumberStale(values, projectId, list, renumber);
  out = withProject(out, projectId, (project) => ({
    ...project,
    [list]: reshape(project[list] as unknown[] | undefined),
  }));
  for (const language of OTHER_LANGUAGES) {
    out = withTranslatedProject(out, language, projectId, (project) => ({
      ...project,
      [list]: reshape(project[list] as unknown[]),
    }));
  }
  return out;
}

/**
 * Replaces the item at `index` (English and translations), flagging stale or clearing each
 * translation as `staleAfter` says, compared with the item as its form opened it.
 */
export function replaceItem<L extends ListName>(
  values: DraftValues,
  projectId: string,
  list: L,
  index: number,
  entry: Entry<L>,
  baseline: Baseline<L>,
): DraftValues {
  let out = withProject(values, projectId, (project) => ({
    ...project,
    [list]: ((project[list] ?? []) as unknown[]).map((item, at) =>
      at === index ? entry.item : item,
    ),
  }));
  for (const language of OTHER_LANGUAGES) {
    out = withTranslatedProject(out, language, projectId, (project) => ({
      ...project,
      [list]: ((project[list] ?? []) as unknown[]).map((item, at) =>
        at === index ? translatedItem(list, entry.texts, language) : item,
      ),
    }));
    out = withTranslation(out, language, (file) => {
      let next = file;
      for (const field of TRANSLATED_FIELDS[list]) {
        const key = field as TranslatedField<L>;
        const stale = staleAfter(
          {
            english: String((baseline.item as Record<string, unknown>)[field] ?? ''),
            translated: baseline.texts[language][key] as string,
            stale: baseline.stale[language][key] as boolean,
          },
          {
            english: String((entry.item as Record<string, unknown>)[field] ?? ''),
            translated: entry.texts[language][key] as string,
          },
        );
        next = withStale(next, itemPath(projectId, list, index, field), stale);
      }
      return next;
    });
  }
  return out;
}

/** Whether a milestone's date can be placed in time (a real year, month or day). */
const placeable = (milestone: MilestoneInput) => isCalendarDate(milestone.date);

/**
 * Where a milestone belongs among others, oldest first as the panel sorts them: after every
 * one that sorts before it or with it; at the end when its date is not a date yet.
 */
export function milestoneSlot(
  others: readonly MilestoneInput[],
  milestone: MilestoneInput,
): number {
  if (!placeable(milestone)) return others.length;
  let slot = 0;
  others.forEach((other, index) => {
    if (!placeable(other)) return;
    // The panel's own order (`sortMilestones` reads only the dates), stable for equal days.
    const [first] = sortMilestones([other, milestone] as Milestone[]);
    if (first === other) slot = index + 1;
  });
  return slot;
}

/** Adds a milestone where its date puts it, everywhere; gives the values and its index. */
export function addMilestone(
  values: DraftValues,
  projectId: string,
  entry: Entry<'milestones'>,
): { values: DraftValues; index: number } {
  const milestones = projectOf(values, projectId)?.milestones ?? [];
  const index = milestoneSlot(milestones, entry.item);
  return { values: insertItem(values, projectId, 'milestones', index, entry), index };
}

/**
 * Moves the milestone at `index` to where its date puts it, if it is out of order with its
 * neighbours; gives the values and its index.
 */
export function placeMilestone(
  values: DraftValues,
  projectId: string,
  index: number,
): { values: DraftValues; index: number } {
  const milestones = projectOf(values, projectId)?.milestones ?? [];
  const milestone = milestones[index];
  if (!milestone || !placeable(milestone)) return { values, index };
  const others = milestones.filter((_, at) => at !== index);
  const inOrder = (a: MilestoneInput | undefined, b: MilestoneInput | undefined) =>
    !a || !b || !placeable(a) || !placeable(b) || milestoneSlot([a], b) === 1;
  if (inOrder(milestones[index - 1], milestone) && inOrder(milestone, milestones[index + 1])) {
    return { values, index };
  }
  const to = milestoneSlot(others, milestone);
  return { values: moveItem(values, projectId, 'milestones', index, to), index: to };
}

/** Adds a fact at the end of a project's facts, everywhere; gives the values and its index. */
export function addFact(
  values: DraftValues,
  projectId: string,
  entry: Entry<'facts'>,
): { values: DraftValues; index: number } {
  const index = projectOf(values, projectId)?.facts.length ?? 0;
  return { values: insertItem(values, projectId, 'facts', index, entry), index };
}

/**
 * Whether an expected milestone's day had passed when the project's facts were checked and it is
 * not yet marked unconfirmed as of that day: the check refuses it until it is resolved.
 */
export function needsResolving(milestone: MilestoneInput, checked: string | undefined): boolean {
  return (
    checked !== undefined && isCalendarDate(milestone.date) && unresolvedOn(milestone, checked)
  );
}

/** A project's expected milestones marked not confirmed as of the day its facts were checked. */
export function markNotConfirmed(
  values: DraftValues,
  projectId: string,
  indexes: readonly number[],
): DraftValues {
  return withProject(values, projectId, (project) => ({
    ...project,
    milestones: project.milestones.map((milestone, index) =>
      indexes.includes(index) ? { ...milestone, notConfirmedAsOf: project.checked } : milestone,
    ),
  }));
}

/** A project's field set in `projects.json` (`undefined` leaves it out). */
export function setProjectField<K extends keyof ProjectMetaInput>(
  values: DraftValues,
  projectId: string,
  field: K,
  value: ProjectMetaInput[K],
): DraftValues {
  return withProject(values, projectId, (project) => ({ ...project, [field]: value }));
}

// Places: their names are translated by English name, so renaming one renames its key.

const placesOf = (values: DraftValues) => values[PLACES_FILE] as PlaceCollectionInput | undefined;

/** The places' names in a language's translation, by English name. */
export function placeNames(values: DraftValues, language: OtherLanguage): Record<string, string> {
  return translationOf(values, language)?.places ?? {};
}

/** A table with one key renamed where it stands (keeping the order of the file). */
function renameKey<T>(table: Record<string, T>, from: string, to: string): Record<string, T> {
  if (from === to || !Object.hasOwn(table, from)) return table;
  return Object.fromEntries(
    Object.entries(table).flatMap(([key, value]) =>
      key === from ? [[to, value]] : key === to ? [] : [[key, value]],
    ),
  );
}

/** A place with its name in the other languages. */
export interface PlaceEntry {
  feature: PlaceFeatureInput;
  names: Record<OtherLanguage, string>;
}

/** Adds a place at the end, its name in every translation. */
export function addPlace(values: DraftValues, entry: PlaceEntry): DraftValues {
  const file = placesOf(values);
  if (!file) return values;
  let out: DraftValues = {
    ...values,
    [PLACES_FILE]: { ...file, features: [...file.features, entry.feature] },
  };
  for (const language of OTHER_LANGUAGES) {
    out = withTranslation(out, language, (translation) => ({
      ...translation,
      places: { ...translation.places, [entry.feature.properties.name]: entry.names[language] },
    }));
  }
  return out;
}

/** Removes the place at `index`, and its name from every translation. */
export function removePlace(values: DraftValues, index: number): DraftValues {
  const file = placesOf(values);
  const name = file?.features[index]?.properties.name;
  if (!file || name === undefined) return values;
  let out: DraftValues = {
    ...values,
    [PLACES_FILE]: { ...file, features: file.features.filter((_, at) => at !== index) },
  };
  const path = textPath({ kind: 'place', key: name });
  for (const language of OTHER_LANGUAGES) {
    out = withTranslation(out, language, (translation) => {
      const { [name]: _, ...places } = translation.places ?? {};
      return withStale({ ...translation, places }, path, false);
    });
  }
  return out;
}

/**
 * Replaces the place at `index`: a new English name renames its key in every translation (and
 * its stale flag), and the stale rules apply to the name as to any text.
 */
export function replacePlace(
  values: DraftValues,
  index: number,
  entry: PlaceEntry,
  baseline: PlaceEntry & { stale: Record<OtherLanguage, boolean> },
): DraftValues {
  const file = placesOf(values);
  const before = file?.features[index]?.properties.name;
  if (!file || before === undefined) return values;
  const name = entry.feature.properties.name;
  let out: DraftValues = {
    ...values,
    [PLACES_FILE]: {
      ...file,
      features: file.features.map((feature, at) => (at === index ? entry.feature : feature)),
    },
  };
  const oldPath = textPath({ kind: 'place', key: before });
  const newPath = textPath({ kind: 'place', key: name });
  for (const language of OTHER_LANGUAGES) {
    out = withTranslation(out, language, (translation) => {
      const places = renameKey(translation.places ?? {}, before, name);
      const next = withStale(
        { ...translation, places: { ...places, [name]: entry.names[language] } },
        oldPath,
        false,
      );
      const stale = staleAfter(
        {
          english: baseline.feature.properties.name,
          translated: baseline.names[language],
          stale: baseline.stale[language],
        },
        { english: name, translated: entry.names[language] },
      );
      return withStale(next, newPath, stale);
    });
  }
  return out;
}

/** A place as its form opens it: the feature, its translated names and their stale flags. */
export function placeBaseline(
  values: DraftValues,
  index: number,
): (PlaceEntry & { stale: Record<OtherLanguage, boolean> }) | undefined {
  const feature = placesOf(values)?.features[index];
  if (!feature) return undefined;
  const name = feature.properties.name;
  const names = {} as Record<OtherLanguage, string>;
  const stale = {} as Record<OtherLanguage, boolean>;
  for (const language of OTHER_LANGUAGES) {
    const table = placeNames(values, language);
    names[language] = Object.hasOwn(table, name) ? (table[name] ?? '') : '';
    stale[language] = isStale(values, language, textPath({ kind: 'place', key: name }));
  }
  return { feature, names, stale };
}

// A project's own texts: name, short name, description and the note on its drawn lines.

/** The project texts the desk edits, each translated. */
export const PROJECT_TEXT_FIELDS = ['name', 'shortName', 'description', 'certaintyNote'] as const;
export type ProjectTextField = (typeof PROJECT_TEXT_FIELDS)[number];
type ProjectTexts = Partial<Record<ProjectTextField, string>>;

/** A project's texts in English and the other languages, with their stale flags. */
export interface ProjectTextsBaseline {
  english: ProjectTexts;
  texts: Record<OtherLanguage, ProjectTexts>;
  stale: Record<OtherLanguage, Record<ProjectTextField, boolean>>;
}

/** A project's texts as a form opens them. */
export function projectTextsAt(
  values: DraftValues,
  projectId: string,
): ProjectTextsBaseline | undefined {
  const project = projectOf(values, projectId);
  if (!project) return undefined;
  const english: ProjectTexts = {};
  for (const field of PROJECT_TEXT_FIELDS) {
    if (project[field] !== undefined) english[field] = project[field];
  }
  const texts = {} as ProjectTextsBaseline['texts'];
  const stale = {} as ProjectTextsBaseline['stale'];
  for (const language of OTHER_LANGUAGES) {
    const translated = translationOf(values, language)?.projects?.[projectId];
    texts[language] = {};
    stale[language] = {} as Record<ProjectTextField, boolean>;
    for (const field of PROJECT_TEXT_FIELDS) {
      if (translated?.[field] !== undefined) texts[language][field] = translated[field];
      stale[language][field] = isStale(
        values,
        language,
        textPath({ kind: 'project', project: projectId, field }),
      );
    }
  }
  return { english, texts, stale };
}

/** Sets a project's texts everywhere, with the stale rules against the texts as the form opened. */
export function replaceProjectTexts(
  values: DraftValues,
  projectId: string,
  next: { english: ProjectTexts; texts: Record<OtherLanguage, ProjectTexts> },
  baseline: ProjectTextsBaseline,
): DraftValues {
  let out = withProject(values, projectId, (project) => {
    const copy: ProjectMetaInput = { ...project };
    for (const field of PROJECT_TEXT_FIELDS) {
      const text = next.english[field];
      if (text === undefined) delete copy[field];
      else copy[field] = text;
    }
    return copy;
  });
  for (const language of OTHER_LANGUAGES) {
    out = withTranslatedProject(out, language, projectId, (project) => {
      const copy: TranslationProject = { ...project };
      for (const field of PROJECT_TEXT_FIELDS) {
        const text = next.texts[language][field];
        if (text === undefined) delete copy[field];
        else copy[field] = text;
      }
      return copy;
    });
    out = withTranslation(out, language, (file) => {
      let updated = file;
      for (const field of PROJECT_TEXT_FIELDS) {
        const stale = staleAfter(
          {
            english: baseline.english[field] ?? '',
            translated: baseline.texts[language][field] ?? '',
            stale: baseline.stale[language][field],
          },
          { english: next.english[field] ?? '', translated: next.texts[language][field] ?? '' },
        );
        updated = withStale(
          updated,
          textPath({ kind: 'project', project: projectId, field }),
          stale,
        );
      }
      return updated;
    });
  }
  return out;
}
