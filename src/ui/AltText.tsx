/** A picture's description, offered to paste as its alt text, with a button to copy it. */
import { useId } from 'react';
import { CopyButton } from './CopyButton.tsx';

export function AltText(props: { label: string; copyLabel: string; text: string }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} className="alt-text" readOnly rows={5} value={props.text} />
      <CopyButton text={props.text} label={props.copyLabel} target={id} />
    </>
  );
}
