/** Everything language-dependent for one language, from content given as a value (Node or browser). */

import { isLanguage, type Language } from '../content/languages.ts';
import type { Content } from '../content/schema.ts';
import { formatDate, formatKm, formatList, formatsOf } from './format.ts';
import { localizeContent, placeNameIn } from './localize.ts';
import { type MapWords, mapWords } from './mapWords.ts';
import { type Translate, translator, type UiKey } from './translate.ts';

export interface I18n {
  language: Language;
  t: Translate;
  content: Content;
  /** This language's name for itself, e.g. "Қазақша": how the language menus list it. */
  languageOwnName: string;
  /** A language's name in the reader's language, e.g. "английский" for `en` read in Russian. */
  languageName: (code: string) => string;
  formatDate: (isoDate: string) => string;
  formatKm: (km: number) => string;
  /** "a, b and c" in the reader's language. */
  formatList: (items: readonly string[]) => string;
  /** A place or sea, by its English name in the data, in the reader's language. */
  placeName: (english: string) => string;
  /** A country, by its Natural Earth name, as the reader's language names it (CLDR). */
  countryName: (naturalEarthName: string) => string;
  /** The labels the map draws. */
  words: MapWords;
  /** MapLibre's own texts (zoom buttons, gesture hints), by MapLibre's keys. */
  controlTexts: Record<string, string>;
  /** Reads every message of the language ahead of need, so the first panel opens without it. */
  prepareWords: () => void;
}

function controlTextsOf(t: Translate): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.attribution'),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.gesturesWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('map.gesturesMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.gesturesTouch'),
  };
}

/** Everything language-dependent for one language of `content` (the checked, untranslated content). */
export function createI18n(content: Content, language: Language): I18n {
  const translation = content.translations[language];
  const t = translator(translation);
  const formats = formatsOf(t);
  const i18n: I18n = {
    language,
    t,
    content: localizeContent(content, language),
    languageOwnName: translation.languageName,
    languageName: (code) => (isLanguage(code) ? t(`language.${code}`) : code),
    formatDate: (isoDate) => formatDate(isoDate, formats),
    formatKm: (km) => formatKm(km, formats),
    formatList: (items) => formatList(items, t('format.and')),
    placeName: (english) => placeNameIn(translation, english),
    countryName: (name) => content.countryNames[name]?.[language] ?? name,
    words: mapWords(translation),
    controlTexts: controlTextsOf(t),
    prepareWords: () => {
      for (const key of Object.keys(translation.ui)) t(key as UiKey);
    },
  };
  return i18n;
}
