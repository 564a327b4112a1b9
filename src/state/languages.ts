/** The languages readers can ask for (the map is in English until translations land). */
export const LANGUAGES = ['en', 'ru', 'az', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a text names one of the languages. */
export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}
