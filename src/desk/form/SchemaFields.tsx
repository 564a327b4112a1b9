/**
 * One renderer for every form of the desk, driven by the fields read from the schema (see
 * `fields.ts`): a text as an input, an enum as a select, a boolean as a checkbox, an optional
 * field that may stay blank, a list of objects as a repeatable group with add and remove. Each
 * problem shows at its field as the editor types, in the schema's words, and is announced.
 */
import { createContext, type ReactNode, useContext, useId } from 'react';
import {
  type FieldValues,
  get,
  useFieldArray,
  useFormContext,
  useFormState,
  useWatch,
} from 'react-hook-form';
import { OTHER_LANGUAGES } from '../edits.ts';
import type { FormKind } from '../forms.ts';
import type { FieldSpec } from './fields.ts';
import type { FormValues } from './formValues.ts';
import type { HiddenWhen } from './useSchemaForm.ts';
import { LANGUAGE_LABELS, WORDS, type Words, wordsFor } from './words.ts';

/** What every field of one form shares. */
interface FormSetting {
  kind: FormKind;
  words: Words;
  /** The form's id prefix, unique on the page. */
  idBase: string;
  hiddenWhen: HiddenWhen | undefined;
  /** Problems the data check found, by form path (`sources.0.url`, `i18n.ru.event`). */
  checkErrors: Readonly<Record<string, readonly string[]>>;
  /** Form paths of translations flagged stale. */
  stale: ReadonlySet<string>;
  /** Extra controls after a field, by schema path (e.g. a "Checked today" button). */
  after: Readonly<Record<string, ReactNode>>;
}

const Setting = createContext<FormSetting | null>(null);

function useSetting(): FormSetting {
  const setting = useContext(Setting);
  if (!setting) throw new Error('a field is rendered outside SchemaFields');
  return setting;
}

const domId = (base: string, name: string) => `${base}-${name.replace(/[^\w-]/g, '-')}`;

/** The last key of a path (`properties.name` → `name`). */
const lastKey = (path: string) => path.split('.').at(-1) ?? path;

export interface SchemaFieldsProps {
  kind: FormKind;
  words?: Words;
  hiddenWhen?: HiddenWhen;
  checkErrors?: Readonly<Record<string, readonly string[]>>;
  stale?: ReadonlySet<string>;
  after?: Readonly<Record<string, ReactNode>>;
}

/** The fields of a form kind, inside a react-hook-form `FormProvider`. */
export function SchemaFields({
  kind,
  words = WORDS,
  hiddenWhen,
  checkErrors = {},
  stale = new Set(),
  after = {},
}: SchemaFieldsProps) {
  const idBase = useId().replace(/:/g, '');
  return (
    <Setting.Provider value={{ kind, words, idBase, hiddenWhen, checkErrors, stale, after }}>
      <Fields fields={kind.fields} prefix="" />
    </Setting.Provider>
  );
}

function Fields({ fields, prefix }: { fields: readonly FieldSpec[]; prefix: string }) {
  const { kind } = useSetting();
  return (
    <>
      {fields.map((field) =>
        // The translations are shown beside their English (see TranslatedField).
        prefix === '' && field.name === 'i18n' && kind.translated.length > 0 ? null : (
          <Field key={field.name} field={field} name={prefix + field.name} />
        ),
      )}
    </>
  );
}

function Field({ field, name }: { field: FieldSpec; name: string }) {
  const { hiddenWhen, kind, after } = useSetting();
  const { control } = useFormContext<FieldValues>();
  const values = useWatch({ control }) as FormValues;
  if (hiddenWhen?.(field, values)) return null;
  const extra = after[field.path];
  if (kind.translated.includes(field.path)) {
    return (
      <>
        <TranslatedField field={field} name={name} />
        {extra}
      </>
    );
  }
  return (
    <>
      <PlainField field={field} name={name} />
      {extra}
    </>
  );
}

