/**
 * The desk's route editor: a project's stretches (the features of `data/projects/<id>.geojson`),
 * their properties, their measurements as the build makes them, and a map to redraw them on.
 * Every change goes through the draft's `update`, so the preview and the save follow it.
 */
import './routeEditor.css';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../content/languages.ts';
import type {
  Certainty,
  PlaceCollectionInput,
  ProjectsFileInput,
  RouteCollectionInput,
  RouteGeography,
  RouteKind,
  TranslationInput,
} from '../../content/schema.ts';
import { REGION } from '../../content/schema.ts';
import { translationFile } from '../../content/translations.ts';
import { CERTAINTIES } from '../../content/vocabulary.ts';
import { boundsOf } from '../../geo/bounds.ts';
import { lineKm } from '../../geo/flowLine.ts';
import { routeLengthKm } from '../../geo/routeLength.ts';
import type { DeskViewProps, DraftValues, UpdateFile } from '../draft.ts';
import type { Measurements } from '../protocol.ts';
import {
  addRoute,
  DRAWN_KINDS,
  EMPTY_ROUTE,
  featureOf,
  lineAt,
  type NewRoute,
  nameProblem,
  newRouteProblems,
  ROLES,
  type Role,
  replacePart,
  replaceProperties,
  splitNames,
  splitProblem,
  splitRoute,
  withRole,
} from './collection.ts';
import { type RouteSplit, renameInFlows, splitInFlows } from './flowLegs.ts';
import { formatEnds, formatLengthKm, formatPasses } from './format.ts';
import {
  canRemoveVertex,
  type Line,
  moveVertex,
  partsOf,
  type RouteGeometryInput,
  removeVertex,
  splitLine,
  withPart,
} from './geometry.ts';
import { editorColour, linesData } from './mapStyle.ts';
import { type LineEdit, RouteMap } from './RouteMap.tsx';
import { carryRoute, flagRouteSource, type RouteTarget } from './routeTranslations.ts';
import { useLiveMeasure } from './useLiveMeasure.ts';

/** What the desk gives the route editor. */
export type RouteEditorProps = {
  projectId: string;
  /** The preview's measurements of the draft, by project and route name. */
  measurements: Measurements | undefined;
} & DeskViewProps;

/** The file of a project's routes, relative to `data/`. */
export const routeFile = (projectId: string) => `projects/${projectId}.geojson`;

/** Edits of the line between two map events are written after this pause (ms). */
const WRITE_DELAY_MS = 300;
const NO_PLACES: readonly unknown[] = [];
const PROJECTS_FILE = 'projects.json';
const TRANSLATED = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE);

/** A geometry's length as drawn, measured as the build measures it. */
const drawnKm = (geometry: RouteGeometryInput) =>
  routeLengthKm([{ type: 'Feature', properties: {}, geometry }]);

/** The route editor of one project; a flow, which has no file of its own, gets a note instead. */
/** A position's two coordinates, each within the region the map covers. */
const AXES = [
  { index: 0, id: 'lng', label: 'Longitude', min: REGION.west, max: REGION.east },
  { index: 1, id: 'lat', label: 'Latitude', min: REGION.south, max: REGION.north },
] as const;

export function RouteEditor(props: RouteEditorProps) {
  const collection = props.values[routeFile(props.projectId)] as RouteCollectionInput | undefined;
  if (!collection) return <FlowNote projectId={props.projectId} values={props.values} />;
  return <Stretches key={props.projectId} {...props} collection={collection} />;
}

