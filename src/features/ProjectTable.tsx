/**
 * The table view, in place of the map: one row per project the legend shows, on the day the date
 * control chooses, sortable by every column (a button in each heading, so keyboards sort too); a
 * project's name opens it on the map. On a phone the rows are a list of cards. It needs no WebGL.
 */
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { dayShown } from '../content/content.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { TABLE_MIN_WIDTH } from '../map/clearings.ts';
import { openProject } from '../state/openProject.ts';
import { useAppStore, useAsOf, useHidden } from '../state/store.ts';
import { visibleProjects } from '../state/visibleProjects.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { useI18n } from '../ui/useI18n.ts';
import { useNarrowerThan } from '../ui/useNarrowerThan.ts';
import { DataDownloads } from './DataDownloads.tsx';
import { DateControl } from './DateControl.tsx';
import {
  COLUMNS,
  type Column,
  type Direction,
  type ProjectRow,
  projectRows,
  sortRows,
} from './projectRows.ts';
import { SourceLinks } from './SourceLinks.tsx';

interface Sort {
  column: Column;
  direction: Direction;
}

/** The columns after the name, which is each row's heading. */
type CellColumn = Exclude<Column, 'name'>;
const CELL_COLUMNS = COLUMNS.filter((column): column is CellColumn => column !== 'name');

/** What each cell of a row shows. */
function cellsOf(row: ProjectRow, i18n: I18n): Record<CellColumn, ReactNode> {
  const { t, formatKm, formatDate } = i18n;
  return {
    kinds: row.kinds,
    countries: row.countries,
    // A total over several lines says so: the Middle Corridor's adds up parallel lines.
    length:
      row.lengthKm === null
        ? t('describe.unmeasured')
        : row.mainLines > 1
          ? t('table.lengthAll', { length: formatKm(row.lengthKm), count: row.mainLines })
          : t('panel.about', { length: formatKm(row.lengthKm) }),
    status: row.status ? <StatusBadge status={row.status} i18n={i18n} /> : t('table.none'),
    milestone: row.milestone ? (
      <>
        <time dateTime={row.milestone.date}>{formatDate(row.milestone.date)}</time>:{' '}
        {row.milestone.event}
      </>
    ) : (
      t('table.none')
    ),
    sources: <SourceLinks sources={row.sources} i18n={i18n} />,
    checked: <time dateTime={row.checked}>{formatDate(row.checked)}</time>,
  };
}

/** The button that opens a project on the map. */
function OpenButton({ row }: { row: ProjectRow }) {
  return (
    <button type="button" className="project-link" onClick={() => openProject(row.id)}>
      {row.name}
    </button>
  );
}

