/** Copies a text and says so; falls back to selecting it where the clipboard is not allowed. */
import { useEffect, useState } from 'react';
import { useI18n } from './useI18n.ts';

export function CopyButton({
  text,
  label,
  target,
}: {
  text: string;
  label: string;
  target?: string;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  // A new text has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is for a change of text
  useEffect(() => setStatus(''), [text]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copy.done'));
    } catch {
      const field = target ? document.getElementById(target) : null;
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.select();
      setStatus(t('copy.select'));
    }
  };
  return (
    <span className="copy">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status">{status}</span>
    </span>
  );
}
