/**
 * Checks the raw files of `data/` against the schema and against each other. Pure: it takes the
 * files' texts, so the build, the dev server and the tests all run the same check.
 */

import type { Position } from 'geojson';
import type { z } from 'zod';
import { joinStretches, legStretch, lineKm } from '../geo/flowLine.ts';
import { linesOf } from '../geo/linesOf.ts';
import { selfIntersection } from '../geo/selfIntersection.ts';
import { colourContrastProblems } from './contrast.ts';
import { findExcerpt } from './excerpt.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { countryNamesOf, type DrawnRoute, measureRoute, type Surveyor } from './measure.ts';
import { checkMessages } from './messages.ts';
import { sortMilestones, statusOn, timespanOf, unresolvedOn } from './milestones.ts';
import {
  type Article,
  articleSchema,
  type Content,
  type Flow,
  type FlowLeg,
  type Mention,
  type PlaceFeature,
  type Project,
  type ProjectMeta,
  placeCollectionSchema,
  placeFeatureSchema,
  projectMetaSchema,
  projectsFileSchema,
  routeCollectionSchema,
  routeFeatureSchema,
  type Translation,
  translationSchema,
} from './schema.ts';
import { SEA_LABELS } from './seas.ts';
import { checkTranslations, translationFile } from './translations.ts';

/** Raw files keyed by their path relative to `data/`, e.g. `projects/titr.geojson`. */
export type DataFiles = ReadonlyMap<string, string>;

export type ValidationResult = { ok: true; content: Content } | { ok: false; errors: string[] };

const PROJECTS_FILE = 'projects.json';
const PLACES_FILE = 'places.geojson';
const projectFile = (id: string) => `projects/${id}.geojson`;

/** Formats a zod issue path the way a reader of the JSON file would look for it. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Each issue of a zod error as one line, prefixed with where it was found. */
function issuesOf(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return `${where}${path ? `: ${path}` : ''}: ${issue.message}`;
  });
}

/** A feature its schema accepted, with its index in the file. */
interface Indexed<T> {
  index: number;
  value: T;
}

/** Where an error about a feature points: the file, the feature's index and its name. */
const featureWhere = (path: string, index: number, name: string) =>
  `data/${path}: feature ${index} "${name}"`;

/** The name of a raw feature, quoted, for errors; empty if it has none. */
function nameOf(raw: unknown): string {
  const props = (raw as { properties?: { name?: unknown } } | null)?.properties;
  return typeof props?.name === 'string' ? ` "${props.name}"` : '';
}

/** Collects every error while reading and parsing the files. */
class Checker {
  readonly errors: string[] = [];
  constructor(private readonly files: DataFiles) {}

  /** The parsed JSON of a file; undefined (and an error) if it is missing or malformed. */
  json(path: string): unknown {
    const text = this.files.get(path);
    if (text === undefined) {
      this.errors.push(`data/${path}: file is missing`);
      return undefined;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      this.errors.push(`data/${path}: malformed JSON: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The parsed JSON of a file, or undefined, reporting nothing (the file is read again later). */
  peek(path: string): unknown {
    try {
      return JSON.parse(this.files.get(path) ?? '') as unknown;
    } catch {
      return undefined;
    }
  }

  /** A value parsed by a schema; undefined (and its issues as errors) if it does not fit. */
  parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.errors.push(...issuesOf(result.error, where));
    return undefined;
  }

  /** Parses each feature of a FeatureCollection on its own, so errors name the feature. */
  features<T extends z.ZodType>(
    path: string,
    collection: z.ZodType,
    feature: T,
  ): Indexed<z.output<T>>[] {
    const raw = this.json(path);
    if (raw === undefined) return [];
    const parsed = this.parse(collection, raw, `data/${path}`) as
      | { features: unknown[] }
      | undefined;
    if (!parsed) return [];
    const out: Indexed<z.output<T>>[] = [];
    parsed.features.forEach((rawFeature, index) => {
      const where = `data/${path}: feature ${index}${nameOf(rawFeature)}`;
      const value = this.parse(feature, rawFeature, where);
      if (value !== undefined) out.push({ index, value });
    });
    return out;
  }
}

/** Every file in a folder of `data/` that its schema accepts, with its path; the rest reported. */
function* filesIn<T extends z.ZodType>(
  check: Checker,
  files: DataFiles,
  folder: string,
  schema: T,
): Generator<[string, z.output<T>]> {
  for (const path of files.keys()) {
    if (!path.startsWith(folder)) continue;
    const value = check.parse(schema, check.json(path), `data/${path}`);
    if (value !== undefined) yield [path, value];
  }
}

/** Orders articles newest first; articles of one day by id. */
const newestFirst = (a: Article, b: Article) =>
  b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

/** An article that parsed, with the file it came from. */
interface ArticleFile {
  path: string;
  article: Article;
}

/** The articles by id, reporting any id used twice or unlike its file's name. */
function checkArticles(check: Checker, files: DataFiles): Map<string, ArticleFile> {
  const articles = new Map<string, ArticleFile>();
  for (const [path, article] of filesIn(check, files, 'articles/', articleSchema)) {
    if (path !== `articles/${article.id}.json`) {
      check.errors.push(
        `data/${path}: id "${article.id}" is not the file's name; name the file articles/${article.id}.json or change the id`,
      );
    }
    if (articles.has(article.id)) {
      check.errors.push(`data/${path}: article id "${article.id}" is used by another article`);
    }
    articles.set(article.id, { path, article });
  }
  return articles;
}

