/**
 * A route's translations follow its English name: translation files key a project's route names
 * and line sources by the English name (`projects.<id>.routes`, `routeSources`), so a rename or a
 * split carries them to the new names, flagged stale (the English changed) for translators to
 * review. Pure: the same object back when the file has nothing to carry.
 */
import type { TranslationInput } from '../../content/schema.ts';
import { type RouteTable, textPath, withStale } from '../translations/paths.ts';

/** Where a route's translations go: the new English name, and what to add to its translation. */
export interface RouteTarget {
  name: string;
  /** Added to the translated name: a split's " (1)" keeps the translation's figures as English's. */
  suffix: string;
}

const TABLES: readonly RouteTable[] = ['routes', 'routeSources'];

const pathOf = (project: string, table: RouteTable, key: string) =>
  textPath({ kind: 'route', project, table, key });

/**
 * A translation file with a project's route translations moved from one English name to
 * others, each flagged stale; a name the file already translates is left as it is.
 */
export function carryRoute(
  file: TranslationInput,
  projectId: string,
  from: string,
  to: readonly RouteTarget[],
): TranslationInput {
  const project = file.projects?.[projectId];
  if (!project || to.every((target) => target.name === from)) return file;
  const changed: Record<string, unknown> = { ...project };
  const removed: string[] = [];
  const flagged: string[] = [];
  for (const table of TABLES) {
    const entries = project[table];
    if (!entries || !Object.hasOwn(entries, from)) continue;
    const text = entries[from] as string;
    const next: Record<string, string> = { ...entries };
    delete next[from];
    removed.push(pathOf(projectId, table, from));
    for (const target of to) {
      if (Object.hasOwn(next, target.name)) continue;
      next[target.name] = table === 'routes' ? `${text}${target.suffix}` : text;
      flagged.push(pathOf(projectId, table, target.name));
    }
    changed[table] = next;
  }
  if (removed.length === 0) return file;
  const stale = [...(file.stale ?? []).filter((path) => !removed.includes(path))];
  for (const path of flagged) if (!stale.includes(path)) stale.push(path);
  const { stale: _old, ...rest } = file;
  return {
    ...rest,
    projects: { ...file.projects, [projectId]: changed as typeof project },
    // No empty list where the file had none: the check and the diff stay as they were.
    ...(stale.length > 0 ? { stale } : {}),
  };
}

/**
 * A translation file with a route's translated line source flagged stale, for when its English
 * `source` changed; the same object where it has none or it is flagged already.
 */
export function flagRouteSource(
  file: TranslationInput,
  projectId: string,
  name: string,
): TranslationInput {
  const sources = file.projects?.[projectId]?.routeSources;
  const path = pathOf(projectId, 'routeSources', name);
  if (!sources || !Object.hasOwn(sources, name)) return file;
  return withStale(file, path, true);
}
