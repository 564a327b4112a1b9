/** Which projects the reader sees: a pure filter, for the page, its pictures and the share build. */

/** The projects not hidden by the reader, in their own order. */
export function visibleProjects<T extends { id: string }>(
  projects: readonly T[],
  hidden: readonly string[],
): T[] {
  return projects.filter((project) => !hidden.includes(project.id));
}
