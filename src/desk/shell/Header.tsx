/** The desk's header: which folder it edits and in what state, Save, Undo last save, Discard. */
import { useState } from 'react';
import { useChangeCount, useDeskStore } from '../store.ts';

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';

export function Header() {
  const folder = useDeskStore((state) => state.folder);
  const readAt = useDeskStore((state) => state.readAt);
  const busy = useDeskStore((state) => state.busy);
  const undoSteps = useDeskStore((state) => state.undo.length);
  const draftKept = useDeskStore((state) => state.draftKept);
  const ready = useDeskStore((state) => state.phase === 'ready');
  const save = useDeskStore((state) => state.save);
  const undo = useDeskStore((state) => state.undoLastSave);
  const discard = useDeskStore((state) => state.discardChanges);
  const count = useChangeCount();
  const problems = useDeskStore((state) => state.preview.errors.length);
  const [confirming, setConfirming] = useState(false);
  const files = count === 1 ? '1 file' : `${count} files`;
  return (
    <header className="desk-header">
      <h1>The desk</h1>
      <p className="folder" role="status">
        <span>
          Editing <code>{folder}</code>
          {readAt ? `, read at ${time(readAt)}` : ''}.
        </span>{' '}
        <span>
          {count === 0
            ? 'Everything is saved.'
            : `${files} with unsaved changes${draftKept ? ', kept in this browser until saved' : ''}.`}
        </span>
        {problems > 0 ? (
          <>
            {' '}
            <a href="#check-title" className="check-link">
              The check finds {problems === 1 ? '1 problem' : `${problems} problems`}.
            </a>
          </>
        ) : null}
        {draftKept ? null : (
          <strong> This browser refused to keep a copy of unsaved work: save soon.</strong>
        )}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={!ready || busy !== null || count === 0}
          aria-describedby="save-count"
        >
          Save
          <span className="count" aria-hidden="true">
            {count}
          </span>
        </button>
        <span id="save-count" className="visually-hidden">
          {count === 0 ? 'nothing to save' : `${files} changed`}
        </span>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!ready || busy !== null || undoSteps === 0}
        >
          Undo last save
        </button>
        {confirming && count > 0 ? (
          <fieldset className="confirm">
            <legend>Drop the unsaved changes to {files}?</legend>
            <button
              type="button"
              className="danger"
              onClick={() => {
                discard();
                setConfirming(false);
              }}
            >
              Drop them
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            disabled={!ready || busy !== null || count === 0}
          >
            Discard unsaved changes
          </button>
        )}
      </div>
      {busy ? (
        <p className="busy" role="status">
          {busy === 'saving' ? 'Saving…' : busy === 'undoing' ? 'Undoing…' : 'Reading the files…'}
        </p>
      ) : null}
    </header>
  );
}
