/**
 * A react-hook-form form over one of the desk's form kinds: values from the files, validated by
 * the content's schema as the editor types (blank optional fields left out first, as they will
 * be in the file), and every change handed on as a value for the files.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { type FieldValues, type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import type { FormKind } from '../forms.ts';
import type { FieldSpec } from './fields.ts';
import { type FormValues, fromForm, toForm } from './formValues.ts';

/** Which fields a form hides given its values (their values are then left out). */
export type HiddenWhen = (field: FieldSpec, values: FormValues) => boolean;

export interface SchemaFormOptions {
  /** The value as the form opens it; keys no field shows are kept from it. */
  value: Readonly<Record<string, unknown>>;
  /** Called with the value for the files after each change. */
  onChange: (value: Record<string, unknown>) => void;
  hiddenWhen?: HiddenWhen;
  /** Shows every problem at once (an item opened from the files), not only as fields change. */
  validateAtOnce?: boolean;
}

/** The form and its value for the files from its current values. */
export function useSchemaForm(
  kind: FormKind,
  { value, onChange, hiddenWhen, validateAtOnce = false }: SchemaFormOptions,
): UseFormReturn<FieldValues> {
  // The form opens once: later renders do not reset it (the desk remounts it instead).
  const opened = useRef({ value, hiddenWhen });
  const fileValue = useMemo(
    () => (values: FormValues) => {
      const { value: original, hiddenWhen: hide } = opened.current;
      return fromForm(values, kind.fields, original, (field) => hide?.(field, values) ?? false);
    },
    [kind],
  );
  const resolver = useMemo<Resolver<FieldValues>>(() => {
    const check = zodResolver(kind.schema as never, undefined, {
      raw: true,
    }) as unknown as Resolver<FieldValues>;
    return (values, context, options) => check(fileValue(values as FormValues), context, options);
  }, [kind, fileValue]);
  const form = useForm<FieldValues>({
    mode: 'onChange',
    defaultValues: toForm(value, kind.fields),
    resolver,
  });

  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    let last = JSON.stringify(fileValue(form.getValues() as FormValues));
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const next = fileValue(values as FormValues);
        const text = JSON.stringify(next);
        if (text === last) return;
        last = text;
        handler.current(next);
      },
    });
  }, [form, fileValue]);

  useEffect(() => {
    if (validateAtOnce) void form.trigger();
  }, [form, validateAtOnce]);
  return form;
}