/**
 * Checks every article's clauses (a known project, quoted verbatim) and gives each project's
 * mentions, newest article first.
 */
function checkClauses(
  check: Checker,
  articles: ReadonlyMap<string, ArticleFile>,
  metas: readonly ProjectMeta[],
  declared: ReadonlySet<string>,
): Map<string, Mention[]> {
  const mentions = new Map<string, Mention[]>([...declared].map((id) => [id, []]));
  const files = [...articles.values()].sort((a, b) => newestFirst(a.article, b.article));
  for (const { path, article } of files) {
    const clauses = Object.entries(article.clauses);
    if (clauses.length === 0) {
      check.errors.push(
        `data/${path}: clauses: names no project; quote what the article says about at least one`,
      );
    }
    for (const [project, clause] of clauses) {
      const where = `data/${path}: clauses."${project}"`;
      const list = mentions.get(project);
      if (!list) {
        check.errors.push(
          `${where}: unknown project "${project}": use the id of a project in data/${PROJECTS_FILE}`,
        );
      } else if (!findExcerpt(article.text, clause)) {
        check.errors.push(
          `${where}: the clause is not a verbatim part of the article's text: "${clause}"`,
        );
      } else {
        list.push({ article: article.id, clause });
      }
    }
  }
  for (const meta of metas) {
    if (mentions.get(meta.id)?.length === 0) {
      check.errors.push(
        `data/${PROJECTS_FILE}: project "${meta.id}": no article mentions it; give an article in data/articles/ a clause for "${meta.id}"`,
      );
    }
  }
  return mentions;
}

/** Why an expected milestone whose day has passed must be resolved, and the three ways to. */
const passedExpected = (date: string, checked: string) =>
  `is expected on ${date}, which had passed when the facts were checked (${checked}); resolve it: it happened (drop "expected", cite the source that says so), it slipped (give the new date and its source), or nothing was found since (set "notConfirmedAsOf" to ${checked}, and the map says "expected …, not confirmed as of" that day)`;

/**
 * Reports an expected milestone that sets a status, one whose day passed before the project's
 * facts were checked and that nobody resolved, and a project without a status on the first
 * article's date (where the date control starts).
 */
function checkMilestones(check: Checker, meta: ProjectMeta, start: string): void {
  const where = `data/${PROJECTS_FILE}: project "${meta.id}"`;
  meta.milestones.forEach((milestone, index) => {
    const at = `${where}: milestones[${index}]`;
    if (milestone.expected && milestone.status) {
      check.errors.push(
        `${at}: an expected milestone cannot set the status ("${milestone.status}"); give the status to the milestone that records it happening`,
      );
    }
    const { notConfirmedAsOf } = milestone;
    if (notConfirmedAsOf !== undefined && !milestone.expected) {
      check.errors.push(
        `${at}: notConfirmedAsOf: only an expected milestone can be unconfirmed; remove it, or mark the milestone expected`,
      );
    } else if (notConfirmedAsOf !== undefined && notConfirmedAsOf > meta.checked) {
      check.errors.push(
        `${at}: notConfirmedAsOf: ${notConfirmedAsOf} is after the day the facts were checked (${meta.checked})`,
      );
    }
    if (unresolvedOn(milestone, meta.checked)) {
      check.errors.push(`${at}: ${passedExpected(milestone.date, meta.checked)}`);
    }
  });
  if (start && !statusOn(meta.milestones, start)) {
    const first = sortMilestones(meta.milestones).find((one) => one.status && !one.expected);
    check.errors.push(
      `${where}: milestones: no status on ${start}, the first article's date; give a milestone dated on or before it a "status"${first ? ` (the first status is set on ${first.date})` : ''}`,
    );
  }
}

