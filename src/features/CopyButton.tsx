/** Copies a text and says so; falls back to selecting it where the clipboard is not allowed. */
import { useEffect, useState } from 'react';

export function CopyButton({
  text,
  label,
  target,
}: {
  text: string;
  label: string;
  target?: string;
}) {
  const [status, setStatus] = useState('');
  // A new text has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is for a change of text
  useEffect(() => setStatus(''), [text]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      const field = target ? document.getElementById(target) : null;
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.select();
      setStatus('Selected: press Ctrl+C (⌘C) to copy');
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
