/**
 * The ground every project is drawn on, in each theme: the map's land and water. They live here,
 * below the map, because the data check measures each project's colours against them (see
 * `contrast.ts`); `src/map/theme.ts` builds its themes from them.
 */
import type { ThemeName } from './themeNames.ts';

/** A colour as `projects.json` and the themes write it: `#rrggbb`. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The land and water of one theme's map. */
export interface ThemeGround {
  land: string;
  water: string;
}

/** Each theme's land and water. */
export const THEME_GROUND: Readonly<Record<ThemeName, ThemeGround>> = {
  light: { land: '#f4f1ea', water: '#c9dfec' },
  dark: { land: '#2b2a27', water: '#14222e' },
};
