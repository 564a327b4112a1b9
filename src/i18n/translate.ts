/** The interface's words in the reader's language, from the checked `data/i18n/` files. */
import type english from '../../data/i18n/en.json';
import type { Translation } from '../content/schema';

/** A key of the interface's words, as `data/i18n/en.json` declares them. */
export type UiKey = keyof (typeof english)['ui'];

/** Values for a template's placeholders. */
export type Values = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A template cut at its placeholders, for markup: "As named by {source}" with a link for
 * `source` gives ["As named by ", link].
 */
export function fillParts<T>(
  template: string,
  values: Readonly<Record<string, T>>,
): (string | T)[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? (values[name] as T) : part;
    });
}

/** Looks up and fills the interface's words. */
export type Translate = (key: UiKey, values?: Values) => string;

/** The translate function of a language; the data check makes sure every key is there. */
export function translator(translation: Translation): Translate {
  return (key, values) => fill(translation.ui[key] ?? key, values);
}