/** A column heading: a button that sorts by it, ascending first, then the other way. */
function SortHeading({
  column,
  sort,
  onSort,
  label,
}: {
  column: Column;
  sort: Sort | null;
  onSort: (column: Column) => void;
  label: string;
}) {
  const current = sort?.column === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={current}>
      <button type="button" className="sort" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function Table(props: {
  rows: readonly ProjectRow[];
  sort: Sort | null;
  onSort: (column: Column) => void;
  titleId: string;
  captionId: string;
  i18n: I18n;
}) {
  const { rows, sort, onSort, titleId, captionId, i18n } = props;
  const { t } = i18n;
  return (
    <table aria-labelledby={titleId} aria-describedby={captionId}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <SortHeading
              key={column}
              column={column}
              sort={sort}
              onSort={onSort}
              label={t(`table.column.${column}`)}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const cells = cellsOf(row, i18n);
          return (
            <tr key={row.id} data-project={row.id}>
              <th scope="row">
                <OpenButton row={row} />
              </th>
              {CELL_COLUMNS.map((column) => (
                <td key={column} className={`cell-${column}`}>
                  {cells[column]}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The phone's cards: the same rows and order, sorted by a column menu (legend order always among
 * its choices) and a direction menu, which legend order, having no direction, disables.
 */
function Cards(props: {
  rows: readonly ProjectRow[];
  sort: Sort | null;
  setSort: (sort: Sort | null) => void;
  i18n: I18n;
}) {
  const { rows, sort, setSort, i18n } = props;
  const { t } = i18n;
  const sortId = useId();
  const orderId = useId();
  const direction = sort?.direction ?? 'ascending';
  return (
    <>
      <div className="card-sort">
        <label htmlFor={sortId}>{t('table.sortBy')}</label>
        <select
          id={sortId}
          value={sort?.column ?? ''}
          onChange={(event) => {
            const column = event.target.value as Column | '';
            setSort(column ? { column, direction } : null);
          }}
        >
          <option value="">{t('table.legendOrder')}</option>
          {COLUMNS.map((option) => (
            <option key={option} value={option}>
              {t(`table.column.${option}`)}
            </option>
          ))}
        </select>
        <label htmlFor={orderId} className="visually-hidden">
          {t('table.order')}
        </label>
        <select
          id={orderId}
          value={direction}
          disabled={!sort}
          onChange={(event) =>
            sort && setSort({ column: sort.column, direction: event.target.value as Direction })
          }
        >
          <option value="ascending">{t('table.ascending')}</option>
          <option value="descending">{t('table.descending')}</option>
        </select>
      </div>
      <ul className="table-cards">
        {rows.map((row) => {
          const cells = cellsOf(row, i18n);
          return (
            <li key={row.id} data-project={row.id}>
              <h3>
                <OpenButton row={row} />
              </h3>
              <dl>
                {CELL_COLUMNS.map((column) => (
                  <div key={column}>
                    <dt>{t(`table.column.${column}`)}</dt>
                    <dd>{cells[column]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    </>
  );
}

interface ProjectTableProps {
  /** On a phone the table covers the legend: it brings the date control along, and takes focus. */
  coversLegend: boolean;
  /** Whether "Get the data" can download here (not in WordPress's sandbox). */
  downloads: boolean;
}

/** Back to the map, focus on the legend's Map button (this one is gone with the table). */
function showMap() {
  flushSync(() => useAppStore.getState().setTable(false));
  document.querySelector<HTMLElement>('.view-switch button')?.focus();
}

export function ProjectTable({ coversLegend, downloads }: ProjectTableProps) {
  const i18n = useI18n();
  const { t, content, formatDate, language } = i18n;
  const asOf = useAsOf();
  const hidden = useHidden();
  const sectionRef = useRef<HTMLElement>(null);
  const narrow = useNarrowerThan(sectionRef, TABLE_MIN_WIDTH);
  const [sort, setSort] = useState<Sort | null>(null);
  const titleId = useId();
  const captionId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Covering the legend, the table takes the focus the legend's switch had.
  useEffect(() => {
    if (coversLegend) headingRef.current?.focus({ preventScroll: true });
  }, [coversLegend]);
  const day = dayShown(asOf);
  const shown = useMemo(() => visibleProjects(content.projects, hidden), [content, hidden]);
  const rows = useMemo(() => projectRows(shown, day, i18n), [shown, day, i18n]);
  // Sorted apart, so that a new order does not rebuild the rows.
  const sorted = useMemo(
    () => (sort ? sortRows(rows, sort.column, sort.direction, language) : rows),
    [rows, sort, language],
  );
  const hiddenNames = content.projects
    .filter((project) => hidden.includes(project.id))
    .map((project) => project.name);
  const onSort = (column: Column) =>
    setSort((before) => ({
      column,
      direction:
        before?.column === column && before.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return (
    <section ref={sectionRef} className="table-view card" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('table.title')}
        </h2>
        <button type="button" className="show-map" onClick={showMap}>
          {t('table.showMap')}
        </button>
      </header>
      <p id={captionId} className="table-caption">
        {t(narrow ? 'table.captionCards' : 'table.caption', { date: formatDate(day) })}
        {hiddenNames.length > 0 && ` ${t('table.hidden', { names: hiddenNames.join('; ') })}`}
      </p>
      {coversLegend && <DateControl />}
      {sorted.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : narrow ? (
        <Cards rows={sorted} sort={sort} setSort={setSort} i18n={i18n} />
      ) : (
        <Table
          rows={sorted}
          sort={sort}
          onSort={onSort}
          titleId={titleId}
          captionId={captionId}
          i18n={i18n}
        />
      )}
      <p className="visually-hidden" role="status">
        {sort
          ? t('table.sorted', {
              column: t(`table.column.${sort.column}`),
              direction: t(`table.${sort.direction}`),
            })
          : ''}
      </p>
      {/* Beside the legend, its own "Get the data" stays in sight; covering it, the table brings one. */}
      {downloads && coversLegend && <DataDownloads />}
    </section>
  );
}
