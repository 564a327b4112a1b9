/** The reader's language and theme, kept in the page's query string (`?lang=`, `?theme=`). */
import { THEMES } from '../embed/embedParams';
import { LANGUAGES } from '../i18n/languages';
import { i18nFor, useI18n } from '../i18n/useI18n';
import { replaceQueryParam } from '../state/query';
import { useAppStore } from '../state/store';
import { Choice } from './Choice';

/** Each language as it names itself, in its own language. */
export const languageMenu = {
  values: LANGUAGES,
  nameOf: (code: (typeof LANGUAGES)[number]) => i18nFor(code).languageOwnName,
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
