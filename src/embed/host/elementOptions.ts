/**
 * What a `<trans-caspian-map>` element's attributes ask for, as the embed's options. Pure:
 * anything unknown or malformed falls back to the default, as the embed's own query does.
 */
import { isDay } from '../../content/dates.ts';
import { isLanguage } from '../../content/languages.ts';
import { MAP_HEIGHT, THEMES, type ThemeChoice } from '../../state/embedParams.ts';
import { clampMapHeight, type EmbedOptions } from '../snippet.ts';

/** The element's name. */
export const MAP_ELEMENT = 'trans-caspian-map';

/** The attributes it reads; a change to any of them reaches the map. */
export const MAP_ELEMENT_ATTRIBUTES = [
  'src',
  'project',
  'lang',
  'theme',
  'date',
  'map-only',
  'height',
  'label',
  'story',
] as const;
export type MapElementAttribute = (typeof MAP_ELEMENT_ATTRIBUTES)[number];

/** The options from the attributes, reading each through `get` (null for an absent one). */
export function elementOptions(
  get: (name: MapElementAttribute) => string | null,
  pageLanguage: string,
): EmbedOptions {
  const lang = get('lang') ?? pageLanguage.slice(0, 2);
  const theme = get('theme');
  const date = get('date');
  const project = get('project');
  const height = Number(get('height') ?? MAP_HEIGHT.default);
  return {
    project: project && /^[\w-]{1,64}$/.test(project) ? project : null,
    date: date && isDay(date) ? date : null,
    lang: isLanguage(lang) ? lang : 'en',
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as ThemeChoice) : 'auto',
    // A map that sticks while the story scrolls has no panel to grow into.
    mapOnly: (get('map-only') !== null && get('map-only') !== 'false') || get('story') !== null,
    height: clampMapHeight(height),
  };
}

/**
 * The map's address, from the `src` attribute (the map's folder), else from the address of the
 * script that defined the element; null when neither is an http(s) address.
 */
export function mapBase(
  src: string | null,
  scriptUrl: string | null,
  pageUrl: string,
): string | null {
  for (const candidate of [src, scriptUrl && new URL('./', scriptUrl).href]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        url.search = '';
        url.hash = '';
        return url.href;
      }
    } catch {
      // not an address: try the next
    }
  }
  return null;
}
