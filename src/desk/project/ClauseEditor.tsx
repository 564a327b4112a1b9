/**
 * What one article says about one project: the clause its panel marks, which must be copied
 * word for word from the article's text. The text is shown beside it, the clause marked where
 * it is found, and words selected in it can be taken as the clause.
 */
import { useRef } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import type { ArticleInput } from '../../content/schema.ts';
import { articlePrefixes, itemErrors } from '../checkErrors.ts';
import { SchemaFields } from '../form/SchemaFields.tsx';
import { useSchemaForm } from '../form/useSchemaForm.ts';
import { CLAUSE_FORM } from '../forms.ts';
import { useDeskStore } from '../store.ts';

/** An article's clauses with one project's set, or taken out when blank. */
function withClause(article: ArticleInput, projectId: string, clause: string | undefined) {
  const { [projectId]: _, ...others } = article.clauses;
  const clauses =
    clause === undefined
      ? others
      : Object.hasOwn(article.clauses, projectId)
        ? { ...article.clauses, [projectId]: clause }
        : { ...article.clauses, [projectId]: clause };
  return { ...article, clauses };
}

export function ClauseEditor({
  path,
  projectId,
  label,
}: {
  path: string;
  projectId: string;
  /** What the clause is about, for its heading (the article, or the project). */
  label: string;
}) {
  const article = useDeskStore((state) => state.session?.values[path]) as ArticleInput | undefined;
  const edit = useDeskStore((state) => state.edit);
  const errors = useDeskStore((state) => state.preview.errors);
  const textRef = useRef<HTMLQuoteElement>(null);
  const form = useSchemaForm(CLAUSE_FORM, {
    value: { clause: article?.clauses[projectId] },
    onChange: (value) =>
      edit((values) => {
        const current = values[path] as ArticleInput | undefined;
        if (!current) return values;
        return {
          ...values,
          [path]: withClause(current, projectId, value.clause as string | undefined),
        };
      }),
    validateAtOnce: true,
  });
  const clause = useWatch({ control: form.control, name: 'clause' }) as string | undefined;
  if (!article) return null;
  const problems = itemErrors(errors, articlePrefixes(path, projectId));
  const text = article.text ?? '';
  const at = clause ? text.indexOf(clause) : -1;

  const takeSelection = () => {
    const selection = window.getSelection();
    const node = textRef.current;
    if (!selection || !node || selection.rangeCount === 0) return;
    if (!node.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
    const words = selection.toString();
    if (words) form.setValue('clause', words, { shouldDirty: true, shouldValidate: true });
  };

  return (
    <section className="clause-editor" aria-label={label}>
      <h4>{label}</h4>
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields
            kind={CLAUSE_FORM}
            checkErrors={{
              clause: [...problems.general, ...Object.values(problems.byField).flat()],
            }}
          />
        </form>
      </FormProvider>
      <p className="found" aria-live="polite">
        {!clause
          ? 'The article does not mention this project.'
          : at >= 0
            ? 'Found in the article’s text: the panel marks it.'
            : 'Not found in the article’s text: copy the words exactly, or select them below and use them.'}
      </p>
      <details>
        <summary>The article’s text</summary>
        <p className="help">
          Select the words about the project in the text, then press “Use the selected words”.
        </p>
        <button type="button" onClick={takeSelection}>
          Use the selected words
        </button>
        <blockquote ref={textRef} className="article-text">
          {at >= 0 && clause ? (
            <>
              {text.slice(0, at)}
              <mark>{clause}</mark>
              {text.slice(at + clause.length)}
            </>
          ) : (
            text
          )}
        </blockquote>
      </details>
    </section>
  );
}