function FlowNote({ projectId, values }: { projectId: string; values: DraftValues }) {
  const projects = values[PROJECTS_FILE] as ProjectsFileInput | undefined;
  const project = projects?.projects.find((candidate) => candidate.id === projectId);
  const flow = project?.flow;
  if (!flow) {
    return (
      <div className="route-editor">
        <p className="route-note">
          This project has no file of routes (data/{routeFile(projectId)}) to edit.
        </p>
      </div>
    );
  }
  return (
    <div className="route-editor">
      <p className="route-note">
        “{project.name}” is a flow: its line follows other projects’ routes, leg by leg, so it has
        no stretches of its own to draw. Its line changes when those routes change; its legs are set
        in the project’s details.
      </p>
      <ol className="route-legs">
        {flow.legs.map((leg, index) => (
          // Legs have no identity but their place in the list.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order is the identity
          <li key={index}>
            {leg.route} <span className="route-muted">({leg.project})</span>
            {leg.part === undefined ? '' : `, line ${leg.part + 1}`}
            {leg.fromKm === undefined && leg.toKm === undefined
              ? ''
              : `, km ${leg.fromKm ?? 0}–${leg.toKm ?? 'end'}`}
            {leg.reverse ? ', against its drawn direction' : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Carries a route's translations in every other language from one name to others. */
function carryTranslations(
  values: DraftValues,
  update: UpdateFile,
  projectId: string,
  from: string,
  to: readonly RouteTarget[],
) {
  for (const language of TRANSLATED) {
    const path = translationFile(language);
    const file = values[path] as TranslationInput | undefined;
    if (!file || carryRoute(file, projectId, from, to) === file) continue;
    update<TranslationInput>(path, (current) => carryRoute(current, projectId, from, to));
  }
}

/** Changes the flows' legs in `projects.json`, where the change touches any. */
function inFlows(
  values: DraftValues,
  update: UpdateFile,
  change: (file: ProjectsFileInput) => ProjectsFileInput,
) {
  const file = values[PROJECTS_FILE] as ProjectsFileInput | undefined;
  if (file && change(file) !== file) update<ProjectsFileInput>(PROJECTS_FILE, change);
}

interface Selection {
  index: number;
  part: number;
}

function Stretches(props: RouteEditorProps & { collection: RouteCollectionInput }) {
  const { projectId, collection, measurements, values, update } = props;
  const file = routeFile(projectId);
  const places =
    (values['places.geojson'] as PlaceCollectionInput | undefined)?.features ?? NO_PLACES;
  const colour = editorColour(
    (values[PROJECTS_FILE] as ProjectsFileInput | undefined)?.projects.find(
      (candidate) => candidate.id === projectId,
    ),
  );
  const ids = useId();
  // Every stretch's length, measured once per edit of the file, not on each frame of a drag.
  const listKm = useMemo(
    () => collection.features.map((route) => drawnKm(route.geometry)),
    [collection],
  );

  const [selection, setSelection] = useState<Selection>({ index: 0, part: 0 });
  const [vertex, setVertex] = useState<number | null>(null);
  const [adding, setAdding] = useState<NewRoute | null>(null);
  const [drawing, setDrawing] = useState(false);
  // The line as the map has it during a gesture, ahead of the file until the gesture ends.
  const [live, setLive] = useState<{ key: string; line: Line } | null>(null);
  const pending = useRef<{ timer: number; write: () => void } | null>(null);

  const index = Math.max(0, Math.min(selection.index, collection.features.length - 1));
  const feature = adding ? undefined : collection.features[index];
  const parts = feature ? partsOf(feature.geometry) : [];
  const part = Math.max(0, Math.min(selection.part, parts.length - 1));
  const key = adding ? 'new' : `${index}:${part}`;
  const stored = adding ? adding.line : (parts[part] ?? null);
  const line = live?.key === key ? live.line : stored;
  const chosen = vertex !== null && line && vertex < line.length ? vertex : null;

  const geometry: RouteGeometryInput | null = useMemo(() => {
    if (!line) return null;
    if (feature) return withPart(feature.geometry, part, line);
    return { type: 'LineString', coordinates: line };
  }, [feature, part, line]);
  const lengthKm = geometry ? drawnKm(geometry) : null;
  const measured = useLiveMeasure(geometry, places);
  const previewed = feature ? measurements?.[projectId]?.[feature.properties.name] : undefined;
  const geography = measured.geography ?? previewed ?? null;

  const hidden = adding ? -1 : index;
  const lines = useMemo(
    () => linesData(collection, hidden < 0 ? null : { index: hidden, part }),
    [collection, hidden, part],
  );
  // The view the map opens on: the project as it was when the editor opened.
  const [bounds] = useState(() => boundsOf(collection.features.map((route) => route.geometry)));

  /** Writes a line of the edited target: a route's part in the file, or the new route's line. */
  const writeLine = (target: string, next: Line) => {
    if (target === 'new') {
      setAdding((route) => route && { ...route, line: next });
      return;
    }
    const [at = 0, inPart = 0] = target.split(':').map(Number);
    update<RouteCollectionInput>(file, (current) =>
      current.features[at] ? replacePart(current, at, inPart, next) : current,
    );
  };
  const cancelPending = () => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  };
  const flush = () => {
    const write = pending.current?.write;
    cancelPending();
    write?.();
  };
  // A gesture's last debounced write is not lost when the editor closes.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);

  const onEdit = ({ line: next, final, vertex: moved }: LineEdit) => {
    if (moved !== undefined) setVertex(moved);
    cancelPending();
    if (final) {
      writeLine(key, next);
      setLive(null);
      return;
    }
    setLive({ key, line: next });
    const write = () => writeLine(key, next);
    pending.current = { timer: window.setTimeout(flush, WRITE_DELAY_MS), write };
  };

  const select = (at: number, inPart = 0) => {
    flush();
    setSelection({ index: at, part: inPart });
    setVertex(null);
    setLive(null);
    setAdding(null);
    setDrawing(false);
  };

  /** Replaces the edited line, for edits made in the form. */
  const editLine = (change: (old: Line) => Line | null) => {
    flush();
    setLive(null);
    if (adding) {
      setAdding((route) => {
        const next = route?.line ? change(route.line) : null;
        return route && next ? { ...route, line: next } : route;
      });
      return;
    }
    update<RouteCollectionInput>(file, (current) => {
      const old = lineAt(current, index, part);
      const next = old && change(old);
      return next ? replacePart(current, index, part, next) : current;
    });
  };

  const deleteVertex = () => {
    if (chosen === null || !line) return;
    editLine((old) => (canRemoveVertex(old, chosen) ? removeVertex(old, chosen) : null));
    // The next vertex takes the deleted one's place, so a keyboard user can go on deleting.
    setVertex(Math.min(chosen, line.length - 2));
  };

  const moveChosen = (axis: 0 | 1, value: number) => {
    if (chosen === null) return;
    editLine((old) => {
      const position = old[chosen];
      if (!position) return null;
      const moved: [number, number] = axis === 0 ? [value, position[1]] : [position[0], value];
      return moveVertex(old, chosen, moved);
    });
  };

  const splitAtVertex = () => {
    if (!feature || chosen === null || !line) return;
    flush();
    if (splitProblem(collection, index, part, chosen)) return;
    const name = feature.properties.name;
    const routeSplit: RouteSplit = {
      project: projectId,
      route: name,
      part,
      parts: parts.length,
      names: splitNames(name),
      splitKm: lineKm(splitLine(line, chosen)[0]),
    };
    update<RouteCollectionInput>(file, (current) =>
      splitProblem(current, index, part, chosen)
        ? current
        : splitRoute(current, index, part, chosen),
    );
    const [first, second] = splitNames(name);
    carryTranslations(values, update, projectId, name, [
      { name: first, suffix: ' (1)' },
      { name: second, suffix: ' (2)' },
    ]);
    inFlows(values, update, (file) => splitInFlows(file, routeSplit));
    // The first half keeps the place, and its last line is the one that was split.
    setSelection({ index, part });
    setVertex(null);
    setLive(null);
  };

  const setProperty = (change: Parameters<typeof replaceProperties>[2]) =>
    update<RouteCollectionInput>(file, (current) =>
      current.features[index] ? replaceProperties(current, index, change) : current,
    );

  // A rename or a new source is told to the translations once the field is left.
  const focused = useRef<{ name: string; source: string } | null>(null);
  const rememberFocus = () => {
    if (feature) focused.current = { ...feature.properties };
  };
  const renameDone = () => {
    const from = focused.current?.name;
    const to = feature?.properties.name;
    if (from === undefined || to === undefined || from === to) return;
    if (nameProblem(to, collection, index)) return;
    carryTranslations(values, update, projectId, from, [{ name: to, suffix: '' }]);
    inFlows(values, update, (file) => renameInFlows(file, projectId, from, to));
  };
  const sourceDone = () => {
    if (!feature || focused.current?.source === feature.properties.source) return;
    const name = feature.properties.name;
    for (const language of TRANSLATED) {
      const path = translationFile(language);
      const translation = values[path] as TranslationInput | undefined;
      if (!translation || flagRouteSource(translation, projectId, name) === translation) continue;
      update<TranslationInput>(path, (current) => flagRouteSource(current, projectId, name));
    }
  };

  const startAdding = () => {
    flush();
    setAdding({ ...EMPTY_ROUTE });
    setDrawing(true);
    setVertex(null);
    setLive(null);
  };
  const addProblems = adding ? newRouteProblems(adding, collection) : {};
  const saveNew = () => {
    if (!adding || Object.keys(addProblems).length > 0) return;
    const route = featureOf(adding);
    update<RouteCollectionInput>(file, (current) =>
      nameProblem(route.properties.name, current, null) ? current : addRoute(current, route),
    );
    setAdding(null);
    setDrawing(false);
    setSelection({ index: collection.features.length, part: 0 });
    setVertex(null);
  };

  const nameError = feature ? nameProblem(feature.properties.name, collection, index) : null;
  const splitError = feature ? splitProblem(collection, index, part, chosen) : null;
  const chosenPosition = chosen !== null && line ? line[chosen] : undefined;

  return (
    <div className="route-editor">
      <div className="route-editor-grid">
        <div className="route-list-column">
          <h4 id={`${ids}-list`}>Stretches</h4>
          <ul className="route-list" aria-labelledby={`${ids}-list`}>
            {collection.features.map((route, at) => (
              // Names change as they are typed and may clash meanwhile: the place is the identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={at}>
                <button
                  type="button"
                  className="route-list-item"
                  aria-current={!adding && at === index ? 'true' : undefined}
                  onClick={() => select(at)}
                >
                  {route.properties.name || '(a stretch without a name)'}
                </button>
                <span className="route-muted">
                  {route.properties.kind} · {route.properties.certainty}
                  {route.properties.role === 'alternative' ? ' · alternative' : ''} ·{' '}
                  {formatLengthKm(listKm[at] ?? 0)}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={startAdding} disabled={adding !== null}>
            Add stretch
          </button>
        </div>

        <div className="route-map-column">
          <RouteMap
            colour={colour}
            lines={lines}
            target={line && !drawing ? { key, line } : null}
            drawing={drawing}
            ring={chosenPosition ?? null}
            bounds={bounds}
            onEdit={onEdit}
            onDrawn={(drawn) => {
              setAdding((route) => route && { ...route, line: drawn });
              setDrawing(false);
            }}
            onPickVertex={setVertex}
            onPickRoute={(at, inPart) => {
              if (!adding) select(at, inPart);
            }}
          />
          <p className="route-muted" id={`${ids}-help`}>
            {drawing
              ? 'Click on the map for each point of the new line; click its last point again, or press Enter, to finish. Escape starts again.'
              : 'Drag a vertex to move it. Click the small dot between two vertices to add one there. Right-click a vertex to delete it. Click a vertex to choose it; click another line to edit it.'}
          </p>
          {line && (adding || feature) && (
            <Measures lengthKm={lengthKm} geography={geography} pending={measured.pending} />
          )}

          {line && !drawing && (
            <fieldset className="route-fields">
              <legend>Vertex</legend>
              <Field label={`Chosen vertex (1–${line.length})`}>
                {(field) => (
                  <input
                    {...field}
                    type="number"
                    min={1}
                    max={line.length}
                    step={1}
                    value={chosen === null ? '' : chosen + 1}
                    onChange={(event) => {
                      const number = Number(event.target.value);
                      const valid =
                        Number.isInteger(number) && number >= 1 && number <= line.length;
                      setVertex(event.target.value !== '' && valid ? number - 1 : null);
                    }}
                  />
                )}
              </Field>
              {chosenPosition && chosen !== null && (
                <div className="route-coordinates">
                  {AXES.map((axis) => (
                    <CoordinateInput
                      key={`${key}:${chosen}:${axis.id}`}
                      label={axis.label}
                      value={chosenPosition[axis.index]}
                      min={axis.min}
                      max={axis.max}
                      onCommit={(value) => moveChosen(axis.index, value)}
                    />
                  ))}
                </div>
              )}
              <div className="route-actions">
                <button
                  type="button"
                  onClick={deleteVertex}
                  disabled={chosen === null || !canRemoveVertex(line, chosen)}
                >
                  Delete selected vertex
                </button>
                {feature && (
                  <button
                    type="button"
                    onClick={splitAtVertex}
                    disabled={splitError !== null}
                    aria-describedby={`${ids}-split`}
                  >
                    Split here
                  </button>
                )}
              </div>
              {feature && (
                <p className="route-muted" id={`${ids}-split`}>
                  {splitError ??
                    `Splits into “${splitNames(feature.properties.name)[0]}” and “${splitNames(feature.properties.name)[1]}” at vertex ${(chosen ?? 0) + 1}.`}
                </p>
              )}
            </fieldset>
          )}
        </div>

        <div className="route-details">
          {adding ? (
            <NewStretch
              route={adding}
              problems={addProblems}
              drawing={drawing}
              onChange={(change) => setAdding((route) => route && { ...route, ...change })}
              onRedraw={() => {
                setAdding((route) => route && { ...route, line: null });
                setVertex(null);
                setDrawing(true);
              }}
              onSave={saveNew}
              onCancel={() => {
                setAdding(null);
                setDrawing(false);
                setVertex(null);
              }}
            />
          ) : feature ? (
            <fieldset className="route-fields">
              <legend>{feature.properties.name || 'A stretch without a name'}</legend>
              <Field label="Name" error={nameError}>
                {(field) => (
                  <input
                    {...field}
                    type="text"
                    value={feature.properties.name}
                    onFocus={rememberFocus}
                    onBlur={renameDone}
                    onChange={(event) => setProperty({ name: event.target.value })}
                  />
                )}
              </Field>
              <PropertySelects
                kind={feature.properties.kind}
                certainty={feature.properties.certainty}
                role={feature.properties.role ?? 'main'}
                onKind={(kind) => setProperty({ kind })}
                onCertainty={(certainty) => setProperty({ certainty })}
                onRole={(role) =>
                  update<RouteCollectionInput>(file, (current) => {
                    const old = current.features[index];
                    if (!old) return current;
                    return replaceProperties(current, index, withRole(old.properties, role));
                  })
                }
              />
              <Field label="Source: where the line comes from">
                {(field) => (
                  <textarea
                    {...field}
                    rows={5}
                    value={feature.properties.source}
                    onFocus={rememberFocus}
                    onBlur={sourceDone}
                    onChange={(event) => setProperty({ source: event.target.value })}
                  />
                )}
              </Field>
              {parts.length > 1 && (
                <Field label="Line of this stretch">
                  {(field) => (
                    <select
                      {...field}
                      value={part}
                      onChange={(event) => select(index, Number(event.target.value))}
                    >
                      {parts.map((_, at) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: parts are known by place
                        <option key={at} value={at}>
                          Line {at + 1} of {parts.length}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
            </fieldset>
          ) : (
            <p className="route-note">This project has no stretches yet: add one.</p>
          )}
        </div>
      </div>
    </div>
  );
}

/** The length and the countries of the edited line, read out as they change. */
function Measures(props: {
  lengthKm: number | null;
  geography: RouteGeography | null;
  pending: boolean;
}) {
  const { lengthKm, geography, pending } = props;
  return (
    <dl className="route-measures" aria-live="polite" aria-atomic="true" aria-busy={pending}>
      <div>
        <dt>Length as drawn</dt>
        <dd data-testid="route-length">{lengthKm === null ? '—' : formatLengthKm(lengthKm)}</dd>
      </div>
      <div>
        <dt>From → to</dt>
        <dd data-testid="route-ends">
          {geography ? formatEnds(geography.from, geography.to) : 'measuring…'}
        </dd>
      </div>
      <div>
        <dt>Passes through</dt>
        <dd data-testid="route-passes">
          {geography ? formatPasses(geography.passes) : 'measuring…'}
        </dd>
      </div>
    </dl>
  );
}

/** A labelled drop-down of a route's property; "Choose…" while it has no value yet. */
function SelectField<T extends string>(props: {
  label: string;
  value: T | '';
  options: readonly T[];
  /** How an option reads; by default as the data writes it. */
  nameOf?: (option: T) => string;
  onChange: (value: T) => void;
}) {
  const { value, options, nameOf = (option: T) => option } = props;
  return (
    <Field label={props.label}>
      {(field) => (
        <select
          {...field}
          value={value}
          onChange={(event) => props.onChange(event.target.value as T)}
        >
          {value === '' && <option value="">Choose…</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {nameOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled form field, with its error (if any) tied to it. */
function Field(props: {
  label: string;
  error?: string | null;
  children: (field: {
    id: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}) {
  const id = useId();
  const { label, error, children } = props;
  return (
    <div className="route-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}),
      })}
      {error && (
        <p className="route-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function PropertySelects(props: {
  kind: RouteKind | '';
  certainty: Certainty | '';
  role: Role;
  onKind: (kind: RouteKind) => void;
  onCertainty: (certainty: Certainty) => void;
  onRole: (role: Role) => void;
}) {
  const { kind, certainty, role } = props;
  // A file's kind outside the drawn ones (a flow) stays shown, so it is not changed unseen.
  const kinds = kind === '' || DRAWN_KINDS.includes(kind) ? DRAWN_KINDS : [...DRAWN_KINDS, kind];
  return (
    <>
      <SelectField label="Kind" value={kind} options={kinds} onChange={props.onKind} />
      <SelectField
        label="Certainty"
        value={certainty}
        options={CERTAINTIES}
        onChange={props.onCertainty}
      />
      <SelectField
        label="Role"
        value={role}
        options={ROLES}
        nameOf={(option) =>
          option === 'main' ? 'main' : 'alternative (superseded or backup, drawn lighter)'
        }
        onChange={props.onRole}
      />
    </>
  );
}

function NewStretch(props: {
  route: NewRoute;
  problems: Partial<Record<keyof NewRoute, string>>;
  drawing: boolean;
  onChange: (change: Partial<NewRoute>) => void;
  onRedraw: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { route, problems, drawing, onChange } = props;
  const hintId = useId();
  const missing = Object.values(problems);
  // A clash is worth saying at once; an empty field only in the list of what is missing.
  const nameError = route.name.trim() === '' ? null : (problems.name ?? null);
  return (
    <fieldset className="route-fields">
      <legend>New stretch</legend>
      <Field label="Name" error={nameError}>
        {(field) => (
          <input
            {...field}
            type="text"
            required
            value={route.name}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      <PropertySelects
        kind={route.kind}
        certainty={route.certainty}
        role={route.role}
        onKind={(kind) => onChange({ kind })}
        onCertainty={(certainty) => onChange({ certainty })}
        onRole={(role) => onChange({ role })}
      />
      <Field label="Source: where the line comes from">
        {(field) => (
          <textarea
            {...field}
            rows={4}
            required
            value={route.source}
            onChange={(event) => onChange({ source: event.target.value })}
          />
        )}
      </Field>
      <p className="route-muted">
        {drawing
          ? 'Drawing the line on the map…'
          : route.line
            ? `Line drawn: ${route.line.length} points. Adjust its vertices on the map before saving.`
            : 'No line yet.'}
      </p>
      <div className="route-actions">
        <button type="button" onClick={props.onRedraw} disabled={drawing}>
          {route.line ? 'Redraw line' : 'Draw line'}
        </button>
        <button
          type="button"
          disabled={missing.length > 0}
          aria-describedby={hintId}
          onClick={props.onSave}
        >
          Save stretch
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      <p className="route-muted" id={hintId}>
        {missing.length > 0 ? `To save it: ${missing.join(' ')}` : 'Ready to save.'}
      </p>
      <p className="route-muted">
        Other languages need this stretch’s name too: the preview lists it as missing until it is
        translated.
      </p>
    </fieldset>
  );
}

/** A coordinate typed in, written when the field is left or Enter is pressed, if in range. */
function CoordinateInput(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}) {
  const { label, value, min, max, onCommit } = props;
  const id = useId();
  const [text, setText] = useState(String(value));
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(String(value));
  }, [value, editing]);
  const commit = () => {
    const number = Number(text);
    if (text.trim() !== '' && Number.isFinite(number) && number >= min && number <= max) {
      if (number !== value) onCommit(number);
    } else {
      setText(String(value));
    }
  };
  return (
    <div className="route-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={0.001}
        min={min}
        max={max}
        value={text}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setEditing(false);
          commit();
        }}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
