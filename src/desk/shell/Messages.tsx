/**
 * What the last save, undo or reload said, and the notice of a draft put back from the browser:
 * a refused save lists every problem and writes nothing; a conflict names the files changed on
 * disk and offers to read them again.
 */
import type { ReactNode } from 'react';
import { type Outcome as OutcomeValue, useDeskStore } from '../store.ts';

const time = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

const list = (files: readonly string[]) => files.map((file) => `data/${file}`).join(', ');

/** A message with its actions; problems are announced at once, the rest politely. */
function Message({
  tone,
  children,
  actions,
}: {
  tone: 'success' | 'notice' | 'problems';
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className={`message ${tone}`} role={tone === 'problems' ? 'alert' : 'status'}>
      <div className="message-text">{children}</div>
      <div className="message-actions">{actions}</div>
    </div>
  );
}

export function Messages() {
  const outcome = useDeskStore((state) => state.outcome);
  const restored = useDeskStore((state) => state.restored);
  const dismissRestored = useDeskStore((state) => state.dismissRestored);
  const discard = useDeskStore((state) => state.discardChanges);
  return (
    <div className="messages">
      {restored ? (
        <Message
          tone="notice"
          actions={
            <>
              <button type="button" onClick={discard}>
                Discard
              </button>
              <button type="button" onClick={dismissRestored}>
                Keep them
              </button>
            </>
          }
        >
          <p>
            Unsaved changes restored from {time(restored.savedAt)}.
            {restored.changedOnDisk.length > 0
              ? ` Since then ${list(restored.changedOnDisk)} changed on disk: saving will report a conflict.`
              : ''}
          </p>
        </Message>
      ) : null}
      {outcome ? <Outcome outcome={outcome} /> : null}
    </div>
  );
}

function Outcome({ outcome }: { outcome: OutcomeValue }) {
  const dismiss = useDeskStore((state) => state.dismissOutcome);
  const reload = useDeskStore((state) => state.reloadFromDisk);
  const busy = useDeskStore((state) => state.busy);
  const close = (
    <button type="button" onClick={dismiss}>
      Dismiss message
    </button>
  );
  switch (outcome.kind) {
    case 'saved':
      return (
        <Message tone="success" actions={close}>
          <p>
            Saved {list(outcome.files)} at {clock(outcome.at)}.
          </p>
        </Message>
      );
    case 'undone':
      return (
        <Message tone="success" actions={close}>
          <p>
            Undone: {list(outcome.files)} are back as they were before the last save.
            {outcome.kept.length > 0
              ? ` The desk cannot delete files: ${list(outcome.kept)}, which that save created, stays.`
              : ''}
          </p>
        </Message>
      );
    case 'reloaded':
      return (
        <Message tone="success" actions={close}>
          <p>Read every file again from disk; the unsaved changes were dropped.</p>
        </Message>
      );
    case 'invalid':
      return (
        <Message tone="problems" actions={close}>
          <p>
            {outcome.action === 'save' ? 'Not saved' : 'Not undone'}: the content would fail the
            check, so nothing was written. Fix{' '}
            {outcome.errors.length === 1
              ? 'this problem'
              : `these ${outcome.errors.length} problems`}
            :
          </p>
          <ul>
            {outcome.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </Message>
      );
    case 'conflict':
      return (
        <Message
          tone="problems"
          actions={
            <>
              <button type="button" onClick={() => void reload()} disabled={busy !== null}>
                Reload from disk
              </button>
              {close}
            </>
          }
        >
          <p>
            Not saved: {list(outcome.files)} changed on disk since the desk read it (another editor,
            or a git pull). Nothing was overwritten.
          </p>
          <p>
            Reload from disk to edit the files as they are now. Your unsaved changes are then
            dropped: copy anything you want to keep from the form first.
          </p>
        </Message>
      );
    case 'refused':
      return (
        <Message tone="problems" actions={close}>
          <p>Not saved: {outcome.reason}.</p>
        </Message>
      );
    case 'blocked':
      return (
        <Message tone="notice" actions={close}>
          <p>{outcome.reason}</p>
        </Message>
      );
    case 'failed':
      return (
        <Message tone="problems" actions={close}>
          <p>
            The desk’s server did not answer ({outcome.reason}). Is npm run desk still running? Your
            unsaved changes are kept in this browser.
          </p>
        </Message>
      );
  }
}
