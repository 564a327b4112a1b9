/** A labelled drop-down of a few codes, each shown by its name (the language and theme menus). */
export function Choice<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  nameOf: (value: T) => string;
  /** The language of a value's name, when it is not the page's. */
  langOf?: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.values.map((value) => (
          <option key={value} value={value} lang={props.langOf?.(value)}>
            {props.nameOf(value)}
          </option>
        ))}
      </select>
    </label>
  );
}
