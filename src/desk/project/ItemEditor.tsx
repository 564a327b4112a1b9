/**
 * The form of one milestone or fact of a project, in four languages with its sources. Each
 * change goes straight into the draft (the preview and the browser's copy follow); a milestone
 * whose date changes moves to where the date puts it, in every file.
 */
import { useEffect, useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import type { MilestoneInput, ProjectsFileInput } from '../../content/schema.ts';
import { itemErrors, listItemPrefixes } from '../checkErrors.ts';
import { previewDay } from '../days.ts';
import {
  type Baseline,
  type Entry,
  isStale,
  itemPath,
  type ListName,
  OTHER_LANGUAGES,
  PROJECTS_FILE,
  placeMilestone,
  projectOf,
  replaceItem,
  type Texts,
  TRANSLATED_FIELDS,
} from '../edits.ts';
import type { FieldSpec } from '../form/fields.ts';
import type { FormValues } from '../form/formValues.ts';
import { ProblemList } from '../form/ProblemList.tsx';
import { SchemaFields } from '../form/SchemaFields.tsx';
import { type HiddenWhen, useSchemaForm } from '../form/useSchemaForm.ts';
import { FACT_FORM, MILESTONE_FORM } from '../forms.ts';
import { useDeskStore } from '../store.ts';

/** A milestone is either expected or sets a status: the form shows the one that applies. */
const milestoneHidden: HiddenWhen = (field: FieldSpec, values: FormValues) =>
  (field.path === 'status' && values.expected === true) ||
  (field.path === 'notConfirmedAsOf' && values.expected !== true);

/** The item as its form opened it. */
export type AnyBaseline = Baseline<'milestones'> | Baseline<'facts'>;

export interface ItemEditorProps {
  projectId: string;
  list: ListName;
  /** The item's index in the files now (a milestone moves as its date changes). */
  index: number;
  baseline: AnyBaseline;
  /** Just added: its problems show as its fields are filled in, not all at once. */
  fresh: boolean;
  onIndexChange: (index: number) => void;
  onClose: () => void;
}

export function ItemEditor({
  projectId,
  list,
  index,
  baseline,
  fresh,
  onIndexChange,
  onClose,
}: ItemEditorProps) {
  const kind = list === 'milestones' ? MILESTONE_FORM : FACT_FORM;
  const edit = useDeskStore((state) => state.edit);
  const setPreviewDate = useDeskStore((state) => state.setPreviewDate);
  const at = useRef(index);
  at.current = index;

  const onChange = (value: Record<string, unknown>) => {
    const { i18n, ...item } = value;
    const entry = { item, texts: i18n as Texts } as Entry;
    let placed = at.current;
    edit((values) => {
      const replaced = replaceItem(
        values,
        projectId,
        list,
        at.current,
        entry,
        baseline as Baseline,
      );
      if (list !== 'milestones') return replaced;
      const moved = placeMilestone(replaced, projectId, at.current);
      placed = moved.index;
      return moved.values;
    });
    if (placed !== at.current) {
      at.current = placed;
      onIndexChange(placed);
    }
    if (list === 'milestones') setPreviewDate(previewDay(String(item.date ?? '')));
  };

  const form = useSchemaForm(kind, {
    value: { ...baseline.item, i18n: baseline.texts },
    onChange,
    hiddenWhen: list === 'milestones' ? milestoneHidden : undefined,
    validateAtOnce: !fresh,
  });

  useEffect(() => {
    if (list === 'milestones') {
      setPreviewDate(previewDay((baseline.item as MilestoneInput).date));
    }
    form.setFocus(list === 'milestones' ? 'date' : 'label');
  }, [form, list, baseline, setPreviewDate]);

  const values = useDeskStore((state) => state.session?.values);
  const errors = useDeskStore((state) => state.preview.errors);
  const projectIndex = values
    ? (values[PROJECTS_FILE] as ProjectsFileInput).projects.findIndex((p) => p.id === projectId)
    : -1;
  const problems = useMemo(
    () => itemErrors(errors, listItemPrefixes(projectId, projectIndex, list, index)),
    [errors, projectId, projectIndex, list, index],
  );
  const stale = useMemo(() => {
    const paths = new Set<string>();
    if (!values) return paths;
    for (const language of OTHER_LANGUAGES) {
      for (const field of TRANSLATED_FIELDS[list]) {
        if (isStale(values, language, itemPath(projectId, list, index, field))) {
          paths.add(`i18n.${language}.${field}`);
        }
      }
    }
    return paths;
  }, [values, projectId, list, index]);

  const checked = values ? projectOf(values, projectId)?.checked : undefined;
  const noun = list === 'milestones' ? 'milestone' : 'fact';
  const after =
    list === 'milestones' && checked
      ? {
          notConfirmedAsOf: (
            <button
              type="button"
              className="inline-action"
              onClick={() =>
                form.setValue('notConfirmedAsOf', checked, {
                  shouldDirty: true,
                  shouldValidate: true,
                })
              }
            >
              Not confirmed as of the checked day ({checked})
            </button>
          ),
        }
      : {};

  return (
    <section className="item-editor" aria-label={`Edit ${noun}`}>
      <h4>{fresh ? `New ${noun}` : `Editing ${noun}`}</h4>
      <p className="help">
        Changes are kept as you type (in this browser too) and shown in the preview; Save writes
        them to the files.
      </p>
      <ProblemList title={`The check says about this ${noun}:`} problems={problems.general} />
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields
            kind={kind}
            checkErrors={problems.byField}
            stale={stale}
            hiddenWhen={list === 'milestones' ? milestoneHidden : undefined}
            after={after}
          />
        </form>
      </FormProvider>
      <button type="button" onClick={onClose}>
        Done with this {noun}
      </button>
    </section>
  );
}