/** The translations that parse, by language, reporting any in a wrongly named file. */
function readTranslations(check: Checker, files: DataFiles): Map<Language, Translation> {
  const translations = new Map<Language, Translation>();
  for (const [path, translation] of filesIn(check, files, 'i18n/', translationSchema)) {
    if (path !== translationFile(translation.language)) {
      check.errors.push(
        `data/${path}: says it is "${translation.language}"; name the file ${translationFile(translation.language)}`,
      );
      continue;
    }
    translations.set(translation.language, translation);
  }
  return translations;
}

/** Words that stand in for a source or a figure nobody has checked yet. */
const PLACEHOLDER = /\bdossier\b|not itemi[sz]ed|\bTBD\b/i;

/** Every string in a parsed JSON value, with its path as a reader of the file would find it. */
function* stringsIn(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsIn(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield* stringsIn(item, path ? `${path}.${key}` : key);
    }
  }
}

/** Reports placeholder wording anywhere in a file: a claim must name its real source or go. */
function checkPlaceholders(check: Checker, path: string, value: unknown): void {
  for (const [field, text] of stringsIn(value)) {
    const found = PLACEHOLDER.exec(text)?.[0];
    if (found) {
      check.errors.push(
        `data/${path}: ${field}: "${found}" is placeholder wording; cite the public source (publisher, date, URL) or drop the claim`,
      );
    }
  }
}

