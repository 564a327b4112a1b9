/** The static pictures of the map that `npm run poster` draws, for browsers without WebGL. */
import type { Language } from '../content/languages.ts';
import type { ThemeName } from '../content/themeNames.ts';

/** A poster's file name, in `poster/` beside the app. */
export const posterFile = (theme: ThemeName, language: Language) =>
  `poster-${theme}-${language}.svg`;
