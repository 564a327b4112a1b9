/**
 * One project: the day its facts were checked, its milestones and facts with their sources, what
 * the articles say about it, its routes, and its name and description in every language.
 */
import { type ReactNode, useMemo, useState } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { localIsoDate } from '../../content/localDate.ts';
import type { ArticleInput, ProjectMetaInput, ProjectsFileInput } from '../../content/schema.ts';
import { itemErrors, projectPrefixes } from '../checkErrors.ts';
import {
  OTHER_LANGUAGES,
  type OtherLanguage,
  PROJECT_TEXT_FIELDS,
  PROJECTS_FILE,
  projectOf,
  projectTextsAt,
  replaceProjectTexts,
  setProjectField,
} from '../edits.ts';
import { ProblemList } from '../form/ProblemList.tsx';
import { SchemaFields } from '../form/SchemaFields.tsx';
import { useSchemaForm } from '../form/useSchemaForm.ts';
import { CHECKED_FORM, COLOURS_FORM, type FormKind, PROJECT_TEXTS_FORM } from '../forms.ts';
import { RouteEditor } from '../routes/RouteEditor.tsx';
import { updateFile, useDeskStore } from '../store.ts';
import { ClauseEditor } from './ClauseEditor.tsx';
import { ListSection } from './ListSection.tsx';

export function ProjectEditor({ projectId }: { projectId: string }) {
  const values = useDeskStore((state) => state.session?.values);
  const measurements = useDeskStore((state) => state.preview.measurements);
  const errors = useDeskStore((state) => state.preview.errors);
  const project = values ? projectOf(values, projectId) : undefined;
  const projectIndex = values
    ? (values[PROJECTS_FILE] as ProjectsFileInput).projects.findIndex((p) => p.id === projectId)
    : -1;
  // Problems about the project that no form below shows at a field.
  const general = useMemo(() => {
    const found = itemErrors(errors, projectPrefixes(projectId, projectIndex));
    const own = new Set(['checked', ...COLOUR_FIELDS, ...PROJECT_TEXT_FIELDS]);
    return [
      ...found.general,
      ...Object.entries(found.byField)
        .filter(([field]) => !own.has(field) && !/^(milestones|facts)\.\d/.test(field))
        .flatMap(([, list]) => list),
    ];
  }, [errors, projectId, projectIndex]);
  if (!values || !project) return <p>There is no project “{projectId}” in projects.json.</p>;
  const articles = Object.keys(values)
    .filter((path) => path.startsWith('articles/'))
    .sort();
  return (
    <article className="project-editor" aria-labelledby="project-title">
      <h2 id="project-title">{project.name}</h2>
      <ProblemList title="The check says about this project:" problems={general} />
      <ProjectFieldForm projectId={projectId} projectIndex={projectIndex} form={CHECKED} />
      <ProjectFieldForm projectId={projectId} projectIndex={projectIndex} form={COLOURS} />
      <ListSection project={project} list="milestones" />
      <ListSection project={project} list="facts" />
      <section aria-labelledby="mentions-title">
        <h3 id="mentions-title">What the articles say</h3>
        <p className="help">
          The clause of each article that the project’s panel marks, copied word for word from the
          article.
        </p>
        {articles.map((path) => {
          const article = values[path] as ArticleInput;
          return (
            <ClauseEditor
              key={path}
              path={path}
              projectId={projectId}
              label={`${article.publisher}, ${article.date}`}
            />
          );
        })}
      </section>
      <section aria-labelledby="routes-title" className="routes">
        <h3 id="routes-title">Routes</h3>
        <RouteEditor
          projectId={projectId}
          values={values}
          update={updateFile}
          measurements={measurements}
        />
      </section>
      <details className="project-texts">
        <summary>Name and description in every language</summary>
        <ProjectTexts projectId={projectId} projectIndex={projectIndex} />
      </details>
    </article>
  );
}

/** The fields of the colours' form, where the check's problems about them show. */
const COLOUR_FIELDS = ['colours', 'colours.light', 'colours.dark'];

