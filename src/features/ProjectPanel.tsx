/**
 * The panel of the selected project: what the articles say about it (newest first), its status
 * and timeline, facts and sources.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { articleById, dayShown } from '../content/content.ts';
import { findExcerpt } from '../content/excerpt.ts';
import { happenedBy, sortMilestones, statusOn } from '../content/milestones.ts';
import { summarizeRoutes } from '../content/routeSummary.ts';
import type { Mention, Project, RouteFeature, Source, Status } from '../content/schema.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { describeProject, expectedNote } from '../i18n/describe.ts';
import { fillParts } from '../i18n/translate.ts';
import { appBase } from '../share/appBase.ts';
import { shareUrl } from '../share/sharePage.ts';
import { useAlternatives, useAppStore, useAsOf, useSelected } from '../state/store.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import { useI18n } from '../ui/useI18n.ts';
import { SourceLinks } from './SourceLinks.tsx';

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
        {/* Cited by publisher and date: a headline is printed only where it is confirmed. */}
        <cite>
          <a href={article.url} target="_blank" rel="noopener noreferrer" lang={article.language}>
            {article.title ? `${article.title}, ` : ''}
            {article.publisher}, <time dateTime={article.date}>{formatDate(article.date)}</time>
          </a>
        </cite>
        <small className="quote-language">
          {t('panel.quoteLanguage', { language: languageName(article.language) })}
        </small>
      </figcaption>
    </figure>
  );
}

function DrawnLength({ project, i18n }: { project: Project; i18n: I18n }) {
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
  const { lengthKm, mainLines } = summarizeRoutes(project);
  const total = lengthKm ?? 0;
  const measured =
    mainLines <= 1
      ? t('panel.measuredOne')
      : mainLines < project.routes.length
        ? t('panel.measuredMain')
        : t('panel.measuredAll');
  const untraced = project.routes.some((route) => route.properties.certainty !== 'traced');
  return (
    <>
      <dt>{t('panel.lengthAll', { count: mainLines })}</dt>
      <dd>
        {t('panel.about', { length: formatKm(total) })}
        <small>
          {measured}
          {untraced ? ` ${t('panel.notOfficial')}` : ''}
        </small>
      </dd>
    </>
  );
}

/**
 * How a route was drawn, after the translated word "Source": in the reader's language where it is
 * translated, else in English, marked as English so that a screen reader switches voice.
 */
function DrawingSource({ route, i18n }: { route: RouteFeature; i18n: I18n }) {
  const { source, sourceLanguage } = route.properties;
  const cited = sourceLanguage ? (
    <span key="source" lang={sourceLanguage}>
      {source}
    </span>
  ) : (
    source
  );
  return <small>{fillParts(i18n.t('panel.source'), { source: cited })}</small>;
}

/**
 * The sources of a fact or milestone: each "Publisher, date" as a link the reader can open in a
 * new tab (the page itself requests nothing from it), its headline as the link's title where known.
 */
function Sources({ sources, i18n }: { sources: readonly Source[]; i18n: I18n }) {
  const { t } = i18n;
  const list = <SourceLinks key="list" sources={sources} i18n={i18n} />;
  return (
    <small className="sources">
      {fillParts(t('panel.sources', { count: sources.length }), { sources: list })}
    </small>
  );
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
              {milestone.expected && (
                <span className="expected"> ({expectedNote(milestone, i18n)})</span>
              )}
              {later && <span className="visually-hidden"> ({t('panel.later')})</span>}
              <span className="event">{milestone.event}</span>
              {milestone.status && (
                <span className="becomes">
                  {t('panel.becomes', { status: statusName(milestone.status) })}
                </span>
              )}
              <Sources sources={milestone.sources} i18n={i18n} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

function KeyFacts({ project, i18n }: { project: Project; i18n: I18n }) {
  const { t } = i18n;
  return (
    <>
      <h3>{t('panel.keyFacts')}</h3>
      <dl className="facts">
        <DrawnLength project={project} i18n={i18n} />
        {project.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              <Sources sources={fact.sources} i18n={i18n} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * How sure each drawn line is: the project's note, then every stretch by its name and in words
 * (its length as drawn, certainty and the countries it crosses), with its source.
 */
function Certainty({
  project,
  details,
  i18n,
}: {
  project: Project;
  details: readonly string[];
  i18n: I18n;
}) {
  const { t } = i18n;
  return (
    <section className="certainty-note" role="note" aria-label={t('panel.certainty')}>
      <p>
        <strong>{t('panel.certainty')}</strong> {project.certaintyNote}
      </p>
      <ul className="routes" aria-label={t('panel.routesDrawn')}>
        {project.routes.map((route, index) => (
          <li key={route.properties.name}>
            <strong>{route.properties.name}</strong> — {details[index]}
            <DrawingSource route={route} i18n={i18n} />
          </li>
        ))}
      </ul>
    </section>
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
  const day = dayShown(asOf);
  const description = useMemo(
    () => project && describeProject(project, day, i18n),
    [project, day, i18n],
  );

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
      // Focus on the page's body (the table that opened the project is gone) is no opener.
      const opened = active instanceof HTMLElement && active !== document.body;
      if (!opener.current && opened && active !== headingRef.current) {
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

  if (!project || !description) return null;
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
      <p className="route-overview">{description.overview}</p>
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
      <Certainty project={project} details={description.legDetails} i18n={i18n} />
      <Timeline project={project} day={day} i18n={i18n} />
      <KeyFacts project={project} i18n={i18n} />
      <p className="facts-checked">
        {fillParts(t('panel.checked'), {
          date: (
            <time key="date" dateTime={project.checked}>
              {i18n.formatDate(project.checked)}
            </time>
          ),
        })}
      </p>
      <p className="share-link">
        <CopyButton
          text={shareUrl(appBase(), project.id, i18n.language)}
          label={t('share.copyLink')}
        />
      </p>
    </aside>
  );
}
