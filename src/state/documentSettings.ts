/** Tells the page which language and theme it is in: `<html lang>`, and `data-theme` for the CSS. */
import type { ThemeName } from '../map/theme';

export function applyDocumentSettings(language: string, theme: ThemeName): void {
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
}