/** A project's own field that a small form of its own edits: the day checked, the colours. */
type OwnField = 'checked' | 'colours';

/** How a project's own field is edited in a form of its own. */
interface OwnFieldForm<K extends OwnField> {
  field: K;
  kind: FormKind;
  /** The field's value as the file holds it, from the form's. */
  toFile: (value: unknown) => ProjectMetaInput[K];
  /** Controls after an input, by the input's name, given the form. */
  after?: (form: UseFormReturn<FieldValues>) => Readonly<Record<string, ReactNode>>;
}

/** The day the project's facts were checked, with a button for today. */
const CHECKED: OwnFieldForm<'checked'> = {
  field: 'checked',
  kind: CHECKED_FORM,
  toFile: (value) => String(value ?? ''),
  after: (form) => ({
    checked: (
      <button
        type="button"
        className="inline-action"
        onClick={() =>
          form.setValue('checked', localIsoDate(), { shouldDirty: true, shouldValidate: true })
        }
      >
        Checked today
      </button>
    ),
  }),
};

/** The project's colour on each theme's map, with the check's word on their contrast. */
const COLOURS: OwnFieldForm<'colours'> = {
  field: 'colours',
  kind: COLOURS_FORM,
  toFile: (value) => value as ProjectMetaInput['colours'],
};

/**
 * One field of a project in its own form (its section is named after the field), saved into the
 * draft as it is edited, with the check's problems about it shown at its inputs.
 */
function ProjectFieldForm<K extends OwnField>(props: {
  projectId: string;
  projectIndex: number;
  form: OwnFieldForm<K>;
}) {
  const { projectId, projectIndex } = props;
  const { field, kind, toFile, after } = props.form;
  const edit = useDeskStore((state) => state.edit);
  const errors = useDeskStore((state) => state.preview.errors);
  const value = useDeskStore((state) =>
    state.session ? projectOf(state.session.values, projectId)?.[field] : undefined,
  );
  const form = useSchemaForm(kind, {
    value: { [field]: value },
    onChange: (changed) =>
      edit((values) => setProjectField(values, projectId, field, toFile(changed[field]))),
    validateAtOnce: true,
  });
  const found = itemErrors(errors, projectPrefixes(projectId, projectIndex));
  return (
    <section className={field}>
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields kind={kind} checkErrors={found.byField} after={after?.(form)} />
        </form>
      </FormProvider>
    </section>
  );
}

function ProjectTexts({ projectId, projectIndex }: { projectId: string; projectIndex: number }) {
  const edit = useDeskStore((state) => state.edit);
  const values = useDeskStore((state) => state.session?.values);
  const errors = useDeskStore((state) => state.preview.errors);
  // The texts as the form opened them: the stale rules compare each edit with them.
  const [baseline] = useState(() => (values ? projectTextsAt(values, projectId) : undefined));
  const form = useSchemaForm(PROJECT_TEXTS_FORM, {
    value: { ...baseline?.english, i18n: baseline?.texts },
    onChange: (value) => {
      if (!baseline) return;
      const { i18n, ...english } = value as Record<string, string> & {
        i18n: Record<OtherLanguage, Record<string, string>>;
      };
      edit((current) =>
        replaceProjectTexts(current, projectId, { english, texts: i18n }, baseline),
      );
    },
    validateAtOnce: true,
  });
  const found = itemErrors(errors, projectPrefixes(projectId, projectIndex));
  const stale = new Set<string>();
  if (values) {
    const now = projectTextsAt(values, projectId);
    for (const language of OTHER_LANGUAGES) {
      for (const field of PROJECT_TEXT_FIELDS) {
        if (now?.stale[language][field]) stale.add(`i18n.${language}.${field}`);
      }
    }
  }
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <SchemaFields kind={PROJECT_TEXTS_FORM} checkErrors={found.byField} stale={stale} />
      </form>
    </FormProvider>
  );
}
