/** The theme shown: the reader's choice, or the system's preference when the choice is "auto". */

import type { ThemeName } from '../content/themeNames.ts';
import { resolveTheme } from '../state/documentSettings.ts';
import { useAppStore } from '../state/store.ts';
import { useMediaQuery } from './useMediaQuery.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the system asks for dark pages now. */
export const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme to show now; follows a change of the system's preference. */
export function useThemeName(): ThemeName {
  const choice = useAppStore((state) => state.themeChoice);
  return resolveTheme(choice, useMediaQuery(DARK_QUERY));
}
