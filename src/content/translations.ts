/**
 * Checks the translations in `data/i18n/` against English and against the content: every key in
 * every language, the same placeholders, and the same numbers (a translation may never change a
 * figure). Pure, like the rest of the data check.
 */
import { LANGUAGES, type Language, SOURCE_LANGUAGE } from './languages.ts';
import type { PlaceFeature, Project, Translation } from './schema.ts';

/** The file holding a language's translation, relative to `data/`. */
export const translationFile = (language: Language) => `i18n/${language}.json`;

/** The placeholders of a template (`{name}`), sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * The numbers a text states, as digit strings without separators, sorted: "1,768 km", "1 768 км"
 * and "1768" all give "1768"; "1.5" and "1,5" both give "15"; "2021, 2022" gives two numbers.
 */
export function numbersOf(text: string): string[] {
  // A digit after "=" chooses a branch of an ICU plural (`=1 {…}`): not a figure the text states.
  const numbers = text.match(/(?<![=\d])\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*/g) ?? [];
  return numbers.map((number) => number.replace(/\D/g, '')).sort();
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Items as a list in an error, or "none". */
export const listed = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');

/** What the translations are checked against. */
export interface TranslationSources {
  projects: readonly Project[];
  places: readonly PlaceFeature[];
  mapTitle: string;
  seaNames: readonly string[];
}

/**
 * What is wrong with one translated text, in the check's words: figures or placeholders that
 * differ from the English. Empty when nothing is.
 */
export function textProblems(
  english: string,
  translated: string,
  { placeholders = true } = {},
): string[] {
  const problems: string[] = [];
  const [want, got] = [numbersOf(english), numbersOf(translated)];
  if (!same(want, got)) {
    problems.push(`numbers differ from English (English: ${listed(want)}; here: ${listed(got)})`);
  }
  const [slots, used] = [placeholdersOf(english), placeholdersOf(translated)];
  if (placeholders && !same(slots, used)) {
    problems.push(
      `placeholders differ from English (English: ${listed(slots)}; here: ${listed(used)})`,
    );
  }
  return problems;
}

class TranslationChecker {
  readonly errors: string[] = [];
  constructor(readonly where: string) {}

  /** A translated text says the same figures and keeps the same placeholders. */
  text(field: string, english: string, translated: string, options = { placeholders: true }): void {
    for (const problem of textProblems(english, translated, options)) {
      this.errors.push(`${this.where}: ${field}: ${problem}`);
    }
  }

  /** A keyed table translates exactly the English keys, each checked as a text. */
  table(
    field: string,
    english: ReadonlyMap<string, string>,
    translated: Readonly<Record<string, string>> | undefined,
    { optional = false, messages = false } = {},
  ): void {
    const table = translated ?? {};
    for (const [key, text] of english) {
      // Own keys only: a name such as "constructor" must not find the object's prototype.
      const value = Object.hasOwn(table, key) ? table[key] : undefined;
      if (value === undefined) {
        if (!optional) this.errors.push(`${this.where}: ${field}: missing "${key}"`);
      } else this.text(`${field}."${key}"`, text, value, { placeholders: !messages });
    }
    for (const key of Object.keys(table)) {
      if (!english.has(key)) this.errors.push(`${this.where}: ${field}: unknown key "${key}"`);
    }
  }

  /** A list translated item by item, in the same order: the named fields of each, as texts. */
  list<K extends string>(
    field: string,
    english: readonly Record<K, string>[],
    translated: readonly Record<K, string>[],
    keys: readonly K[],
  ): void {
    if (translated.length !== english.length) {
      this.errors.push(
        `${this.where}: ${field}: ${translated.length} items, but English has ${english.length}`,
      );
      return;
    }
    english.forEach((item, index) => {
      const other = translated[index];
      if (!other) return;
      for (const key of keys) this.text(`${field}[${index}].${key}`, item[key], other[key]);
    });
  }

  project(project: Project, translated: Translation['projects']): void {
    const field = `projects."${project.id}"`;
    const mine =
      translated && Object.hasOwn(translated, project.id) ? translated[project.id] : undefined;
    if (!mine) {
      this.errors.push(`${this.where}: ${field}: missing`);
      return;
    }
    this.text(`${field}.name`, project.name, mine.name);
    this.text(`${field}.shortName`, project.shortName, mine.shortName);
    this.text(`${field}.description`, project.description, mine.description);
    if (project.certaintyNote && !mine.certaintyNote) {
      this.errors.push(`${this.where}: ${field}.certaintyNote: missing`);
    } else if (project.certaintyNote && mine.certaintyNote) {
      this.text(`${field}.certaintyNote`, project.certaintyNote, mine.certaintyNote);
    } else if (mine.certaintyNote) {
      this.errors.push(`${this.where}: ${field}.certaintyNote: the English project has none`);
    }
    this.list(`${field}.facts`, project.facts, mine.facts, ['label', 'value']);
    this.list(`${field}.milestones`, project.milestones, mine.milestones, ['event']);
    const routes = new Map(
      project.routes.map((route) => [route.properties.name, route.properties.name]),
    );
    this.table(`${field}.routes`, routes, mine.routes);
    const sources = new Map(
      project.routes.map((route) => [route.properties.name, route.properties.source]),
    );
    this.table(`${field}.routeSources`, sources, mine.routeSources ?? {}, { optional: true });
  }
}

/**
 * Every error of the translations: a missing file, a missing or unknown key, a changed number or
 * placeholder. `translations` holds the files that parsed, by language.
 */
export function checkTranslations(
  translations: ReadonlyMap<Language, Translation>,
  sources: TranslationSources,
): string[] {
  const errors: string[] = [];
  const english = translations.get(SOURCE_LANGUAGE);
  for (const language of LANGUAGES) {
    if (!translations.has(language))
      errors.push(`data/${translationFile(language)}: file is missing`);
  }
  if (!english) return errors;
  const ui = new Map(Object.entries(english.ui));
  const places = new Map(
    [...sources.places.map((place) => place.properties.name), ...sources.seaNames].map((name) => [
      name,
      name,
    ]),
  );
  for (const [language, translation] of translations) {
    const check = new TranslationChecker(`data/${translationFile(language)}`);
    // The interface's words are ICU messages, whose arguments the message check compares.
    check.table('ui', ui, translation.ui, { messages: true });
    if (language !== SOURCE_LANGUAGE) {
      if (translation.mapTitle === undefined)
        check.errors.push(`${check.where}: mapTitle: missing`);
      else check.text('mapTitle', sources.mapTitle, translation.mapTitle);
      for (const project of sources.projects) check.project(project, translation.projects);
      for (const id of Object.keys(translation.projects ?? {})) {
        if (!sources.projects.some((project) => project.id === id)) {
          check.errors.push(`${check.where}: projects: unknown project "${id}"`);
        }
      }
      check.table('places', places, translation.places);
    }
    errors.push(...check.errors);
  }
  return errors;
}