/** The map's title and the projects of `projects.json` that parse, reporting duplicate ids. */
function checkProjectMetas(
  check: Checker,
): { mapTitle: string; metas: ProjectMeta[]; ids: Set<string> } | undefined {
  const raw = check.json(PROJECTS_FILE);
  if (raw !== undefined) checkPlaceholders(check, PROJECTS_FILE, raw);
  const file = check.parse(projectsFileSchema, raw, `data/${PROJECTS_FILE}`);
  if (!file) return undefined;
  const metas: ProjectMeta[] = [];
  const seen = new Set<string>();
  // Every id declared, even of a project with other errors: its files are then not "unknown".
  const ids = new Set(
    file.projects.flatMap((raw) => {
      const id = (raw as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? [id] : [];
    }),
  );
  file.projects.forEach((raw, index) => {
    const where = `data/${PROJECTS_FILE}: project ${index}`;
    const meta = check.parse(projectMetaSchema, raw, where);
    if (!meta) return;
    if (seen.has(meta.id)) check.errors.push(`${where}: id "${meta.id}" is declared twice`);
    seen.add(meta.id);
    metas.push(meta);
  });
  return { mapTitle: file.mapTitle, metas, ids };
}

/**
 * Reports every route file in `projects/` for a project `projects.json` does not declare, or for
 * a flow, which is built from other routes.
 */
function checkRouteFiles(
  check: Checker,
  files: DataFiles,
  declared: ReadonlySet<string>,
  flows: ReadonlySet<string>,
): void {
  for (const path of files.keys()) {
    const id = /^projects\/(.+)\.geojson$/.exec(path)?.[1];
    if (id === undefined) continue;
    if (!declared.has(id)) {
      check.errors.push(
        `data/${path}: unknown project "${id}": declare it in data/${PROJECTS_FILE}`,
      );
    } else if (flows.has(id)) {
      check.errors.push(
        `data/${path}: "${id}" is a flow, built from the legs in data/${PROJECTS_FILE}; delete this file`,
      );
    }
  }
}

/** The line of a route that a flow's leg names, or an error saying why there is none. */
function legLine(
  leg: FlowLeg,
  drawn: ReadonlyMap<string, DrawnRoute[]>,
): { line: Position[] } | { error: string } {
  const routes = drawn.get(leg.project);
  if (!routes) {
    return { error: `unknown project "${leg.project}" (a flow follows projects with route files)` };
  }
  const route = routes.find((candidate) => candidate.properties.name === leg.route);
  if (!route) return { error: `project "${leg.project}" has no route "${leg.route}"` };
  const { geometry } = route;
  const lines = linesOf(geometry);
  if (leg.part === undefined && lines.length > 1) {
    return {
      error: `route "${leg.route}" has ${lines.length} lines: say which with "part" (0–${lines.length - 1})`,
    };
  }
  const line = lines[leg.part ?? 0];
  if (!line) {
    return {
      error: `route "${leg.route}" has no part ${leg.part}; its parts are 0–${lines.length - 1}`,
    };
  }
  const km = lineKm(line);
  if (leg.fromKm !== undefined && leg.fromKm >= Math.min(leg.toKm ?? km, km)) {
    return {
      error: `fromKm ${leg.fromKm} is not before the stretch's end (the line is ${Math.round(km)} km)`,
    };
  }
  return { line };
}

/**
 * A flow's one route, built from the legs it travels; reports a leg that names no route, and a
 * leg that does not start where the one before it ends.
 */
function checkFlow(
  check: Checker,
  id: string,
  flow: Flow,
  drawn: ReadonlyMap<string, DrawnRoute[]>,
): DrawnRoute[] {
  const where = `data/${PROJECTS_FILE}: project "${id}": flow.legs`;
  const stretches: ReturnType<typeof legStretch>[] = [];
  flow.legs.forEach((leg, index) => {
    const found = legLine(leg, drawn);
    if ('error' in found) {
      check.errors.push(`${where}[${index}]: ${found.error}`);
      return;
    }
    const stretch = legStretch({ ...leg, line: found.line });
    const end = stretches.at(-1)?.at(-1);
    const start = stretch[0];
    if (end && start && (end[0] !== start[0] || end[1] !== start[1])) {
      check.errors.push(
        `${where}[${index}]: starts at ${start.join(', ')}, not where the leg before it ends (${end.join(', ')}); use "reverse", "fromKm" or "toKm"`,
      );
    }
    stretches.push(stretch);
  });
  if (stretches.length < flow.legs.length) return [];
  return [
    {
      type: 'Feature',
      properties: {
        name: flow.routeName,
        kind: 'flow',
        certainty: 'indicative',
        source: flow.source,
        role: 'main',
        tonnesPerYear: flow.tonnesPerYear,
        project: id,
      },
      geometry: { type: 'LineString', coordinates: joinStretches(stretches) },
    },
  ];
}

/** Reports each feature of a file whose name an earlier feature of the same file already has. */
function checkUniqueNames(
  check: Checker,
  path: string,
  features: readonly Indexed<{ properties: { name: string } }>[],
): void {
  const first = new Map<string, number>();
  for (const { index, value } of features) {
    const name = value.properties.name;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, index);
    else {
      check.errors.push(
        `${featureWhere(path, index, name)}: the name is already used by feature ${earlier}`,
      );
    }
  }
}

/** Reports every line of a route (each part of a MultiLineString) that crosses itself. */
function checkSelfIntersections(check: Checker, path: string, route: Indexed<DrawnRoute>): void {
  const { geometry, properties } = route.value;
  const lines =
    geometry.type === 'LineString'
      ? [{ field: 'geometry.coordinates', line: geometry.coordinates }]
      : geometry.coordinates.map((line, index) => ({
          field: `geometry.coordinates[${index}]`,
          line,
        }));
  for (const { field, line } of lines) {
    const crossing = selfIntersection(line);
    if (!crossing) continue;
    const [lng, lat] = crossing.at;
    const [first, second] = crossing.segments;
    check.errors.push(
      `${featureWhere(path, route.index, properties.name)}: ${field}: the line crosses itself near longitude ${lng.toFixed(3)}, latitude ${lat.toFixed(3)} (segments from positions ${first} and ${second})`,
    );
  }
}

/** Checks one project's route file and gives its routes, stamped with the project's id. */
function checkRoutes(check: Checker, meta: ProjectMeta): DrawnRoute[] {
  const path = projectFile(meta.id);
  checkPlaceholders(check, path, check.peek(path));
  const features = check.features(path, routeCollectionSchema, routeFeatureSchema).map(
    ({ index, value }): Indexed<DrawnRoute> => ({
      index,
      value: { ...value, properties: { ...value.properties, project: meta.id } },
    }),
  );
  checkUniqueNames(check, path, features);
  for (const route of features) {
    checkSelfIntersections(check, path, route);
    const { kind, name, tonnesPerYear } = route.value.properties;
    if (kind === 'flow' || tonnesPerYear !== undefined) {
      check.errors.push(
        `${featureWhere(path, route.index, name)}: a flow is not drawn in a file; declare it with "flow" in data/${PROJECTS_FILE}`,
      );
    }
  }
  return features.map((route) => route.value);
}

