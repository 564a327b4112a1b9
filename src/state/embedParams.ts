/** How the page was asked to run, from its query string: full page or embedded, and options. */
import { isLanguage, type Language } from '../content/languages.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export interface EmbedParams {
  /** Running inside another page's iframe (`?embed=1`). */
  embedded: boolean;
  /** Only the map: no legend and no panel (`?mapOnly=1`). */
  mapOnly: boolean;
  /** Origins allowed to drive the map (`?origins=https://a.example.org,https://b.example.org`). */
  origins: string[];
  lang: Language | null;
  theme: ThemeChoice | null;
  /** Height of the map in CSS pixels (`?height=480`), within 240–1200. */
  mapHeight: number;
}

export const MAP_HEIGHT = { min: 240, max: 1200, default: 480 } as const;

function origin(text: string): string | null {
  try {
    const url = new URL(text);
    return ['http:', 'https:'].includes(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads the query string; anything unknown or malformed is ignored. */
export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const flag = (name: string) => ['1', 'true'].includes(params.get(name) ?? '');
  const theme = params.get('theme');
  const height = Number(params.get('height'));
  const mapHeight =
    Number.isInteger(height) && height >= MAP_HEIGHT.min && height <= MAP_HEIGHT.max
      ? height
      : MAP_HEIGHT.default;
  return {
    embedded: flag('embed'),
    mapOnly: flag('mapOnly'),
    origins: (params.get('origins') ?? '')
      .split(',')
      .map((text) => origin(text.trim()))
      .filter((value): value is string => value !== null),
    lang: isLanguage(params.get('lang') ?? '') ? (params.get('lang') as Language) : null,
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as ThemeChoice) : null,
    mapHeight,
  };
}
