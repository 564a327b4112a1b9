/**
 * The fields of a form, read from the JSON Schema that zod emits for the content's one schema
 * (`z.toJSONSchema`): which inputs a form has, which are required, which choices an enum offers.
 * Pure; `SchemaFields` renders them and `formValues.ts` converts values to and from them.
 */
import { z } from 'zod';

/** One field of a form; `name` is its key in its object, `path` its keys from the form's root. */
export type FieldSpec =
  | { kind: 'text'; name: string; path: string; required: boolean; format?: string }
  | { kind: 'select'; name: string; path: string; required: boolean; options: readonly string[] }
  | { kind: 'checkbox'; name: string; path: string; required: boolean; default: boolean }
  | { kind: 'number'; name: string; path: string; required: boolean }
  | { kind: 'group'; name: string; path: string; required: boolean; fields: FieldSpec[] }
  | {
      kind: 'list';
      name: string;
      path: string;
      required: boolean;
      minItems: number;
      item: FieldSpec[];
    }
  | { kind: 'tuple'; name: string; path: string; required: boolean; items: FieldSpec[] }
  | { kind: 'fixed'; name: string; path: string; required: boolean; value: unknown };

/** What the fields are read from: the parts of a JSON Schema that zod emits for our schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minItems?: number;
}

/** The JSON Schema of a zod schema as a form sees it: input values, before defaults. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** One field from its JSON Schema; null for a shape no input can hold (records, unions). */
function fieldOf(
  name: string,
  path: string,
  node: JsonSchema,
  required: boolean,
): FieldSpec | null {
  if (node.const !== undefined) return { kind: 'fixed', name, path, required, value: node.const };
  if (Array.isArray(node.enum) && node.enum.every((item) => typeof item === 'string')) {
    return { kind: 'select', name, path, required, options: node.enum as string[] };
  }
  switch (node.type) {
    case 'string':
      return {
        kind: 'text',
        name,
        path,
        required,
        ...(node.format ? { format: node.format } : {}),
      };
    case 'boolean':
      return { kind: 'checkbox', name, path, required, default: node.default === true };
    case 'number':
    case 'integer':
      return { kind: 'number', name, path, required };
    case 'object':
      return node.properties
        ? { kind: 'group', name, path, required, fields: fieldsOf(node, path) }
        : null;
    case 'array': {
      if (node.prefixItems) {
        const items = node.prefixItems.flatMap((item, index) => {
          const field = fieldOf(String(index), join(path, String(index)), item, true);
          return field ? [field] : [];
        });
        return { kind: 'tuple', name, path, required, items };
      }
      if (node.items && node.items.type === 'object' && node.items.properties) {
        return {
          kind: 'list',
          name,
          path,
          required,
          minItems: node.minItems ?? 0,
          item: fieldsOf(node.items, path),
        };
      }
      return null;
    }
    default:
      return null;
  }
}

/** The fields of an object's JSON Schema, in the schema's order. */
export function fieldsOf(schema: JsonSchema, prefix = ''): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, node]) => {
    const field = fieldOf(name, join(prefix, name), node, required.has(name));
    return field ? [field] : [];
  });
}

/** The field at a path of keys (`i18n.ru.event`), or undefined. */
export function fieldAt(fields: readonly FieldSpec[], path: string): FieldSpec | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === head);
  if (!field || rest.length === 0) return field;
  if (field.kind === 'group') return fieldAt(field.fields, rest.join('.'));
  if (field.kind === 'list') return fieldAt(field.item, rest.join('.'));
  if (field.kind === 'tuple') return fieldAt(field.items, rest.join('.'));
  return undefined;
}
