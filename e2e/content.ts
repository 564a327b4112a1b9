/** What the tests expect from `data/`: the article's clause about each project. */
import article from '../data/articles/trend-2024-01-31.json' with { type: 'json' };

const clauses: Readonly<Record<string, string>> = article.clauses;

/** The article's clause about a project, as the panel marks it. */
export function clauseOf(id: string | undefined): string {
  const clause = id === undefined ? undefined : clauses[id];
  if (clause === undefined) throw new Error(`the article has no clause for "${id}"`);
  return clause;
}
