/**
 * The articles the map quotes: each one's publisher, date, address and text, and what it says
 * about each project (a clause copied word for word from its text); and a new article.
 */
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { type ArticleInput, articleSchema, type ProjectsFileInput } from '../../content/schema.ts';
import { articlePrefixes, itemErrors } from '../checkErrors.ts';
import { PROJECTS_FILE } from '../edits.ts';
import { ProblemList } from '../form/ProblemList.tsx';
import { SchemaFields } from '../form/SchemaFields.tsx';
import { useSchemaForm } from '../form/useSchemaForm.ts';
import { WORDS, type Words } from '../form/words.ts';
import { ARTICLE_FORM } from '../forms.ts';
import { ClauseEditor } from '../project/ClauseEditor.tsx';
import { useDeskStore } from '../store.ts';

const articlePath = (id: string) => `articles/${id}.json`;

/** An article's date is the day it was published. */
const ARTICLE_WORDS: Words = {
  ...WORDS,
  date: { label: 'Date of publication', help: 'The day it was published: YYYY-MM-DD.' },
};

export function ArticlesView() {
  const values = useDeskStore((state) => state.session?.values);
  const [open, setOpen] = useState<string | null>(null);
  if (!values) return null;
  const paths = Object.keys(values)
    .filter((path) => path.startsWith('articles/'))
    .sort();
  return (
    <article className="articles-view" aria-labelledby="articles-title">
      <h2 id="articles-title">Articles</h2>
      <p className="help">
        Each article the map quotes, verbatim, and the clause it says about each project it
        mentions.
      </p>
      <ul className="articles">
        {paths.map((path) => {
          const article = values[path] as ArticleInput;
          return (
            <li key={path}>
              <button
                type="button"
                aria-expanded={open === path}
                onClick={() => setOpen(open === path ? null : path)}
              >
                {article.publisher || '(no publisher)'}, {article.date || '(no date)'}
                <span className="detail"> {path}</span>
              </button>
              {open === path ? <ArticleEditor path={path} /> : null}
            </li>
          );
        })}
      </ul>
      <NewArticle existing={paths} onCreated={setOpen} />
    </article>
  );
}

function ArticleEditor({ path }: { path: string }) {
  const article = useDeskStore((state) => state.session?.values[path]) as ArticleInput | undefined;
  const projects = useDeskStore(
    (state) => (state.session?.values[PROJECTS_FILE] as ProjectsFileInput | undefined)?.projects,
  );
  const edit = useDeskStore((state) => state.edit);
  const errors = useDeskStore((state) => state.preview.errors);
  const form = useSchemaForm(ARTICLE_FORM, {
    value: article ?? {},
    onChange: (value) =>
      edit((values) => {
        const current = values[path] as ArticleInput | undefined;
        if (!current) return values;
        return { ...values, [path]: { ...value, id: current.id, clauses: current.clauses } };
      }),
    validateAtOnce: true,
  });
  if (!article) return null;
  const found = itemErrors(
    errors.filter((error) => !error.startsWith(`data/${path}: clauses.`)),
    articlePrefixes(path),
  );
  return (
    <section className="article-editor" aria-label={`Article ${article.id}`}>
      <ProblemList title="The check says about this article:" problems={found.general} />
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields kind={ARTICLE_FORM} words={ARTICLE_WORDS} checkErrors={found.byField} />
        </form>
      </FormProvider>
      <h3>What it says about each project</h3>
      {(projects ?? []).map((project) => (
        <ClauseEditor
          key={project.id}
          path={path}
          projectId={project.id}
          label={project.shortName || project.id}
        />
      ))}
    </section>
  );
}

/** A new article file, named after its id (publisher and date, e.g. kazinform-2025-03-04). */
function NewArticle({
  existing,
  onCreated,
}: {
  existing: readonly string[];
  onCreated: (path: string) => void;
}) {
  const edit = useDeskStore((state) => state.edit);
  const [id, setId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = () => {
    const parsed = articleSchema.shape.id.safeParse(id);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'is not a valid id');
      return;
    }
    const path = articlePath(id);
    if (existing.includes(path)) {
      setProblem(`there is already an article ${path}`);
      return;
    }
    const article: ArticleInput = {
      id,
      publisher: '',
      date: '',
      url: '',
      language: 'en',
      text: '',
      clauses: {},
    };
    edit((values) => ({ ...values, [path]: article }));
    setProblem(null);
    setId('');
    onCreated(path);
  };
  return (
    <section className="new-article" aria-labelledby="new-article-title">
      <h3 id="new-article-title">Add an article</h3>
      <div className="field">
        <label htmlFor="new-article-id">Article id</label>
        <input
          id="new-article-id"
          type="text"
          value={id}
          onChange={(event) => setId(event.target.value)}
          aria-invalid={problem !== null}
          aria-describedby="new-article-id-help new-article-id-problem"
          autoComplete="off"
          spellCheck={false}
        />
        <p id="new-article-id-help" className="help">
          Publisher and date in lower-case letters, digits and hyphens, e.g. kazinform-2025-03-04.
          The file is named after it.
        </p>
        <div id="new-article-id-problem" className="problem" role="alert">
          {problem ? <p>{problem}</p> : null}
        </div>
      </div>
      <button type="button" onClick={create}>
        Add article
      </button>
    </section>
  );
}
