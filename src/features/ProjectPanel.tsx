/**
 * The panel of the selected project: what the articles say about it (newest first), its status
 * and timeline, facts and sources.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { articleById, dayShown } from '../content/content';
import { findExcerpt } from '../content/excerpt';
import { happenedBy, sortMilestones, statusOn } from '../content/milestones';
import type { Mention, Project, Status } from '../content/schema';
import { routeLengthKm } from '../geo/routeLength';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { fillParts } from '../i18n/translate';
import { type I18n, useI18n } from '../i18n/useI18n';
import { useAlternatives, useAppStore, useAsOf, useSelected } from '../state/store';

/** An article's words, verbatim and in their own language, with the clause marked. */
function Quote({ mention, i18n }: { mention: Mention; i18n: I18n }) {
  const { t, formatDate, languageName } = i18n;
  const article = articleById(mention.article);
  const excerpt = article && findExcerpt(article.text, mention.clause);
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
          <a href={article.url} target="_blank" rel="noopener noreferrer" lang={article.language}>
            {article.title}
          </a>
        </cite>
        , {article.publisher}, <time dateTime={article.date}>{formatDate(article.date)}</time>
        <small className="quote-language">
          {t('panel.quoteLanguage', { language: languageName(article.language) })}
        </small>
      </figcaption>
    </figure>
  );
}

function DrawnLength({
  project,
  lengths,
  i18n,
}: {
  project: Project;
  lengths: number[];
  i18n: I18n;
}) {
  const { t, formatKm } = i18n;
  if (!project.measureDrawnLength) {
    return (
      <>
        <dt>{t('panel.length')}</dt>
        <dd>
          {t('panel.lengthNone')}
          <small>{t('panel.lengthSchematic')}</small>
        </dd>
      </>
    );
  }
  const main = project.routes.flatMap((route, index) =>
    route.properties.role === 'main' ? [lengths[index] ?? 0] : [],
  );
  const total = main.reduce((sum, km) => sum + km, 0);
  const measured =
    main.length <= 1
      ? t('panel.measuredOne')
      : main.length < project.routes.length
        ? t('panel.measuredMain')
        : t('panel.measuredAll');
  const straight = project.routes.some((route) => route.properties.certainty !== 'traced');
  return (
    <>
      <dt>{main.length > 1 ? t('panel.lengthAll') : t('panel.lengthOne')}</dt>
      <dd>
        {t('panel.about', { length: formatKm(total) })}
        <small>
          {measured}
          {straight ? ` ${t('panel.notOfficial')}` : ''}
        </small>
      </dd>
    </>
  );
}

/** A source as published (so in its own language), after the translated word "Source". */
function Source({ source, i18n }: { source: string; i18n: I18n }) {
  const lang = i18n.language === SOURCE_LANGUAGE ? undefined : SOURCE_LANGUAGE;
  const cited = (
    <span key="source" lang={lang}>
      {source}
    </span>
  );
  return <small>{fillParts(i18n.t('panel.source'), { source: cited })}</small>;
}

/**
 * The project's status on the chosen day, and its milestones oldest first, each with its source;
 * those after the day are drawn fainter and say so to screen readers.
 */
