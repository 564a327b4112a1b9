/**
 * The data check's errors (`npm run check:data`'s words, as the preview and a refused save give
 * them) sorted to what the desk shows: those about one item (a milestone, a fact, a place, an
 * article), and within it those about one field of its form. Pure.
 */
import type { ListName, OtherLanguage } from './edits.ts';
import { OTHER_LANGUAGES } from './edits.ts';

/**
 * An error's start that names an item, and the form path its fields are under (e.g. `i18n.ru`),
 * or the one field every error with that start is about.
 */
export interface ErrorPrefix {
  prefix: string;
  under?: string;
  field?: string;
}

/**
 * The errors about one item: by the form path of their field (what is wrong, without the
 * address the field makes plain), and the rest (whole).
 */
export interface ItemErrors {
  byField: Record<string, string[]>;
  general: string[];
}

/** `.sources[0].url: …` or `: notConfirmedAsOf: …` after an item's prefix: the field's path. */
const FIELD = /^(?:\.|: )([A-Za-z]\w*(?:\[\d+\]|\.[A-Za-z]\w*)*)(?=: )/;

/** The form path of a field path as the check prints it (`sources[0].url` → `sources.0.url`). */
const formPath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** Sorts the errors that start with one of the prefixes by field. */
export function itemErrors(
  errors: readonly string[],
  prefixes: readonly ErrorPrefix[],
): ItemErrors {
  const out: ItemErrors = { byField: {}, general: [] };
  for (const error of errors) {
    for (const { prefix, under, field } of prefixes) {
      if (!error.startsWith(prefix)) continue;
      const rest = error.slice(prefix.length);
      if (rest !== '' && !rest.startsWith(':') && !rest.startsWith('.')) continue;
      const match = field ? null : FIELD.exec(rest);
      const named = match?.[1];
      const path =
        field ?? (named ? (under ? `${under}.${formPath(named)}` : formPath(named)) : undefined);
      if (path) {
        // At its field a problem needs no address: the check's own words for what is wrong.
        const words = match
          ? rest.slice(match[0].length + 2)
          : rest.startsWith(': ')
            ? rest.slice(2)
            : error;
        out.byField[path] = [...(out.byField[path] ?? []), words];
      } else out.general.push(error);
      break;
    }
  }
  return out;
}

/** Where the check names a project's item in `projects.json` and the translations. */
export function listItemPrefixes(
  projectId: string,
  projectIndex: number,
  list: ListName,
  index: number,
): ErrorPrefix[] {
  const item = `${list}[${index}]`;
  return [
    { prefix: `data/projects.json: project ${projectIndex}: ${item}` },
    { prefix: `data/projects.json: project "${projectId}": ${item}` },
    ...OTHER_LANGUAGES.flatMap((language: OtherLanguage) => [
      {
        prefix: `data/i18n/${language}.json: projects."${projectId}".${item}`,
        under: `i18n.${language}`,
      },
      {
        prefix: `data/i18n/${language}.json: projects.${projectId}.${item}`,
        under: `i18n.${language}`,
      },
    ]),
  ];
}

/** Where the check names a project itself (its own fields, or the whole project). */
export function projectPrefixes(projectId: string, projectIndex: number): ErrorPrefix[] {
  return [
    { prefix: `data/projects.json: project ${projectIndex}` },
    { prefix: `data/projects.json: project "${projectId}"` },
  ];
}

/** Where the check names a place of `places.geojson`, and its name in the translations. */
export function placePrefixes(index: number, name: string): ErrorPrefix[] {
  return [
    { prefix: `data/places.geojson: feature ${index} ${JSON.stringify(name)}` },
    { prefix: `data/places.geojson: feature ${index}` },
    ...OTHER_LANGUAGES.flatMap((language) => [
      { prefix: `data/i18n/${language}.json: places."${name}"`, field: `i18n.${language}.name` },
      {
        prefix: `data/i18n/${language}.json: places: missing ${JSON.stringify(name)}`,
        field: `i18n.${language}.name`,
      },
    ]),
  ];
}

/** Where the check names an article, or one of its clauses. */
export function articlePrefixes(path: string, projectId?: string): ErrorPrefix[] {
  return projectId
    ? [{ prefix: `data/${path}: clauses."${projectId}"`, field: 'clause' }]
    : [{ prefix: `data/${path}` }];
}
