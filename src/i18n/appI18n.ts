/** The app's own content in one language: made once per language, for the page and its pictures. */
import content from '../content/content.ts';
import type { Language } from '../content/languages.ts';
import { createI18n, type I18n } from './createI18n.ts';

const cache = new Map<Language, I18n>();

/** Everything language-dependent for one language of the app's content, made once. */
export function appI18n(language: Language): I18n {
  const cached = cache.get(language);
  if (cached) return cached;
  const i18n = createI18n(content, language);
  cache.set(language, i18n);
  return i18n;
}
