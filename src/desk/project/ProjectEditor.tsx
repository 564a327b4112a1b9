/**
 * One project: the day its facts were checked, its milestones and facts with their sources, what
 * the articles say about it, its routes, and its name and description in every language.
 */
import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { localIsoDate } from '../../content/localDate';
import type { ArticleInput, ProjectMetaInput, ProjectsFileInput } from '../../content/schema';
import { itemErrors, projectPrefixes } from '../checkErrors';
import {
  OTHER_LANGUAGES,
  type OtherLanguage,
  PROJECT_TEXT_FIELDS,
  PROJECTS_FILE,
  projectOf,
  projectTextsAt,
  replaceProjectTexts,
  setProjectField,
} from '../edits';
import { ProblemList } from '../form/ProblemList';
import { SchemaFields } from '../form/SchemaFields';
import { useSchemaForm } from '../form/useSchemaForm';
import { CHECKED_FORM, COLOURS_FORM, PROJECT_TEXTS_FORM } from '../forms';
import { RouteEditor } from '../routes/RouteEditor';
import { updateFile, useDeskStore } from '../store';
import { ClauseEditor } from './ClauseEditor';
import { ListSection } from './ListSection';

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
      <CheckedSection projectId={projectId} projectIndex={projectIndex} />
      <ColoursSection projectId={projectId} projectIndex={projectIndex} />
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

function CheckedSection({ projectId, projectIndex }: { projectId: string; projectIndex: number }) {
  const edit = useDeskStore((state) => state.edit);
  const errors = useDeskStore((state) => state.preview.errors);
  const checked = useDeskStore((state) =>
    state.session ? projectOf(state.session.values, projectId)?.checked : undefined,
  );
  const form = useSchemaForm(CHECKED_FORM, {
    value: { checked },
    onChange: (value) =>
      edit((values) => setProjectField(values, projectId, 'checked', String(value.checked ?? ''))),
    validateAtOnce: true,
  });
  const found = itemErrors(errors, projectPrefixes(projectId, projectIndex));
  return (
    <section className="checked">
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields
            kind={CHECKED_FORM}
            checkErrors={{ checked: found.byField.checked ?? [] }}
            after={{
              checked: (
                <button
                  type="button"
                  className="inline-action"
                  onClick={() =>
                    form.setValue('checked', localIsoDate(), {
                      shouldDirty: true,
                      shouldValidate: true,
                    })
                  }
                >
                  Checked today
                </button>
              ),
            }}
          />
        </form>
      </FormProvider>
    </section>
  );
}

/** The fields of the colours' form, where the check's problems about them show. */
const COLOUR_FIELDS = ['colours', 'colours.light', 'colours.dark'];

/** The project's colour on each theme's map, with the check's word on their contrast. */
function ColoursSection({ projectId, projectIndex }: { projectId: string; projectIndex: number }) {
  const edit = useDeskStore((state) => state.edit);
  const errors = useDeskStore((state) => state.preview.errors);
  const colours = useDeskStore((state) =>
    state.session ? projectOf(state.session.values, projectId)?.colours : undefined,
  );
  const form = useSchemaForm(COLOURS_FORM, {
    value: { colours },
    onChange: (value) =>
      edit((values) =>
        setProjectField(values, projectId, 'colours', value.colours as ProjectMetaInput['colours']),
      ),
    validateAtOnce: true,
  });
  const found = itemErrors(errors, projectPrefixes(projectId, projectIndex));
  return (
    <section className="colours">
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields kind={COLOURS_FORM} checkErrors={found.byField} />
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