/** A text shown in English and, below it, in each other language. */
function TranslatedField({ field, name }: { field: FieldSpec; name: string }) {
  const { words, kind } = useSetting();
  const base = wordsFor(words, field.path, field.name);
  const english = `${base.label} (${LANGUAGE_LABELS.en})`;
  const root = kind.fields.find((candidate) => candidate.name === 'i18n');
  return (
    <div className="translated">
      <PlainField field={field} name={name} label={english} />
      {OTHER_LANGUAGES.map((language) => {
        const languageGroup =
          root?.kind === 'group' ? root.fields.find((group) => group.name === language) : undefined;
        const translated =
          languageGroup?.kind === 'group'
            ? languageGroup.fields.find((candidate) => candidate.name === lastKey(field.path))
            : undefined;
        if (!translated) return null;
        return (
          <PlainField
            key={language}
            field={translated}
            name={`i18n.${language}.${translated.name}`}
            label={`${base.label} (${LANGUAGE_LABELS[language]})`}
            lang={language}
            help={null}
            wordsOf={base}
            translation
          />
        );
      })}
    </div>
  );
}

/** The problem at a field: the form's own (the schema), else the data check's. */
function useProblem(name: string): string[] {
  const { checkErrors } = useSetting();
  const { errors } = useFormState<FieldValues>({ name });
  const own = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = own?.message ?? own?.root?.message;
  if (message) return [message];
  return [...(checkErrors[name] ?? [])];
}

function Problem({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} className="problem" role="alert">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}

interface PlainFieldProps {
  field: FieldSpec;
  name: string;
  label?: string;
  lang?: string;
  /** Help text; null for none; undefined for the field's own. */
  help?: string | null;
  /** The words to read choices and the like from, when not the field's own. */
  wordsOf?: ReturnType<typeof wordsFor>;
  /** A translation: flagged when stale, and when missing (the map then shows the English). */
  translation?: boolean;
}

function PlainField(props: PlainFieldProps) {
  const { field, name } = props;
  switch (field.kind) {
    case 'text':
    case 'number':
    case 'select':
    case 'checkbox':
      return <InputField {...props} />;
    case 'group':
    case 'tuple':
      return <GroupField field={field} name={name} />;
    case 'list':
      return <ListField field={field} name={name} />;
    case 'fixed':
      return null;
  }
}

