/**
 * The interface's words in the reader's language, from the checked `data/i18n/` files. Each is an
 * ICU MessageFormat message (see `content/messages.ts`), formatted by `intl-messageformat` with
 * the language's plural rules (`Intl.PluralRules`, polyfilled where the engine lacks a language:
 * see `pluralRules.ts`).
 *
 * An argument without a value never throws: it stays as written, as `{name}` did before plurals
 * (the data check makes sure every message parses and takes English's arguments). Callers rely
 * on that to fill a message in two steps: `t('panel.sources', { count })` resolves the plural and
 * leaves `{sources}`, which `fillParts` then fills with markup.
 */

import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import type english from '../../data/i18n/en.json';
import { type ArgumentUse, argumentsOf, MESSAGE_OPTIONS } from '../content/messages.ts';
import type { Translation } from '../content/schema.ts';

/** A key of the interface's words, as `data/i18n/en.json` declares them. */
export type UiKey = keyof (typeof english)['ui'];

/** Values for a template's placeholders. */
export type Values = Readonly<Record<string, string | number>>;

/** Made once for the same arguments (formatters are costly to build). */
function once<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    const cached = made.get(key);
    if (cached !== undefined) return cached;
    const result = make(...args);
    made.set(key, result);
    return result;
  };
}

/** A plural's `#` as a plain integer in Latin digits, as `{count}` always was. */
const plainNumber = { format: (value: number | bigint) => String(value) } as Intl.NumberFormat;

/**
 * The formatters of every message. A plural's `#` is written in Latin digits without grouping,
 * whatever the engine knows of the language (Chromium lacks Azerbaijani and Kazakh number data and
 * would fall back to the browser's locale, digits included); plural rules are built when a message
 * first needs them, after `pluralRules.ts` has loaded any polyfill.
 */
const formatters: Formatters = {
  getNumberFormat: once((locales, options) =>
    options === undefined
      ? plainNumber
      : new Intl.NumberFormat(locales, {
          ...(options as Intl.NumberFormatOptions),
          numberingSystem: 'latn',
        }),
  ),
  getDateTimeFormat: once((...args) => new Intl.DateTimeFormat(...args)),
  getPluralRules: once((...args) => new Intl.PluralRules(...args)),
};

/** A parsed message, with what its arguments are. */
interface Message {
  text: string;
  format: IntlMessageFormat;
  arguments: ReadonlyMap<string, ArgumentUse>;
}

/** A message parsed for a language, or null if it does not parse (the data check refuses it). */
function parseMessage(text: string, locale: string): Message | null {
  try {
    const format = new IntlMessageFormat(text, locale, undefined, {
      ...MESSAGE_OPTIONS,
      formatters,
    });
    return { text, format, arguments: argumentsOf(format.getAst()) };
  } catch {
    return null;
  }
}

/** An argument without a value, kept as written. */
class AsWritten {
  constructor(readonly text: string) {}
}

/** A value that must come back as it is, as its own part (markup, an expression, null). */
class Given<T> {
  constructor(readonly value: T) {}
}

/**
 * A message formatted into parts: text, and the values that are objects (`Given`, `AsWritten`).
 * An argument without a value stays as written: a plain one as `{name}`; one that a plural or
 * select would read leaves the whole message as written, unformatted.
 */
function partsOf(message: Message, values: Readonly<Record<string, unknown>>): unknown[] {
  const missing = [...message.arguments].filter(([name]) => !(name in values));
  if (missing.some(([, use]) => use === 'chooses')) return [new AsWritten(message.text)];
  const complete: Record<string, unknown> = { ...values };
  for (const [name] of missing) complete[name] = new AsWritten(`{${name}}`);
  return message.format.formatToParts<unknown>(complete).map((part) => part.value);
}

/**
 * Text as an ICU message that formats back to it: what a message left partly filled gives, so
 * that `fillParts` can read it again. Plain text, as every message is today, stays as it is.
 */
const asMessage = (text: string) =>
  text.replace(/'(?=[{}<>#|']|$)/g, "''").replace(/[{}]+/g, (braces) => `'${braces}'`);

/** Looks up and fills the interface's words. */
export type Translate = (key: UiKey, values?: Values) => string;

/** The translate function of a language; the data check makes sure every key is there. */
export function translator(translation: Translation): Translate {
  const messages = new Map<string, Message | null>();
  return (key, values = {}) => {
    const text = translation.ui[key] ?? key;
    let message = messages.get(key);
    if (message === undefined) {
      message = parseMessage(text, translation.language);
      messages.set(key, message);
    }
    // Not valid ICU (only a file the data check refused): the words as written.
    if (!message) return text;
    const parts = partsOf(message, values);
    const partial = parts.some((part) => part instanceof AsWritten);
    return parts
      .map((part) =>
        part instanceof AsWritten ? part.text : partial ? asMessage(String(part)) : String(part),
      )
      .join('');
  };
}

/** Templates read by `fillParts`, by locale and text: few, and each read often. */
const templates = new Map<string, Message | null>();

/**
 * A template cut at its placeholders, for markup: "As named by {source}" with a link for
 * `source` gives ["As named by ", link]. Values that are objects (React elements, expressions,
 * null) come back as they are, each as a part; numbers choose plurals, in `locale`'s rules (the
 * templates come from `t`, which has resolved their plurals already). A placeholder without a
 * value stays as written.
 */
export function fillParts<T>(
  template: string,
  values: Readonly<Record<string, T>>,
  locale = 'en',
): (string | T)[] {
  const key = `${locale}\u0000${template}`;
  let message = templates.get(key);
  if (message === undefined) {
    // Bounded, should a caller ever pass templates without end.
    if (templates.size >= 500) templates.clear();
    message = parseMessage(template, locale);
    templates.set(key, message);
  }
  // Not valid ICU (only a file the data check refused): the words as written.
  if (!message) return [template];
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    wrapped[name] = typeof value === 'number' ? value : new Given(value);
  }
  return partsOf(message, wrapped)
    .map((part) => {
      if (part instanceof Given) return part.value as T;
      if (part instanceof AsWritten) return part.text;
      return String(part);
    })
    .filter((part) => part !== '');
}
