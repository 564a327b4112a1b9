/**
 * The desk's translations: every text of the map in English and in each translated language side
 * by side, editable in place, with what is missing, possibly stale or wrong flagged as the data
 * check would flag it.
 */
import {
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { translationFile } from '../../content/translations.ts';
import type { DeskViewProps, DraftValues } from '../draft.ts';
import {
  countsOf,
  type Fallback,
  found,
  type GroupNote,
  keyOrder,
  passes,
  reviewed,
  type TextFilter,
  type TextGroup,
  TRANSLATED_LANGUAGES,
  type TranslatableText,
  type TranslatedLanguage,
  type TranslationCell,
  translatableTexts,
  writeTranslation,
} from './texts.ts';
import './translations.css';

/** Each language's own name, where its file gives none. */
const LANGUAGE_NAMES: Record<TranslatedLanguage, string> = {
  ru: 'Русский',
  az: 'Azərbaycanca',
  kk: 'Қазақша',
};

const FILTERS: readonly { filter: TextFilter; label: string }[] = [
  { filter: 'all', label: 'All' },
  { filter: 'missing', label: 'Missing' },
  { filter: 'stale', label: 'Possibly stale' },
  { filter: 'problems', label: 'Problems' },
];

type Names = Record<TranslatedLanguage, string>;

function languageNames(values: DraftValues): Names {
  const nameIn = (language: TranslatedLanguage) => {
    const file = values[translationFile(language)];
    const name =
      typeof file === 'object' && file !== null && 'languageName' in file
        ? file.languageName
        : undefined;
    return typeof name === 'string' && name.trim() ? name : LANGUAGE_NAMES[language];
  };
  return { ru: nameIn('ru'), az: nameIn('az'), kk: nameIn('kk') };
}

/** Writes to the draft, and what the view says it did. */
interface Actions {
  commit: (language: TranslatedLanguage, path: string, text: string) => void;
  review: (language: TranslatedLanguage, path: string) => void;
}

/** Everything a group needs a reader to look at: missing, stale, wrong or a note. */
function needsAttention(group: TextGroup): boolean {
  const counts = countsOf(group.texts, group.notes.length);
  return counts.missing + counts.stale + counts.problems > 0;
}

/** The translations view of the desk. */
export function TranslationsView({ values, update }: DeskViewProps) {
  const groups = useMemo(() => translatableTexts(values), [values]);
  // The same object while the names stay the same, so that rows need not draw again.
  const namesKey = JSON.stringify(languageNames(values));
  const names = useMemo(() => JSON.parse(namesKey) as Names, [namesKey]);
  const [filter, setFilter] = useState<TextFilter>('all');
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  /** Texts edited since the filter or search last changed: they stay in view once fixed. */
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  /** Groups the editor opened or closed; the others follow `openAtFirst`. */
  const [toggled, setToggled] = useState<Readonly<Record<string, boolean>>>({});
  /** Whether each group was open when first shown: only those that need attention. */
  const openAtFirst = useRef(new Map<string, boolean>());
  const [said, setSaid] = useState('');

  for (const group of groups) {
    if (!openAtFirst.current.has(group.id)) {
      openAtFirst.current.set(group.id, needsAttention(group));
    }
  }

  const pin = useCallback((path: string) => {
    setPinned((paths) => (paths.has(path) ? paths : new Set(paths).add(path)));
  }, []);
  // The rows' actions read the latest texts through a ref: new actions on every edit would draw
  // every row again.
  const latestGroups = useRef(groups);
  latestGroups.current = groups;
  const actions = useMemo<Actions>(
    () => ({
      commit(language, path, text) {
        const order = keyOrder(latestGroups.current, path);
        update<unknown>(translationFile(language), (file) =>
          writeTranslation(file, path, text, order),
        );
        pin(path);
        setSaid(`${names[language]}: ${path} changed in the draft.`);
      },
      review(language, path) {
        update<unknown>(translationFile(language), (file) => reviewed(file, path));
        pin(path);
        setSaid(`${names[language]}: ${path} marked as still correct.`);
      },
    }),
    [update, pin, names],
  );

  const all = groups.flatMap((group) => group.texts);
  const counts = countsOf(
    all,
    groups.reduce((sum, group) => sum + group.notes.length, 0),
  );
  const narrowed = filter !== 'all' || query.trim() !== '';
  const shown = groups.map((group) => ({
    group,
    texts: group.texts.filter(
      (text) => (passes(text, filter) && found(text, query)) || pinned.has(text.path),
    ),
    notes: filter === 'all' || filter === 'problems' ? group.notes : [],
  }));
  const visible = shown.filter(
    ({ texts, notes }) => !narrowed || texts.length > 0 || notes.length > 0,
  );
  const rows = visible.reduce((sum, { texts }) => sum + texts.length, 0);

  const narrow = (next: () => void) => {
    setPinned(new Set());
    setSaid('');
    next();
  };
  const setAll = (open: boolean) =>
    setToggled(Object.fromEntries(groups.map((group) => [group.id, open])));

  return (
    <section className="tr" aria-labelledby="tr-title">
      <header className="tr-top">
        <h2 id="tr-title">Translations</h2>
        <p className="tr-summary">
          {counts.texts} texts in {TRANSLATED_LANGUAGES.length} languages:{' '}
          <strong>{counts.missing} missing</strong>, <strong>{counts.stale} possibly stale</strong>,{' '}
          <strong>{counts.problems} with problems</strong>. Each translation counts once: a text
          missing in three languages counts three.
        </p>
        <div className="tr-tools">
          <fieldset className="tr-filters">
            <legend className="tr-hidden">Show</legend>
            {FILTERS.map((item) => (
              <button
                key={item.filter}
                type="button"
                aria-pressed={filter === item.filter}
                onClick={() => narrow(() => setFilter(item.filter))}
              >
                {item.label}{' '}
                <span className="tr-count">
                  {item.filter === 'all' ? counts.texts : counts[item.filter]}
                </span>
              </button>
            ))}
          </fieldset>
          <label className="tr-search">
            Search{' '}
            <input
              type="search"
              value={search}
              placeholder="A word in any language, or a path"
              onChange={(event) => {
                const next = event.target.value;
                narrow(() => setSearch(next));
              }}
            />
          </label>
          <span className="tr-fold">
            <button type="button" onClick={() => setAll(true)}>
              Open all groups
            </button>
            <button type="button" onClick={() => setAll(false)}>
              Close all groups
            </button>
          </span>
        </div>
        <p className="tr-status" role="status">
          {narrowed ? `${rows} of ${counts.texts} texts shown. ` : ''}
          {said}
        </p>
      </header>
      <table className="tr-table">
        <colgroup>
          <col className="tr-col-where" />
          <col className="tr-col-text" />
          {TRANSLATED_LANGUAGES.map((language) => (
            <col key={language} className="tr-col-text" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col" lang="en">
              English
            </th>
            {TRANSLATED_LANGUAGES.map((language) => (
              <th key={language} scope="col" lang={language}>
                {names[language]}
              </th>
            ))}
          </tr>
        </thead>
        {visible.map(({ group, texts, notes }) => (
          <Group
            key={group.id}
            group={group}
            texts={texts}
            notes={notes}
            open={
              toggled[group.id] ??
              (narrowed ||
                openAtFirst.current.get(group.id) === true ||
                group.texts.some((text) => pinned.has(text.path)))
            }
            onToggle={(open) => setToggled((state) => ({ ...state, [group.id]: open }))}
            names={names}
            actions={actions}
          />
        ))}
      </table>
      {visible.length === 0 && <p className="tr-none">No text matches.</p>}
    </section>
  );
}

interface GroupProps {
  group: TextGroup;
  texts: readonly TranslatableText[];
  notes: readonly GroupNote[];
  open: boolean;
  onToggle: (open: boolean) => void;
  names: Names;
  actions: Actions;
}

function Group({ group, texts, notes, open, onToggle, names, actions }: GroupProps) {
  const counts = countsOf(group.texts, group.notes.length);
  const flags = [
    counts.missing && `${counts.missing} missing`,
    counts.stale && `${counts.stale} possibly stale`,
    counts.problems && `${counts.problems} with problems`,
  ].filter(Boolean);
  return (
    <tbody className="tr-group">
      <tr>
        <th scope="rowgroup" colSpan={2 + TRANSLATED_LANGUAGES.length} className="tr-group-head">
          <button type="button" aria-expanded={open} onClick={() => onToggle(!open)}>
            <span className="tr-caret" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>{' '}
            {group.title}
          </button>{' '}
          <span className="tr-group-counts">
            {group.texts.length === 1 ? '1 text' : `${group.texts.length} texts`}
            {flags.length ? `: ${flags.join(', ')}` : ', all translated'}
          </span>
        </th>
      </tr>
      {open && notes.length > 0 && (
        <tr>
          <td colSpan={2 + TRANSLATED_LANGUAGES.length}>
            <ul className="tr-notes">
              {notes.map((note) => (
                <li key={`${note.language} ${note.message}`}>
                  <span className="tr-badge tr-badge-problem">Problem</span> {names[note.language]}:{' '}
                  {note.message}{' '}
                  {note.path !== undefined && (
                    <button
                      type="button"
                      aria-label={`Remove ${names[note.language]}: ${note.path}`}
                      onClick={() => actions.commit(note.language, note.path ?? '', '')}
                    >
                      Remove
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
      {open &&
        texts.map((text) => <Row key={text.path} text={text} names={names} actions={actions} />)}
    </tbody>
  );
}

interface RowProps {
  text: TranslatableText;
  names: Names;
  actions: Actions;
}

const sameCell = (a: TranslationCell, b: TranslationCell) =>
  a.text === b.text && a.stale === b.stale && a.problems.join('\n') === b.problems.join('\n');

/** A row draws again only when what it shows changed (the texts are listed anew on each edit). */
const Row = memo(
  function Row({ text, names, actions }: RowProps) {
    return (
      <tr className="tr-row">
        <th scope="row" className="tr-where">
          {text.where}
          <code>{breakable(text.path)}</code>
        </th>
        <td lang="en" className="tr-english">
          {text.english}
        </td>
        {TRANSLATED_LANGUAGES.map((language) => (
          <Cell
            key={language}
            language={language}
            name={names[language]}
            path={text.path}
            cell={text.translations[language]}
            fallback={text.fallback}
            actions={actions}
          />
        ))}
      </tr>
    );
  },
  (before, after) =>
    before.actions === after.actions &&
    before.names === after.names &&
    before.text.path === after.text.path &&
    before.text.where === after.text.where &&
    before.text.english === after.text.english &&
    TRANSLATED_LANGUAGES.every((language) =>
      sameCell(before.text.translations[language], after.text.translations[language]),
    ),
);

/** A path with places to break a line after its dots, so that no name breaks mid-word. */
function breakable(path: string) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const part of path.split(/(?<=\.)/)) {
    if (at > 0) parts.push(<wbr key={at} />);
    parts.push(part);
    at += part.length;
  }
  return parts;
}

function readersSee(fallback: Fallback): string {
  switch (fallback.as) {
    case 'english':
      return 'Readers see: ';
    case 'marked':
      return 'Readers see, marked as English: ';
    case 'key':
      return 'Readers see the key: ';
  }
}

interface CellProps {
  language: TranslatedLanguage;
  name: string;
  path: string;
  cell: TranslationCell;
  fallback: Fallback;
  actions: Actions;
}

/** One translation: its status, the text to edit in place, and what the check says about it. */
function Cell({ language, name, path, cell, fallback, actions }: CellProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  /** What the editor is typing, from focus to blur; null when not editing. */
  const [draft, setDraft] = useState<string | null>(null);
  const saved = cell.text ?? '';
  const stale = cell.text !== null && cell.stale;
  const commit = (text: string) => {
    if (text !== saved) actions.commit(language, path, text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      // Enter writes the translation (Shift+Enter starts a new line).
      event.preventDefault();
      commit(draft ?? saved);
    } else if (event.key === 'Escape' && draft !== null && draft !== saved) {
      event.preventDefault();
      setDraft(saved);
    }
  };
  const described = [
    cell.text === null && `${id}-missing`,
    stale && `${id}-stale`,
    cell.problems.length > 0 && `${id}-problems`,
  ].filter(Boolean);
  const state =
    cell.text === null ? 'missing' : stale ? 'stale' : cell.problems.length ? 'problem' : 'ok';
  return (
    <td lang={language} className={`tr-cell tr-cell-${state}`}>
      {cell.text === null && (
        <p id={`${id}-missing`} lang="en" className="tr-flag tr-fallback">
          <span className="tr-badge tr-badge-missing">Missing</span> {readersSee(fallback)}
          <span>{fallback.text}</span>
        </p>
      )}
      {stale && (
        <p lang="en" className="tr-flag">
          <span id={`${id}-stale`}>
            <span className="tr-badge tr-badge-stale">Possibly stale</span> English changed since
            this was translated.
          </span>{' '}
          <button
            type="button"
            aria-label={`Still correct: ${name}: ${path}`}
            onClick={() => {
              actions.review(language, path);
              // The button goes once reviewed; the translation keeps the focus.
              field.current?.focus();
            }}
          >
            Still correct
          </button>
        </p>
      )}
      <textarea
        ref={field}
        aria-label={`${name}: ${path}`}
        aria-describedby={described.length ? described.join(' ') : undefined}
        aria-invalid={cell.problems.length > 0 || undefined}
        value={draft ?? saved}
        rows={1}
        onFocus={() => setDraft(saved)}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft !== null) commit(draft);
          setDraft(null);
        }}
      />
      {cell.problems.length > 0 && (
        <ul id={`${id}-problems`} lang="en" className="tr-problems">
          {cell.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </td>
  );
}
