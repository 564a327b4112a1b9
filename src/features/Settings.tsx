/** The reader's language and theme, kept in the page's query string (`?lang=`, `?theme=`). */
import content from '../content/content';
import { THEMES, type ThemeChoice } from '../embed/embedParams';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { useI18n } from '../i18n/useI18n';
import { replaceQueryParam } from '../state/query';
import { useAppStore } from '../state/store';

export function Settings() {
  const { t, language } = useI18n();
  const themeChoice = useAppStore((state) => state.themeChoice);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const setThemeChoice = useAppStore((state) => state.setThemeChoice);
  return (
    <div className="settings">
      <label>
        <span>{t('settings.language')}</span>
        <select
          value={language}
          onChange={(event) => {
            const next = event.target.value;
            if (!isLanguage(next)) return;
            setLanguage(next);
            replaceQueryParam('lang', next);
          }}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {content.translations[code].languageName}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('settings.theme')}</span>
        <select
          value={themeChoice}
          onChange={(event) => {
            const next = event.target.value as ThemeChoice;
            setThemeChoice(next);
            replaceQueryParam('theme', next === 'auto' ? null : next);
          }}
        >
          {THEMES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`theme.${choice}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