function Timeline({ project, day, i18n }: { project: Project; day: string; i18n: I18n }) {
  const { t, formatDate } = i18n;
  const status = statusOn(project.milestones, day);
  const statusName = (value: Status) => t(`status.${value}`);
  return (
    <>
      <h3>{t('panel.timeline')}</h3>
      {status && (
        <p className="status-line" data-status={status}>
          {t('panel.status', { date: formatDate(day), status: statusName(status) })}
        </p>
      )}
      <ol className="timeline">
        {sortMilestones(project.milestones).map((milestone) => {
          const later = !milestone.expected && !happenedBy(milestone, day);
          return (
            <li
              key={`${milestone.date} ${milestone.event}`}
              className={later ? 'later' : undefined}
              data-status={milestone.status}
            >
              <time dateTime={milestone.date}>{formatDate(milestone.date)}</time>
              {milestone.expected && <span className="expected"> ({t('panel.expected')})</span>}
              {later && <span className="visually-hidden"> ({t('panel.later')})</span>}
              <span className="event">{milestone.event}</span>
              {milestone.status && (
                <span className="becomes">
                  {t('panel.becomes', { status: statusName(milestone.status) })}
                </span>
              )}
              <Source source={milestone.source} i18n={i18n} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

function KeyFacts({ project, i18n }: { project: Project; i18n: I18n }) {
  const { t, formatKm } = i18n;
  const lengths = useMemo(() => project.routes.map((route) => routeLengthKm([route])), [project]);
  return (
    <>
      <h3>{t('panel.keyFacts')}</h3>
      <dl className="facts">
        <DrawnLength project={project} lengths={lengths} i18n={i18n} />
        {project.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              <Source source={fact.source} i18n={i18n} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('panel.routesDrawn')}</h3>
      <ul className="routes">
        {project.routes.map((route, index) => {
          const { name, kind, certainty, role, source } = route.properties;
          const parts = [
            t('panel.route', { kind: t(`kind.${kind}`), certainty: t(`certainty.${certainty}`) }),
            role === 'alternative' ? ` ${t('panel.alternative')}` : '',
            project.measureDrawnLength
              ? `; ${t('panel.asDrawn', { length: formatKm(lengths[index] ?? 0) })}`
              : '',
          ];
          return (
            <li key={name}>
              <strong>{name}</strong> — {parts.join('')}
              <Source source={source} i18n={i18n} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Open while a project is selected; Esc or the close button closes it. */
export function ProjectPanel() {
  const i18n = useI18n();
  const { t, content } = i18n;
  const selected = useSelected();
  const alternatives = useAlternatives();
  const select = useAppStore((state) => state.select);
  const asOf = useAsOf();
  const clearSelection = useAppStore((state) => state.clearSelection);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const project = content.projects.find((candidate) => candidate.id === selected);

  // Focus moves into the panel when the reader opens it (not when a link or the host page does).
  // When the panel closes with focus inside it, focus goes back to what opened it, or to the
  // project in the legend's list; focus the reader has put elsewhere stays there.
  const opener = useRef<HTMLElement | null>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const closed = shown.current;
    shown.current = selected;
    if (selected === null) {
      const lost = !document.activeElement || document.activeElement === document.body;
      const fallback = document.querySelector<HTMLElement>(
        `.legend-projects [data-project="${closed}"] .project-link`,
      );
      const target = opener.current?.isConnected ? opener.current : fallback;
      if (lost && target) target.focus({ preventScroll: true });
      opener.current = null;
      return;
    }
    if (useAppStore.getState().focusPanel) {
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
  }, [selected, clearSelection]);

  if (!project) return null;
  return (
    <aside
      className="panel card"
      aria-labelledby={titleId}
      data-project={project.id}
      data-map-card="panel"
    >
      <button
        type="button"
        className="close"
        onClick={clearSelection}
        aria-label={t('panel.close')}
      >
        ×
      </button>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {project.name}
      </h2>
      <p className="description">{project.description}</p>
      {alternatives.length > 0 && (
        <nav className="alternatives" aria-label={t('panel.otherRoutes')}>
          <span>{t('panel.alsoHere')}</span>
          {alternatives.map((id) => (
            <button
              type="button"
              key={id}
              onClick={() =>
                select(id, [project.id, ...alternatives.filter((other) => other !== id)], true)
              }
            >
              {content.projects.find((other) => other.id === id)?.name ?? id}
            </button>
          ))}
        </nav>
      )}
      {project.mentions.map((mention) => (
        <Quote key={mention.article} mention={mention} i18n={i18n} />
      ))}
      {project.certaintyNote && (
        <p className="certainty-note" role="note">
          <strong>{t('panel.certainty')}</strong> {project.certaintyNote}
        </p>
      )}
      <Timeline project={project} day={dayShown(asOf)} i18n={i18n} />
      <KeyFacts project={project} i18n={i18n} />
    </aside>
  );
}
