/**
 * The interface's words (`ui` in `data/i18n/`) are ICU MessageFormat messages, as
 * `intl-messageformat` reads them: `{name}` arguments, and plurals such as
 * `{count, plural, one {# line} other {# lines}}` chosen by the language's plural rules. This module
 * reads their structure and checks them: every message parses, and a translation takes the same
 * arguments as the English (a plural in one language may be a plain argument in another). Pure, like
 * the rest of the data check.
 *
 * ICU syntax to mind: an ASCII apostrophe just before `{`, `}`, `<` or `>` starts quoted text, and
 * `''` is one apostrophe; typographic quotes (’ “ ”) are plain text.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Language, SOURCE_LANGUAGE } from './languages.ts';
import type { Translation } from './schema.ts';
import { listed, translationFile } from './translations.ts';

/** How every message is read: `<` is text, never a rich-text tag. */
export const MESSAGE_OPTIONS = { ignoreTag: true } as const;

/** A parsed message's parts: text, arguments, plurals, selects. */
export type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The literal-text element type of the parser (`TYPE.literal`). */
const LITERAL = 0;
/** A plain `{name}` argument (`TYPE.argument`): its value is put in as given. */
const ARGUMENT = 1;

/** How a message uses an argument: put in as given, or read to choose or format (plural, select, number, date). */
export type ArgumentUse = 'plain' | 'chooses';

/** Every argument of a message, at any depth, with how it is used ("chooses" wins over "plain"). */
export function argumentsOf(elements: readonly MessageElement[]): Map<string, ArgumentUse> {
  const found = new Map<string, ArgumentUse>();
  const visit = (list: readonly MessageElement[]) => {
    for (const element of list) {
      if (element.type === LITERAL || !('value' in element)) continue;
      const use: ArgumentUse = element.type === ARGUMENT ? 'plain' : 'chooses';
      if (found.get(element.value) !== 'chooses') found.set(element.value, use);
      if ('options' in element) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if ('children' in element) visit(element.children);
    }
  };
  visit(elements);
  return found;
}

/** A message parsed, or why it does not parse. */
type Parsed = { elements: MessageElement[] } | { error: string };

const parsedCache = new Map<string, Parsed>();

/** "EXPECT_ARGUMENT_CLOSING_BRACE" as "expect argument closing brace". */
const readable = (kind: string) => kind.toLowerCase().replaceAll('_', ' ');

/** A message parsed as the app parses it; the same text gives the same (cached) answer. */
function parse(message: string, language: string): Parsed {
  const key = `${language}\u0000${message}`;
  const cached = parsedCache.get(key);
  if (cached) return cached;
  let parsed: Parsed;
  try {
    const format = new IntlMessageFormat(message, language, undefined, MESSAGE_OPTIONS);
    parsed = { elements: format.getAst() };
  } catch (error) {
    const { message: kind, location } = error as Error & {
      location?: { start: { offset: number } };
    };
    const at = location ? `, at character ${location.start.offset + 1}` : '';
    parsed = { error: `not a valid ICU message: ${readable(kind)}${at}` };
  }
  parsedCache.set(key, parsed);
  return parsed;
}

/** The plural categories a language's rules choose among, where the engine knows the language. */
function categoriesOf(language: string, type: Intl.PluralRuleType): readonly string[] | undefined {
  if (Intl.PluralRules.supportedLocalesOf([language]).length === 0) return undefined;
  return new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories;
}

/** Plural branches the language never chooses, such as `few` in English: a sign of a mistake. */
function unusedCategories(elements: readonly MessageElement[], language: string): string[] {
  const problems: string[] = [];
  const visit = (list: readonly MessageElement[]) => {
    for (const element of list) {
      if ('pluralType' in element) {
        const categories = categoriesOf(language, element.pluralType ?? 'cardinal');
        for (const selector of Object.keys(element.options)) {
          if (categories && !selector.startsWith('=') && !categories.includes(selector)) {
            problems.push(
              `plural "${element.value}": "${selector}" is never chosen in this language (its categories: ${categories.join(', ')})`,
            );
          }
        }
      }
      if ('options' in element) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(elements);
  return problems;
}

/**
 * What is wrong with one language's interface messages, each error naming the file and the key:
 * a message that is not valid ICU MessageFormat, a plural branch the language never chooses, and
 * arguments other than the English message's. `english` is English's `ui` (undefined if English
 * itself is missing); a key English lacks is checked for its syntax only (the translation check
 * reports it as unknown), and so is every message where the English one does not parse (its
 * error is reported once, in English).
 */
export function messageErrors(
  english: Readonly<Record<string, string>> | undefined,
  ui: Readonly<Record<string, string>>,
  language: Language,
): string[] {
  const errors: string[] = [];
  const where = `data/${translationFile(language)}: ui`;
  for (const [key, message] of Object.entries(ui)) {
    const parsed = parse(message, language);
    if ('error' in parsed) {
      errors.push(`${where}."${key}": ${parsed.error}`);
      continue;
    }
    for (const problem of unusedCategories(parsed.elements, language)) {
      errors.push(`${where}."${key}": ${problem}`);
    }
    const source = english && Object.hasOwn(english, key) ? english[key] : undefined;
    if (source === undefined || language === SOURCE_LANGUAGE) continue;
    const original = parse(source, SOURCE_LANGUAGE);
    if ('error' in original) continue;
    const want = [...argumentsOf(original.elements).keys()].sort();
    const got = [...argumentsOf(parsed.elements).keys()].sort();
    if (want.join() !== got.join()) {
      errors.push(
        `${where}."${key}": arguments differ from English (English: ${listed(want)}; here: ${listed(got)})`,
      );
    }
  }
  return errors;
}

/** Every error of the interface messages of the translations that parsed, by language. */
export function checkMessages(translations: ReadonlyMap<Language, Translation>): string[] {
  const english = translations.get(SOURCE_LANGUAGE)?.ui;
  return [...translations].flatMap(([language, translation]) =>
    messageErrors(english, translation.ui, language),
  );
}