function InputField({ field, name, label, lang, help, wordsOf, translation }: PlainFieldProps) {
  const { words, idBase, stale } = useSetting();
  const { register, control } = useFormContext<FieldValues>();
  const own = wordsOf ?? wordsFor(words, field.path, field.name);
  const id = domId(idBase, name);
  const helpText = help === null ? undefined : (help ?? own.help);
  const problems = useProblem(name);
  const value = useWatch({ control, name });
  const isStale = translation && stale.has(name);
  const missing = translation && typeof value === 'string' && value.trim() === '';
  const notes = [
    isStale ? 'Possibly stale: the English changed since this was translated.' : null,
    missing ? 'Missing: the map shows the English here until it is translated.' : null,
  ].filter((note): note is string => note !== null);
  const describedBy = [
    helpText ? `${id}-help` : null,
    notes.length > 0 ? `${id}-note` : null,
    problems.length > 0 ? `${id}-problem` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-invalid': problems.length > 0,
    'aria-describedby': describedBy || undefined,
    'aria-required': field.required && field.kind !== 'checkbox' ? true : undefined,
    lang,
  };
  const text = label ?? own.label;
  let input: ReactNode;
  if (field.kind === 'checkbox') {
    input = <input type="checkbox" {...common} {...register(name)} />;
  } else if (field.kind === 'select') {
    input = (
      <select {...common} {...register(name)}>
        {field.required ? null : <option value="">{own.options?.[''] ?? '(none)'}</option>}
        {field.options.map((option) => (
          <option key={option} value={option}>
            {own.options?.[option] ?? option}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'text' && field.format === 'color') {
    // A colour (`#rrggbb`): the browser's picker, with the value written beside it.
    input = (
      <span className="colour-input">
        <input type="color" {...common} {...register(name)} />{' '}
        <code>{typeof value === 'string' ? value : ''}</code>
      </span>
    );
  } else if (own.multiline) {
    input = <textarea rows={field.name === 'text' ? 10 : 3} {...common} {...register(name)} />;
  } else {
    input = (
      <input
        type="text"
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={field.kind === 'text' && !/date|url|checked|AsOf/i.test(field.name)}
        {...common}
        {...register(name)}
      />
    );
  }
  return (
    <div
      className={`field field-${field.kind}${problems.length > 0 ? ' has-problem' : ''}${isStale ? ' is-stale' : ''}${missing ? ' is-missing' : ''}`}
    >
      {field.kind === 'checkbox' ? (
        <label htmlFor={id} className="checkbox">
          {input} {text}
        </label>
      ) : (
        <>
          <div className="label-line">
            <label htmlFor={id}>{text}</label>
            {/* Outside the label: its name is the label's words; required fields say so through aria-required. */}
            {field.required ? null : (
              <span className="optional" aria-hidden="true">
                {' '}
                (optional)
              </span>
            )}
          </div>
          {input}
        </>
      )}
      {helpText ? (
        <p id={`${id}-help`} className="help">
          {helpText}
        </p>
      ) : null}
      {notes.length > 0 ? (
        <p id={`${id}-note`} className="note">
          {notes.join(' ')}
        </p>
      ) : null}
      <Problem id={`${id}-problem`} problems={problems} />
    </div>
  );
}

function GroupField({
  field,
  name,
}: {
  field: Extract<FieldSpec, { kind: 'group' | 'tuple' }>;
  name: string;
}) {
  const { words, idBase } = useSetting();
  const children = field.kind === 'group' ? field.fields : field.items;
  const own = words[field.path];
  const problems = useProblem(name);
  const inner = <Fields fields={children} prefix={`${name}.`} />;
  // A group without words of its own (a GeoJSON feature's `properties`) is only a container.
  if (!own) return inner;
  const id = domId(idBase, name);
  return (
    <fieldset
      className={`group group-${field.kind}`}
      aria-describedby={problems.length > 0 ? `${id}-problem` : undefined}
    >
      <legend>{own.label}</legend>
      {own.help ? <p className="help">{own.help}</p> : null}
      <div className={field.kind === 'tuple' ? 'row' : undefined}>{inner}</div>
      <Problem id={`${id}-problem`} problems={problems} />
    </fieldset>
  );
}

function ListField({ field, name }: { field: Extract<FieldSpec, { kind: 'list' }>; name: string }) {
  const { words, idBase } = useSetting();
  const { control } = useFormContext<FieldValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const own = wordsFor(words, field.path, field.name);
  const item = own.item ?? 'item';
  const Item = item.charAt(0).toUpperCase() + item.slice(1);
  const problems = useProblem(name);
  const id = domId(idBase, name);
  const blank = () =>
    Object.fromEntries(
      field.item.flatMap((child) =>
        child.kind === 'fixed'
          ? []
          : [[child.name, child.kind === 'checkbox' ? child.default : '']],
      ),
    );
  return (
    <fieldset
      className="group group-list"
      aria-describedby={
        [own.help ? `${id}-help` : '', problems.length > 0 ? `${id}-problem` : '']
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend>{own.label}</legend>
      {own.help ? (
        <p id={`${id}-help`} className="help">
          {own.help}
        </p>
      ) : null}
      {fields.map((entry, index) => (
        <fieldset key={entry.id} className="group group-item">
          <legend>
            {Item} {index + 1}
          </legend>
          <Fields fields={field.item} prefix={`${name}.${index}.`} />
          <button type="button" className="remove" onClick={() => remove(index)}>
            Remove {item} {index + 1}
          </button>
        </fieldset>
      ))}
      <Problem id={`${id}-problem`} problems={problems} />
      <button type="button" onClick={() => append(blank(), { shouldFocus: true })}>
        Add {item}
      </button>
    </fieldset>
  );
}
