/** Tells the page which language and theme it is in: `<html lang>`, and `data-theme` for the CSS. */
import type { ThemeName } from '../content/themeNames.ts';
import type { ThemeChoice } from './embedParams.ts';

export function applyDocumentSettings(language: string, theme: ThemeName): void {
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
}

/** The theme for a choice and the system's preference. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ThemeName {
  if (choice === 'auto') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}
