/**
 * The legend: the map's title and settings, then one entry per project (a show/hide switch and a
 * button that opens it: the list that mirrors the map for keyboards and screen readers), then the
 * line key and the Export and Embed tools.
 */
import { memo, useId, useState } from 'react';
import { statusesAsOf } from '../content/content.ts';
import type { Project } from '../content/schema.ts';
import { CERTAINTIES, ROUTE_KINDS, STATUSES, type Status } from '../content/vocabulary.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { fillParts } from '../i18n/translate.ts';
import { NO_ROOM_BESIDE_PANEL, PHONE_MAX_WIDTH } from '../map/clearings.ts';
import { projectSwatch, swatchStyle } from '../map/swatch.ts';
import type { Theme } from '../map/theme.ts';
import { openProject } from '../state/openProject.ts';
import { useAppStore, useAsOf, useHidden, useSelected, useTable } from '../state/store.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { Swatch } from '../ui/Swatch.tsx';
import { useI18n } from '../ui/useI18n.ts';
import { DataDownloads } from './DataDownloads.tsx';
import { DateControl } from './DateControl.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { Settings } from './Settings.tsx';
import { SourceLinks } from './SourceLinks.tsx';

/** Whether the window is at most `width` CSS pixels wide. */
function atMost(width: number): boolean {
  return window.matchMedia(`(max-width: ${width}px)`).matches;
}

interface LegendProps {
  theme: Theme;
  /** Inside a news page: starts folded, and offers no embed code of its own. */
  embedded?: boolean;
  /** Under the table (on a phone): out of reach of keyboards and screen readers. */
  covered?: boolean;
  /**
   * Whether files can be downloaded here: not in WordPress's sandbox, which allows no downloads,
   * so neither the export nor "Get the data" is offered there.
   */
  downloads?: boolean;
}

interface EntryProps {
  project: Project;
  theme: Theme;
  shown: boolean;
  current: boolean;
  showLabel: string;
  /** The project's status on the chosen date. */
  status: Status | undefined;
  i18n: I18n;
}

/**
 * One project in the list: a show/hide switch and the button that opens it. Memoised, so that a
 * selection re-renders the two entries it changes, not every one.
 */
const ProjectEntry = memo(function ProjectEntry(props: EntryProps) {
  const { project, theme, shown, current, showLabel, status, i18n } = props;
  const swatch = projectSwatch(theme, project, status);
  const { setHovered, setVisible } = useAppStore.getState();
  return (
    <li
      data-project={project.id}
      onPointerEnter={(event) => event.pointerType !== 'touch' && setHovered(project.id)}
      onPointerLeave={() => setHovered(null)}
    >
      <input
        type="checkbox"
        checked={shown}
        aria-label={showLabel}
        onChange={(event) => setVisible(project.id, event.target.checked)}
      />
      {swatch && <Swatch style={swatch} />}
      <button
        type="button"
        className="project-link"
        aria-current={current ? 'true' : undefined}
        onClick={() => openProject(project.id)}
      >
        {project.name}
      </button>
      {status && <StatusBadge status={status} i18n={i18n} />}
    </li>
  );
});

/** Map or table: two buttons, the one showing pressed. */
function ViewSwitch() {
  const { t } = useI18n();
  const table = useTable();
  const setTable = useAppStore((state) => state.setTable);
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t('view.label')}</legend>
      <button type="button" aria-pressed={!table} onClick={() => setTable(false)}>
        {t('view.map')}
      </button>
      <button type="button" aria-pressed={table} onClick={() => setTable(true)}>
        {t('view.table')}
      </button>
    </fieldset>
  );
}

/** The legend card, holding the map's title and credit too. */
export function Legend({
  theme,
  embedded = false,
  covered = false,
  downloads = true,
}: LegendProps) {
  const i18n = useI18n();
  const { t, content } = i18n;
  const hidden = useHidden();
  const selected = useSelected();
  const asOf = useAsOf();
  const statuses = statusesAsOf(content.projects, asOf);
  const titleId = useId();
  const neutral = theme.placeDot;
  // Phones and embeds start folded, so that the legend does not cover the map; a later resize
  // never folds it under the reader.
  const [open, setOpen] = useState(() => !embedded && !atMost(PHONE_MAX_WIDTH));
  // Where the legend and the panel cannot both stand beside the map, a project opening folds
  // the legend, in the same render, so that the map fits the project beside the folded legend.
  const [selectedBefore, setSelectedBefore] = useState<string | null>(null);
  if (selected !== selectedBefore) {
    setSelectedBefore(selected);
    if (selected && open && !embedded && atMost(NO_ROOM_BESIDE_PANEL)) setOpen(false);
  }

  return (
    <section
      className="legend card"
      aria-labelledby={titleId}
      data-map-card="legend"
      inert={covered}
    >
      <h1 id={titleId}>{content.mapTitle}</h1>
      <p className="credit">
        {fillParts(t('legend.credit'), {
          source: (
            <span key="source">
              <SourceLinks sources={content.articles} i18n={i18n} />
            </span>
          ),
        })}
      </p>
      <ViewSwitch />
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('legend.summary')}</summary>
        <Settings />
        <ul className="legend-projects" aria-label={t('legend.projects')}>
          {content.projects.map((project) => (
            <ProjectEntry
              key={project.id}
              project={project}
              theme={theme}
              shown={!hidden.includes(project.id)}
              current={selected === project.id}
              showLabel={t('legend.show', { name: project.name })}
              status={statuses[project.id]}
              i18n={i18n}
            />
          ))}
        </ul>
        <DateControl />
        <ul className="legend-key" aria-label={t('legend.lineStyles')}>
          {ROUTE_KINDS.map((kind) => (
            <li key={kind}>
              <Swatch style={swatchStyle(theme, kind, 'traced', neutral)} />
              {t(`kind.${kind}`)}
            </li>
          ))}
          {/* How sure a line is, on one kind, so that only the pattern differs. */}
          {CERTAINTIES.map((certainty) => (
            <li key={certainty}>
              <Swatch style={swatchStyle(theme, 'pipeline', certainty, neutral)} />
              {t(`legend.${certainty}`)}
            </li>
          ))}
        </ul>
        <ul className="status-key" aria-label={t('legend.statuses')}>
          {STATUSES.map((status) => (
            <li key={status}>
              <Swatch
                style={swatchStyle(theme, 'pipeline', 'traced', neutral, undefined, status)}
              />
              {t(`statusKey.${status}`)}
            </li>
          ))}
        </ul>
        <p className="legend-note">
          {t('legend.approximateNote', {
            example: t('place.approximate', {
              // Among the places drawn with a name (as `placesCollection` picks them).
              name:
                content.places.find(
                  (place) => place.properties.label && place.properties.approximate,
                )?.properties.name ?? '…',
            }),
          })}
        </p>
        {downloads && <ExportDialog theme={theme} />}
        {!embedded && <EmbedDialog />}
        {downloads && <DataDownloads />}
      </details>
    </section>
  );
}
