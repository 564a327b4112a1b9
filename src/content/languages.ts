/** The languages the map speaks, and how the reader's language is chosen. */
export const LANGUAGES = ['en', 'ru', 'az', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language of the content files themselves; the others are translations of it. */
export const SOURCE_LANGUAGE: Language = 'en';

/** Whether a text names one of the languages. */
export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}

/**
 * The language to show: the one asked for (URL, host page) if the map speaks it, else the first of
 * the browser's preferred languages that it speaks (by primary subtag: `ru-KZ` is Russian), else
 * English.
 */
export function chooseLanguage(
  asked: string | null | undefined,
  preferred: readonly string[],
): Language {
  if (asked && isLanguage(asked)) return asked;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return SOURCE_LANGUAGE;
}
