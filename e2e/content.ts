/**
 * What the tests expect from `data/`: the article's clause about each project, and the day each
 * project's facts were checked.
 */
import article from '../data/articles/trend-2024-01-31.json' with { type: 'json' };
import projectsFile from '../data/projects.json' with { type: 'json' };

const clauses: Readonly<Record<string, string>> = article.clauses;

/** The article's clause about a project, as the panel marks it. */
export function clauseOf(id: string | undefined): string {
  const clause = id === undefined ? undefined : clauses[id];
  if (clause === undefined) throw new Error(`the article has no clause for "${id}"`);
  return clause;
}

/** The day a project's facts were checked, and that day as English writes it: "1 December 2026". */
export function checkedOf(id: string): { day: string; date: string } {
  const day = projectsFile.projects.find((project) => project.id === id)?.checked;
  if (day === undefined) throw new Error(`no project "${id}" with a checked day`);
  const date = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return { day, date };
}

/** A project's colour in a theme, as `data/projects.json` gives it. */
export function colourOf(id: string, theme: 'light' | 'dark' = 'light'): string {
  const colour = projectsFile.projects.find((project) => project.id === id)?.colours[theme];
  if (colour === undefined) throw new Error(`no project "${id}" with colours`);
  return colour;
}
