/**
 * Whether a project's colours stand out from the map: WCAG 2.2's contrast ratio (relative
 * luminance of sRGB), at least 3:1 against both the land and the water of each theme, as success
 * criterion 1.4.11 (non-text contrast) asks of graphics. Pure.
 */
import { HEX_COLOUR, THEME_GROUND } from './themeColours.ts';
import { THEME_NAMES, type ThemeName } from './themeNames.ts';

/** The least contrast a project's line may have against land or water (WCAG 1.4.11). */
export const MIN_GRAPHIC_CONTRAST = 3;

/** One channel (0–255) of an sRGB colour, linearised. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG's relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => linear(Number.parseInt(hex.slice(at, at + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG's contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** Truncated, not rounded, so that a ratio just under the threshold never reads as meeting it. */
const ratioText = (ratio: number) => `${Math.floor(ratio * 100) / 100}:1`;

/**
 * Whether a colour must get darker, rather than lighter, to reach the threshold against every
 * ground: the way that can reach it (black can against light ground, white against dark), and
 * where both can, the way away from the grounds.
 */
function darker(colour: string, grounds: readonly string[]): boolean {
  const luminances = grounds.map(relativeLuminance);
  const reaches = (ratio: (ground: number) => number) =>
    luminances.every((ground) => ratio(ground) >= MIN_GRAPHIC_CONTRAST);
  const byDarkening = reaches((ground) => (ground + 0.05) / 0.05);
  const byLightening = reaches((ground) => 1.05 / (ground + 0.05));
  if (byDarkening !== byLightening) return byDarkening;
  return relativeLuminance(colour) < Math.min(...luminances);
}

/**
 * Each colour of a project (by theme, as `projects.json` gives them) that stands out from its
 * theme's land or water at less than `MIN_GRAPHIC_CONTRAST`, as `colours.<theme>: …` problems in
 * the data check's words; empty when every colour does. Colours that are not `#rrggbb` are the
 * schema's to report, and skipped here.
 */
export function colourContrastProblems(colours: Readonly<Record<ThemeName, string>>): string[] {
  return THEME_NAMES.flatMap((theme) => {
    const colour = colours[theme];
    if (!HEX_COLOUR.test(colour)) return [];
    const ground = THEME_GROUND[theme];
    const low = (['land', 'water'] as const)
      .map((surface) => ({ surface, ratio: contrastRatio(colour, ground[surface]) }))
      .filter(({ ratio }) => ratio < MIN_GRAPHIC_CONTRAST);
    if (low.length === 0) return [];
    const against = low
      .map(
        ({ surface, ratio }) => `${ratioText(ratio)} against the ${surface} (${ground[surface]})`,
      )
      .join(' and ');
    const way = darker(colour, [ground.land, ground.water]) ? 'darker' : 'lighter';
    return [
      `colours.${theme}: ${colour} has a contrast of only ${against} of the ${theme} map; a line needs at least ${MIN_GRAPHIC_CONTRAST}:1 against both land and water (WCAG 1.4.11): pick a ${way} colour`,
    ];
  });
}
