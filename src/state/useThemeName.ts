/** The theme shown: the reader's choice, or the system's preference when the choice is "auto". */
import type { ThemeChoice } from '../embed/embedParams';
import { useMediaQuery } from '../features/useMediaQuery';
import type { ThemeName } from '../map/theme';
import { useAppStore } from './store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme for a choice and the system's preference. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ThemeName {
  if (choice === 'auto') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** Whether the system asks for dark pages now. */
export const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme to show now; follows a change of the system's preference. */
export function useThemeName(): ThemeName {
  const choice = useAppStore((state) => state.themeChoice);
  return resolveTheme(choice, useMediaQuery(DARK_QUERY));
}
