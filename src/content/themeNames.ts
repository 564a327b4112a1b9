/** The themes the map and the page come in; a project's colours are given for each. */
export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];
