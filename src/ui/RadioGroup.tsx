/** A fieldset of radio buttons, one per value, each shown by its name (the export's format, scale). */
export function RadioGroup<T extends string | number>(props: {
  legend: string;
  /** The radios' shared name. */
  name: string;
  value: T;
  values: readonly T[];
  nameOf: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          {props.nameOf(option)}
        </label>
      ))}
    </fieldset>
  );
}
