/** The checked content the app was built with (see `scripts/lib/contentPlugin.ts`). */
import checked from 'virtual:content';
import type { Article, Content, Project } from './schema';

const content = checked as Content;
export default content;

/** The project with this id, or undefined. */
export function projectById(id: string | null): Project | undefined {
  return id === null ? undefined : content.projects.find((project) => project.id === id);
}

/** The article with this id, or undefined. */
export function articleById(id: string): Article | undefined {
  return content.articles.find((article) => article.id === id);
}

/** Ids of every project, in legend order. */
export const projectIds: readonly string[] = content.projects.map((project) => project.id);
