/** Names the style's `text-font` uses; `fonts.ts` maps them to files. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/** Weights of Noto Sans the map uses. */
export type Weight = 400 | 600;
