/**
 * A labelled code to copy (a link, an embed snippet): read-only text and its copy button. A
 * single line (a link) is a field that selects itself when focused; longer codes are a text area.
 */
import { CopyButton } from './CopyButton.tsx';

export function CodeField(props: {
  id: string;
  label: string;
  copyLabel: string;
  text: string;
  /** Lines of a text area; a one-line field without. */
  rows?: number;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      {props.rows === undefined ? (
        <input
          id={props.id}
          readOnly
          value={props.text}
          onFocus={(event) => event.target.select()}
        />
      ) : (
        <textarea id={props.id} readOnly rows={props.rows} value={props.text} />
      )}
      <CopyButton text={props.text} label={props.copyLabel} target={props.id} />
    </>
  );
}
