/**
 * Values as a form holds them and as the files hold them. A form holds text: '' for a blank
 * field, numbers as typed, every checkbox set. The files leave out an optional field left blank
 * and a checkbox at its default (unless the file had it), and keep keys no field shows. Pure.
 */
import type { FieldSpec } from './fields.ts';

/** A form's values: text, booleans, lists and groups of them. */
export type FormValues = { [key: string]: FormValue };
export type FormValue = string | boolean | FormValue[] | FormValues;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toFormValue(field: FieldSpec, value: unknown): FormValue | undefined {
  switch (field.kind) {
    case 'text':
    case 'select':
      return typeof value === 'string' ? value : value === undefined ? '' : String(value);
    case 'number':
      return value === undefined || value === null ? '' : String(value);
    case 'checkbox':
      return typeof value === 'boolean' ? value : field.default;
    case 'group':
      return toForm(isRecord(value) ? value : {}, field.fields);
    case 'list':
      return (Array.isArray(value) ? value : []).map((item) =>
        toForm(isRecord(item) ? item : {}, field.item),
      );
    case 'tuple':
      return field.items.map((item, index) =>
        toFormValue(item, Array.isArray(value) ? value[index] : undefined),
      ) as FormValue[];
    case 'fixed':
      return undefined;
  }
}

/** The form's values for a value of the files. */
export function toForm(value: Readonly<Record<string, unknown>>, fields: readonly FieldSpec[]) {
  const out: FormValues = {};
  for (const field of fields) {
    const formValue = toFormValue(field, value[field.name]);
    if (formValue !== undefined) out[field.name] = formValue;
  }
  return out;
}

/** A number as typed: the number when it is one, else the text (the check then says why). */
function numberOf(text: string): number | string {
  const number = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(number) ? number : text;
}

/** Fields a form hides (by path); their values are left out. */
export type Hidden = (field: FieldSpec) => boolean;

function fromFormValue(
  field: FieldSpec,
  value: FormValue | undefined,
  original: unknown,
  hidden: Hidden,
): unknown {
  switch (field.kind) {
    case 'text':
    case 'select':
      if (typeof value !== 'string' || value === '')
        return field.required ? (value ?? '') : undefined;
      return value;
    case 'number':
      if (typeof value !== 'string' || value.trim() === '') return field.required ? '' : undefined;
      return numberOf(value);
    case 'checkbox': {
      const checked = value === true;
      return checked === field.default && original === undefined ? undefined : checked;
    }
    case 'group':
      return fromForm(
        isRecord(value) ? (value as FormValues) : {},
        field.fields,
        isRecord(original) ? original : undefined,
        hidden,
      );
    case 'list':
      return (Array.isArray(value) ? value : []).map((item, index) =>
        fromForm(
          isRecord(item) ? (item as FormValues) : {},
          field.item,
          Array.isArray(original) && isRecord(original[index]) ? original[index] : undefined,
          hidden,
        ),
      );
    case 'tuple':
      return field.items.map((item, index) =>
        fromFormValue(item, Array.isArray(value) ? value[index] : undefined, undefined, hidden),
      );
    case 'fixed':
      return field.value;
  }
}

/**
 * The value for the files from a form's values: blank optional fields and hidden ones left out,
 * keys of `original` that no field shows kept as they were.
 */
export function fromForm(
  form: FormValues,
  fields: readonly FieldSpec[],
  original?: Readonly<Record<string, unknown>>,
  hidden: Hidden = () => false,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...original };
  for (const field of fields) {
    const value = hidden(field)
      ? undefined
      : fromFormValue(field, form[field.name], original?.[field.name], hidden);
    if (value === undefined) delete out[field.name];
    else out[field.name] = value;
  }
  return out;
}
