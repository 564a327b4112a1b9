/** The reader's language and theme, kept in the page's query string (`?lang=`, `?theme=`). */

import { LANGUAGES } from '../content/languages.ts';
import { appI18n } from '../i18n/appI18n.ts';
import { THEMES } from '../state/embedParams.ts';
import { replaceQueryParam } from '../state/query.ts';
import { useAppStore } from '../state/store.ts';
import { Choice } from '../ui/Choice.tsx';
import { useI18n } from '../ui/useI18n.ts';

/** Each language as it names itself, in its own language. */
export const languageMenu = {
  values: LANGUAGES,
  nameOf: (code: (typeof LANGUAGES)[number]) => appI18n(code).languageOwnName,
  langOf: (code: string) => code,
};

export function Settings() {
  const { t, language } = useI18n();
  const themeChoice = useAppStore((state) => state.themeChoice);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const setThemeChoice = useAppStore((state) => state.setThemeChoice);
  return (
    <div className="settings">
      <Choice
        label={t('settings.language')}
        value={language}
        {...languageMenu}
        onChange={(next) => {
          setLanguage(next);
          replaceQueryParam('lang', next);
        }}
      />
      <Choice
        label={t('settings.theme')}
        value={themeChoice}
        values={THEMES}
        nameOf={(choice) => t(`theme.${choice}`)}
        onChange={(next) => {
          setThemeChoice(next);
          replaceQueryParam('theme', next === 'auto' ? null : next);
        }}
      />
    </div>
  );
}
