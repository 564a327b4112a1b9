/** The panel of the selected project: the article's words about it, facts and sources. */
import { useEffect, useId, useMemo, useRef } from 'react';
import { articleById, projectById } from '../content/content';
import { findExcerpt } from '../content/excerpt';
import type { Project } from '../content/schema';
import { routeLengthKm } from '../geo/routeLength';
import type { Theme } from '../map/theme';
import { useAlternatives, useAppStore, useSelected } from '../state/store';
import { formatDate, formatKm } from './format';

const CERTAINTY_TEXT = {
  surveyed: 'surveyed',
  approximate: 'approximate',
  indicative: 'indicative only',
} as const;

function Quote({ project }: { project: Project }) {
  const article = articleById(project.excerpt.article);
  const excerpt = article && findExcerpt(article.text, project.excerpt.clause);
  if (!article || !excerpt) return null;
  return (
    <figure className="quote">
      <blockquote cite={article.url} lang={article.language}>
        <p>
          {excerpt.before}
          <mark>{excerpt.clause}</mark>
          {excerpt.after}
        </p>
      </blockquote>
      <figcaption>
        <cite>
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        </cite>
        , {article.publisher}, <time dateTime={article.date}>{formatDate(article.date)}</time>
      </figcaption>
    </figure>
  );
}

function DrawnLength({ project, lengths }: { project: Project; lengths: number[] }) {
  if (!project.measureDrawnLength) {
    return (
      <>
        <dt>Length</dt>
        <dd>
          None published.
          <small>The line on the map is schematic, so it is not measured.</small>
        </dd>
      </>
    );
  }
  const main = project.routes.flatMap((route, index) =>
    route.properties.role === 'main' ? [lengths[index] ?? 0] : [],
  );
  const total = main.reduce((sum, km) => sum + km, 0);
  const leftOut = main.length < project.routes.length ? ', alternatives left out' : '';
  const straight = project.routes.some((route) => route.properties.certainty !== 'surveyed');
  return (
    <>
      <dt>
        {main.length > 1 ? 'Length of the lines drawn, together' : 'Length of the line drawn'}
      </dt>
      <dd>
        about {formatKm(total)}
        <small>
          Measured from the map with Turf{main.length > 1 ? `, adding up every line${leftOut}` : ''}
          {straight
            ? '. The lines run straight between known points: this is not an official route length.'
            : '.'}
        </small>
      </dd>
    </>
  );
}

function KeyFacts({ project, theme }: { project: Project; theme: Theme }) {
  const lengths = useMemo(() => project.routes.map((route) => routeLengthKm([route])), [project]);
  return (
    <>
      <h3>Key facts</h3>
      <dl className="facts">
        <DrawnLength project={project} lengths={lengths} />
        {project.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              <small>Source: {fact.source}</small>
            </dd>
          </div>
        ))}
      </dl>
      <h3>Routes drawn</h3>
      <ul className="routes">
        {project.routes.map((route, index) => (
          <li key={route.properties.name}>
            <strong>{route.properties.name}</strong> — {theme.kinds[route.properties.kind].label},{' '}
            {CERTAINTY_TEXT[route.properties.certainty]}
            {route.properties.role === 'alternative' ? ' (alternative)' : ''}
            {project.measureDrawnLength ? `; about ${formatKm(lengths[index] ?? 0)} as drawn` : ''}.
            <small>Source: {route.properties.source}</small>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Open while a project is selected; Esc or the close button closes it. */
export function ProjectPanel({ theme }: { theme: Theme }) {
  const selected = useSelected();
  const alternatives = useAlternatives();
  const select = useAppStore((state) => state.select);
  const clearSelection = useAppStore((state) => state.clearSelection);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const project = projectById(selected);

  // Focus moves into the panel when the reader opens it (not when a link opened the page with
  // it), and goes back where it was when the panel closes.
  const opener = useRef<HTMLElement | null>(null);
  const firstRun = useRef(true);
  useEffect(() => {
    const pageLoad = firstRun.current;
    firstRun.current = false;
    if (!project) {
      if (opener.current?.isConnected) opener.current.focus({ preventScroll: true });
      opener.current = null;
      return;
    }
    if (!pageLoad) {
      const active = document.activeElement;
      if (!opener.current && active instanceof HTMLElement && active !== headingRef.current) {
        opener.current = active;
      }
      headingRef.current?.focus({ preventScroll: true });
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') clearSelection();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [project, clearSelection]);

  if (!project) return null;
  return (
    <aside className="panel card" aria-labelledby={titleId} data-project={project.id}>
      <button type="button" className="close" onClick={clearSelection} aria-label="Close panel">
        ×
      </button>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {project.name}
      </h2>
      <p className="description">{project.description}</p>
      {alternatives.length > 0 && (
        <nav className="alternatives" aria-label="Other routes at this point">
          <span>Also here:</span>
          {alternatives.map((id) => (
            <button
              type="button"
              key={id}
              onClick={() =>
                select(id, [project.id, ...alternatives.filter((other) => other !== id)])
              }
            >
              {projectById(id)?.name ?? id}
            </button>
          ))}
        </nav>
      )}
      <Quote project={project} />
      {project.certaintyNote && (
        <p className="certainty-note" role="note">
          <strong>How sure is this line?</strong> {project.certaintyNote}
        </p>
      )}
      <KeyFacts project={project} theme={theme} />
    </aside>
  );
}