/**
 * Checks every file of `data/` and returns the content the app is built with, or every error.
 * With a surveyor, each route is also measured for the countries and seas it passes through.
 */
export function validateContent(files: DataFiles, surveyor?: Surveyor): ValidationResult {
  const check = new Checker(files);
  const articles = checkArticles(check, files);
  const declared = checkProjectMetas(check);
  const placeFeatures = check.features(PLACES_FILE, placeCollectionSchema, placeFeatureSchema);
  checkUniqueNames(check, PLACES_FILE, placeFeatures);
  const places: PlaceFeature[] = placeFeatures.map((place) => place.value);
  const projects: Project[] = [];
  const articleList = [...articles.values()].map((file) => file.article);
  if (declared) {
    const flows = new Set(declared.metas.flatMap((meta) => (meta.flow ? [meta.id] : [])));
    checkRouteFiles(check, files, declared.ids, flows);
    const mentions = checkClauses(check, articles, declared.metas, declared.ids);
    const { start } = timespanOf([], articleList);
    // Projects drawn from their own files first: flows are built from their routes. A flow
    // along a project with errors of its own is not checked: those errors say what to fix.
    const drawn = new Map<string, DrawnRoute[]>();
    const parsed = new Set(declared.metas.map((meta) => meta.id));
    const broken = new Set([...declared.ids].filter((id) => !parsed.has(id)));
    for (const meta of declared.metas) {
      if (meta.flow) continue;
      const before = check.errors.length;
      drawn.set(meta.id, checkRoutes(check, meta));
      if (check.errors.length > before) broken.add(meta.id);
    }
    for (const meta of declared.metas) {
      checkMilestones(check, meta, start);
      for (const problem of colourContrastProblems(meta.colours)) {
        check.errors.push(`data/${PROJECTS_FILE}: project "${meta.id}": ${problem}`);
      }
      const followsBroken = meta.flow?.legs.some((leg) => broken.has(leg.project));
      const routes = meta.flow
        ? followsBroken
          ? []
          : checkFlow(check, meta.id, meta.flow, drawn)
        : (drawn.get(meta.id) ?? []);
      const indicative = routes.find((route) => route.properties.certainty === 'indicative');
      if (indicative && !meta.certaintyNote) {
        check.errors.push(
          `data/${PROJECTS_FILE}: project "${meta.id}": needs a certaintyNote, because route "${indicative.properties.name}" is indicative`,
        );
      }
      const measured = routes.map((route) => ({
        ...route,
        geography: measureRoute(route, places, surveyor?.shapes),
      }));
      projects.push({ ...meta, routes: measured, mentions: mentions.get(meta.id) ?? [] });
    }
  }
  // Translations are checked against valid content only: a broken feature is reported once, not
  // again as a translation of a route that is not there.
  const contentValid = declared !== undefined && check.errors.length === 0;
  const translations = readTranslations(check, files);
  // The interface's messages do not depend on the content: each parses, with English's arguments.
  check.errors.push(...checkMessages(translations));
  if (declared && contentValid) {
    check.errors.push(
      ...checkTranslations(translations, {
        projects,
        places,
        mapTitle: declared.mapTitle,
        seaNames: SEA_LABELS.map((sea) => sea.name),
      }),
    );
  }
  if (check.errors.length > 0 || !declared) return { ok: false, errors: check.errors };
  return {
    ok: true,
    content: {
      mapTitle: declared.mapTitle,
      factsChecked:
        projects
          .map((project) => project.checked)
          .sort()
          .at(-1) ?? '',
      projects,
      places,
      articles: articleList.sort(newestFirst),
      translations: Object.fromEntries(
        LANGUAGES.map((language) => [language, translations.get(language)]),
      ) as Record<Language, Translation>,
      countryNames: countryNamesOf(
        projects.flatMap((project) => project.routes),
        surveyor?.countryName,
      ),
    },
  };
}
