/** The reader's language as the components use it: words, formats and the translated content. */
import content from '../content/content';
import { useAppStore } from '../state/store';
import { type I18n, i18nOf } from './i18nOf';
import type { Language } from './languages';

export type { I18n } from './i18nOf';

const cache = new Map<Language, I18n>();

/** Everything language-dependent for one language, made once. */
export function i18nFor(language: Language): I18n {
  const cached = cache.get(language);
  if (cached) return cached;
  const i18n = i18nOf(content, language);
  cache.set(language, i18n);
  return i18n;
}

/** The reader's current language. */
export function useI18n(): I18n {
  return i18nFor(useAppStore((state) => state.language));
}
