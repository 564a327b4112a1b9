/** The left column: every project, then the places, the articles and the translations. */
import type { ProjectsFileInput } from '../../content/schema.ts';
import { PROJECTS_FILE } from '../edits.ts';
import { type DeskView, useDeskStore } from '../store.ts';

const same = (a: DeskView | null, b: DeskView) =>
  a?.kind === b.kind &&
  (a.kind !== 'project' || (b.kind === 'project' && a.projectId === b.projectId));

export function Navigation() {
  const projects = useDeskStore(
    (state) => (state.session?.values[PROJECTS_FILE] as ProjectsFileInput | undefined)?.projects,
  );
  const view = useDeskStore((state) => state.view);
  const show = useDeskStore((state) => state.show);
  const entry = (target: DeskView, label: string, detail?: string) => (
    <li key={target.kind === 'project' ? target.projectId : target.kind}>
      <button
        type="button"
        aria-current={same(view, target) ? 'page' : undefined}
        onClick={() => show(target)}
      >
        <span>{label}</span>
        {detail ? <span className="detail">{detail}</span> : null}
      </button>
    </li>
  );
  return (
    <nav className="desk-nav" aria-label="What to edit">
      <h2>Projects</h2>
      <ul>
        {(projects ?? []).map((project) =>
          entry(
            { kind: 'project', projectId: project.id },
            project.shortName || project.id,
            `${project.milestones.length} milestones, ${project.facts.length} facts`,
          ),
        )}
      </ul>
      <h2>Everything else</h2>
      <ul>
        {entry({ kind: 'places' }, 'Places')}
        {entry({ kind: 'articles' }, 'Articles')}
        {entry({ kind: 'translations' }, 'Translations')}
      </ul>
    </nav>
  );
}
