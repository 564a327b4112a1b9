/**
 * Where a translatable text lives in `data/i18n/<language>.json`, as a path: the words the `stale`
 * list of each translation file is written in. Bare names for the fixed fields and project ids
 * (ids are lower-case letters, digits and hyphens), `[n]` for an item of a list, and a JSON string
 * for a key of a table, whose keys (route, place and sea names, interface keys) may hold dots:
 *
 * - `mapTitle`
 * - `projects.titr.name` (also `shortName`, `description`, `certaintyNote`)
 * - `projects.titr.facts[0].label`, `projects.titr.facts[0].value`
 * - `projects.titr.milestones[3].event`
 * - `projects.titr.routes."Kazakh rail: Beyneu – Aktau port"` (also `routeSources."…"`)
 * - `places."Aktau port"`
 * - `ui."panel.close"`
 */

export type ProjectField = 'name' | 'shortName' | 'description' | 'certaintyNote';
export type FactField = 'label' | 'value';
export type RouteTable = 'routes' | 'routeSources';

/** One translatable text's place in a translation file. */
export type TextLocation =
  | { kind: 'mapTitle' }
  | { kind: 'project'; project: string; field: ProjectField }
  | { kind: 'fact'; project: string; index: number; field: FactField }
  | { kind: 'milestone'; project: string; index: number }
  | { kind: 'route'; project: string; table: RouteTable; key: string }
  | { kind: 'place'; key: string }
  | { kind: 'ui'; key: string };

const ID = '([a-z][a-z0-9-]*)';
const QUOTED = '("(?:[^"\\\\]|\\\\.)*")';

/** The path of a text in its translation file. */
export function textPath(location: TextLocation): string {
  switch (location.kind) {
    case 'mapTitle':
      return 'mapTitle';
    case 'project':
      return `projects.${location.project}.${location.field}`;
    case 'fact':
      return `projects.${location.project}.facts[${location.index}].${location.field}`;
    case 'milestone':
      return `projects.${location.project}.milestones[${location.index}].event`;
    case 'route':
      return `projects.${location.project}.${location.table}.${JSON.stringify(location.key)}`;
    case 'place':
      return `places.${JSON.stringify(location.key)}`;
    case 'ui':
      return `ui.${JSON.stringify(location.key)}`;
  }
}

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => TextLocation | null][] = [
  [/^mapTitle$/, () => ({ kind: 'mapTitle' })],
  [
    new RegExp(`^projects\\.${ID}\\.(name|shortName|description|certaintyNote)$`),
    ([, project = '', field]) => ({ kind: 'project', project, field: field as ProjectField }),
  ],
  [
    new RegExp(`^projects\\.${ID}\\.facts\\[(0|[1-9]\\d*)\\]\\.(label|value)$`),
    ([, project = '', index, field]) => ({
      kind: 'fact',
      project,
      index: Number(index),
      field: field as FactField,
    }),
  ],
  [
    new RegExp(`^projects\\.${ID}\\.milestones\\[(0|[1-9]\\d*)\\]\\.event$`),
    ([, project = '', index]) => ({ kind: 'milestone', project, index: Number(index) }),
  ],
  [
    new RegExp(`^projects\\.${ID}\\.(routes|routeSources)\\.${QUOTED}$`),
    ([, project = '', table, quoted = '']) => {
      const key = keyOf(quoted);
      return key === null ? null : { kind: 'route', project, table: table as RouteTable, key };
    },
  ],
  [
    new RegExp(`^(places|ui)\\.${QUOTED}$`),
    ([, table, quoted = '']) => {
      const key = keyOf(quoted);
      if (key === null) return null;
      return table === 'places' ? { kind: 'place', key } : { kind: 'ui', key };
    },
  ],
];

function keyOf(quoted: string): string | null {
  try {
    const key: unknown = JSON.parse(quoted);
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/** The text a path names; null for a path that names none. */
export function parseTextPath(path: string): TextLocation | null {
  for (const [pattern, locate] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return locate(match);
  }
  return null;
}

/**
 * A translation file with a text's path added to its `stale` list or taken out; no `stale` key
 * once the list is empty. The same object when nothing changes.
 */
export function withStale<F extends { stale?: readonly string[] }>(
  file: F,
  path: string,
  stale: boolean,
): F {
  const list = file.stale ?? [];
  if (list.includes(path) === stale) return file;
  const next = stale ? [...list, path] : list.filter((item) => item !== path);
  const { stale: _, ...rest } = file;
  return (next.length > 0 ? { ...rest, stale: next } : rest) as F;
}
