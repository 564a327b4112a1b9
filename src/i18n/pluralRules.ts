/**
 * Plural rules for the interface's messages (`translate.ts`): the engine's `Intl.PluralRules`
 * where it knows all the map's languages, else the FormatJS polyfill with their CLDR rules (some
 * browsers ship without Azerbaijani or Kazakh). The forced polyfill replaces `Intl.PluralRules` for
 * every locale, so it loads the rules of all four languages. Node, which builds the share pages,
 * has full ICU and never needs it.
 */
import { LANGUAGES, type Language } from '../content/languages.ts';

/** The polyfill's rules of each language, loaded only when needed (a `Record`, so none is forgotten). */
const RULES: Record<Language, () => Promise<unknown>> = {
  en: () => import('@formatjs/intl-pluralrules/locale-data/en.js'),
  ru: () => import('@formatjs/intl-pluralrules/locale-data/ru.js'),
  az: () => import('@formatjs/intl-pluralrules/locale-data/az.js'),
  kk: () => import('@formatjs/intl-pluralrules/locale-data/kk.js'),
};

/** Whether the engine's plural rules know every language of the map. */
export function enginePluralRulesSuffice(): boolean {
  return (
    typeof Intl.PluralRules === 'function' &&
    LANGUAGES.every((language) => Intl.PluralRules.supportedLocalesOf([language]).length > 0)
  );
}

/**
 * Makes sure `Intl.PluralRules` knows every language of the map: the app's entry awaits it before
 * the first render. (Not `shouldPolyfill`, which misdetects in this version of the package.)
 */
export async function loadPluralRules(): Promise<void> {
  if (enginePluralRulesSuffice()) return;
  await import('@formatjs/intl-pluralrules/polyfill-force.js');
  await Promise.all(LANGUAGES.map((language) => RULES[language]()));
}
