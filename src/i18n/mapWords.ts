/** The words the map itself draws, from a language's checked translation. */
import type { Translation } from '../content/schema.ts';

/** The words the map draws: labels in the reader's language. */
export interface MapWords {
  language: string;
  /** The name of a place at an approximate location, e.g. "{name} (approx.)". */
  approximatePlace: string;
  /** Credit for the basemap's sources, shown on the map. */
  credit: string;
}

/** The map's words from a language's checked translation. */
export function mapWords(translation: Translation): MapWords {
  return {
    language: translation.language,
    approximatePlace: translation.ui['place.approximate'] ?? '{name}',
    credit: translation.ui['map.credit'] ?? '',
  };
}
