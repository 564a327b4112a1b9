/** The reader's language as the components use it: words, formats and the translated content. */
import { appI18n } from '../i18n/appI18n.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { useAppStore } from '../state/store.ts';

/** The reader's current language. */
export function useI18n(): I18n {
  return appI18n(useAppStore((state) => state.language));
}
