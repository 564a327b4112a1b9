/**
 * Writes a file of `data/` the way the files are written today: keys in the schema's order, the
 * file's own indentation, positions on one line and a final newline. The desk saves through it, so
 * that `git diff` shows exactly what an editor changed and nothing else.
 */
import type { z } from 'zod';
import { layoutOf } from './schema.ts';

/** GeoJSON files are indented by one space, the JSON files by two. */
const indentOf = (path: string) => (path.endsWith('.geojson') ? 1 : 2);

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under wrappers that do not change the shape (optional, default, pipes…). */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'prefault':
      return unwrap(def.innerType as z.ZodType);
    case 'pipe':
      return unwrap(def.in as z.ZodType);
    default:
      return schema;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option of a union whose keys a value's keys fit best. */
function optionFor(options: readonly z.ZodType[], value: Record<string, unknown>): z.ZodType {
  const keys = Object.keys(value);
  const scored = options.map((option) => {
    const inner = unwrap(option);
    const shape = defOf(inner).type === 'object' ? Object.keys(defOf(inner).shape as object) : [];
    const literal = Object.entries(defOf(inner).shape ?? {}).every(([key, field]) => {
      const def = defOf(unwrap(field as z.ZodType));
      return def.type !== 'literal' || (def.values as unknown[]).includes(value[key]);
    });
    return {
      option,
      score: (literal ? 1000 : 0) + keys.filter((key) => shape.includes(key)).length,
    };
  });
  return scored.sort((a, b) => b.score - a.score)[0]?.option ?? (options[0] as z.ZodType);
}

/** The value with every object's keys in its schema's order; keys the schema lacks keep theirs, last. */
export function orderKeys(value: unknown, schema: z.ZodType): unknown {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'union' && isRecord(value)) {
    return orderKeys(value, optionFor(def.options as z.ZodType[], value));
  }
  if (Array.isArray(value)) {
    if (def.type === 'array') return value.map((item) => orderKeys(item, def.element as z.ZodType));
    if (def.type === 'tuple') {
      const items = def.items as z.ZodType[];
      return value.map((item, index) => (items[index] ? orderKeys(item, items[index]) : item));
    }
    return value;
  }
  if (!isRecord(value)) return value;
  if (def.type === 'record') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        orderKeys(item, def.valueType as z.ZodType),
      ]),
    );
  }
  if (def.type !== 'object') return value;
  const shape = def.shape as Record<string, z.ZodType>;
  const ordered: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    if (Object.hasOwn(value, key) && value[key] !== undefined) {
      ordered[key] = orderKeys(value[key], field);
    }
  }
  for (const [key, item] of Object.entries(value)) {
    if (!Object.hasOwn(ordered, key) && item !== undefined) ordered[key] = item;
  }
  return ordered;
}

/** JSON text with arrays of numbers (positions, bounding boxes) kept on one line. */
function stringify(value: unknown, indent: number, depth = 0): string {
  const pad = ' '.repeat(indent * (depth + 1));
  const close = ' '.repeat(indent * depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => typeof item === 'number')) return `[${value.join(', ')}]`;
    const items = value.map((item) => `${pad}${stringify(item, indent, depth + 1)}`);
    return `[\n${items.join(',\n')}\n${close}]`;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const items = entries.map(
      ([key, item]) => `${pad}${JSON.stringify(key)}: ${stringify(item, indent, depth + 1)}`,
    );
    return `{\n${items.join(',\n')}\n${close}}`;
  }
  return JSON.stringify(value);
}

/** The text of a `data/` file holding `value`, as the desk saves it. */
export function formatDataFile(path: string, value: unknown): string {
  const layout = layoutOf(path);
  const ordered = layout ? orderKeys(value, layout) : value;
  return `${stringify(ordered, indentOf(path))}\n`;
}
