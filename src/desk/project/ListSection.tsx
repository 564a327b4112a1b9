/**
 * A project's milestones (oldest first) or facts (in the panel's order): each with its missing
 * and possibly stale translations flagged, Edit and Remove; Add; and the form of the one being
 * edited below the list.
 */
import { useRef, useState } from 'react';
import type { FactInput, MilestoneInput, ProjectMetaInput } from '../../content/schema.ts';
import { translationFile } from '../../content/translations.ts';
import { displayOrder } from '../days.ts';
import type { DraftValues } from '../draft.ts';
import {
  addFact,
  addMilestone,
  baselineAt,
  entryAt,
  freshBaseline,
  isStale,
  itemPath,
  type ListName,
  markNotConfirmed,
  needsResolving,
  OTHER_LANGUAGES,
  PROJECTS_FILE,
  removeItem,
  TRANSLATED_FIELDS,
} from '../edits.ts';
import { LANGUAGE_LABELS, WORDS } from '../form/words.ts';
import { useDeskStore } from '../store.ts';
import { type AnyBaseline, ItemEditor } from './ItemEditor.tsx';

interface Editing {
  index: number;
  baseline: AnyBaseline;
  fresh: boolean;
  /** Counts the forms opened: a new form for each, the same one while its item moves. */
  opened: number;
}

/** The files an edit of a project's list touches. */
const LIST_FILES = [PROJECTS_FILE, ...OTHER_LANGUAGES.map(translationFile)];

/** What a removal took out, so that it can be put back while nothing else has changed. */
interface Removal {
  label: string;
  before: DraftValues;
  after: DraftValues;
}

const pick = (values: DraftValues) =>
  Object.fromEntries(LIST_FILES.map((path) => [path, values[path]]));

function summary(list: ListName, item: MilestoneInput | FactInput): string {
  if (list === 'milestones') {
    const milestone = item as MilestoneInput;
    return `${milestone.date || '(no date)'}: ${milestone.event || '(no event)'}`;
  }
  const fact = item as FactInput;
  return `${fact.label || '(no label)'}: ${fact.value || '(no value)'}`;
}

function Flags({
  values,
  projectId,
  list,
  index,
}: {
  values: DraftValues;
  projectId: string;
  list: ListName;
  index: number;
}) {
  const entry = entryAt(values, projectId, list, index);
  if (!entry) return null;
  const flags: string[] = [];
  for (const language of OTHER_LANGUAGES) {
    const texts = entry.texts[language] as Record<string, string>;
    const missing = TRANSLATED_FIELDS[list].some((field) => (texts[field] ?? '').trim() === '');
    const stale = TRANSLATED_FIELDS[list].some((field) =>
      isStale(values, language, itemPath(projectId, list, index, field)),
    );
    if (missing) flags.push(`${LANGUAGE_LABELS[language]}: missing (the map shows the English)`);
    else if (stale) flags.push(`${LANGUAGE_LABELS[language]}: possibly stale`);
  }
  if (flags.length === 0) return null;
  return (
    <ul className="flags">
      {flags.map((flag) => (
        <li key={flag}>{flag}</li>
      ))}
    </ul>
  );
}

