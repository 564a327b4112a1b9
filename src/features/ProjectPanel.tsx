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

function KeyFacts({ project, theme }: { project: Project; theme: Theme }) {
  const drawnKm = useMemo(
    () => routeLengthKm(project.routes.filter((route) => route.properties.role === 'main')),
    [project],
  );
  const schematic = project.routes.some((route) => route.properties.certainty !== 'surveyed');
  return (
    <>
      <h3>Key facts</h3>
      <dl className="facts">
        <dt>Drawn length</dt>
        <dd>
          about {formatKm(drawnKm)}
          <small>
            Measured from the map with Turf
            {schematic ? '; the drawn line is simplified, so this is not an official figure' : ''}.
          </small>
        </dd>
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
        {project.routes.map((route) => (
          <li key={route.properties.name}>
            <strong>{route.properties.name}</strong> — {theme.kinds[route.properties.kind].label},{' '}
            {CERTAINTY_TEXT[route.properties.certainty]}
            {route.properties.role === 'alternative' ? ' (alternative)' : ''}.
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

  useEffect(() => {
    if (!project) return;
    headingRef.current?.focus({ preventScroll: true });
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