export function ListSection({ project, list }: { project: ProjectMetaInput; list: ListName }) {
  const values = useDeskStore((state) => state.session?.values);
  const edit = useDeskStore((state) => state.edit);
  const [editing, setEditing] = useState<Editing | null>(null);
  const opened = useRef(0);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  if (!values) return null;
  const projectId = project.id;
  const checked = project.checked;
  const items: readonly (MilestoneInput | FactInput)[] =
    list === 'milestones' ? project.milestones : project.facts;
  const order = list === 'milestones' ? displayOrder(project.milestones) : items.map((_, i) => i);
  const noun = list === 'milestones' ? 'milestone' : 'fact';
  const title = list === 'milestones' ? 'Milestones' : 'Facts';

  const open = (index: number) => {
    const baseline = baselineAt(values, projectId, list, index);
    if (baseline) setEditing({ index, baseline, fresh: false, opened: ++opened.current });
  };

  const add = () => {
    let index = 0;
    const addTo = (append: (current: DraftValues) => { index: number; values: DraftValues }) =>
      edit((current) => {
        const added = append(current);
        index = added.index;
        return added.values;
      });
    let baseline: AnyBaseline;
    if (list === 'milestones') {
      const fresh = freshBaseline('milestones', { date: '', event: '', sources: [] });
      baseline = fresh;
      addTo((current) => addMilestone(current, projectId, fresh));
    } else {
      const fresh = freshBaseline('facts', { label: '', value: '', sources: [] });
      baseline = fresh;
      addTo((current) => addFact(current, projectId, fresh));
    }
    setRemoval(null);
    setEditing({ index, baseline, fresh: true, opened: ++opened.current });
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    const before = pick(values);
    let after: DraftValues = {};
    edit((current) => {
      const next = removeItem(current, projectId, list, index);
      after = pick(next);
      return next;
    });
    setEditing(null);
    setRemoval({ label: summary(list, item), before, after });
    heading.current?.focus();
  };

  // Putting back is safe only while the files are as the removal left them.
  const canPutBack =
    removal !== null && LIST_FILES.every((path) => values[path] === removal.after[path]);

  return (
    <section className="list-section" aria-labelledby={`${list}-title`}>
      <h3 id={`${list}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {list === 'milestones' ? (
        <p className="help">
          Oldest first, as the map's timeline shows them. A milestone may set the project's status
          from its date on, or be expected (announced for the future).
        </p>
      ) : (
        <p className="help">Figures shown in the project's panel, each with its sources.</p>
      )}
      {removal && canPutBack ? (
        <p className="message notice" role="status">
          Removed the {noun} “{removal.label}”.{' '}
          <button
            type="button"
            onClick={() => {
              edit((current) => ({ ...current, ...removal.before }));
              setRemoval(null);
            }}
          >
            Put it back
          </button>
        </p>
      ) : null}
      {items.length === 0 ? <p>No {noun}s yet.</p> : null}
      <ol className="items">
        {order.map((index) => {
          const item = items[index];
          if (!item) return null;
          const milestone = list === 'milestones' ? (item as MilestoneInput) : null;
          const current = editing?.index === index;
          return (
            <li key={index} className={current ? 'current' : undefined}>
              <div className="item-summary">
                {milestone ? (
                  <span className="when">
                    {milestone.date || '(no date)'}
                    {milestone.expected ? ' · expected' : ''}
                    {milestone.expected && milestone.notConfirmedAsOf
                      ? `, not confirmed as of ${milestone.notConfirmedAsOf}`
                      : ''}
                    {milestone.status
                      ? ` · ${WORDS.status?.options?.[milestone.status]?.split(' (')[0] ?? milestone.status}`
                      : ''}
                  </span>
                ) : null}
                <span className="what">
                  {milestone
                    ? milestone.event || '(no event)'
                    : `${(item as FactInput).label || '(no label)'}: ${(item as FactInput).value || '(no value)'}`}
                </span>
                <span className="sources">
                  {item.sources.length === 1 ? '1 source' : `${item.sources.length} sources`}
                </span>
                <Flags values={values} projectId={projectId} list={list} index={index} />
                {milestone && needsResolving(milestone, checked) ? (
                  <p className="resolve" role="note">
                    Its date had passed when the facts were checked ({checked}). If a source says it
                    happened or slipped, edit it; if nothing was found,{' '}
                    <button
                      type="button"
                      onClick={() =>
                        edit((current) => markNotConfirmed(current, projectId, [index]))
                      }
                    >
                      Not confirmed as of {checked}
                    </button>
                  </p>
                ) : null}
              </div>
              <div className="item-actions">
                <button
                  type="button"
                  aria-expanded={current}
                  onClick={() => (current ? setEditing(null) : open(index))}
                >
                  {current ? 'Close' : 'Edit'}
                  <span className="visually-hidden">
                    {' '}
                    {noun}: {summary(list, item)}
                  </span>
                </button>
                <button type="button" onClick={() => remove(index)}>
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    {noun}: {summary(list, item)}
                  </span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add}>
        Add {noun}
      </button>
      {editing ? (
        <ItemEditor
          key={editing.opened}
          projectId={projectId}
          list={list}
          index={editing.index}
          baseline={editing.baseline}
          fresh={editing.fresh}
          onIndexChange={(index) =>
            setEditing((current) => (current ? { ...current, index } : current))
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
