/** Colours and line styles of the map; the legend draws its swatches from the same values. */
import type { Certainty, ProjectMeta, RouteKind } from '../content/schema.ts';
import { THEME_GROUND } from '../content/themeColours.ts';
import type { ThemeName } from '../content/themeNames.ts';

/** How one kind of route is drawn. Dash lengths are in line widths, as MapLibre counts them. */
export interface KindStyle {
  width: number;
  /** Pattern for traced geometry; null draws a solid line. */
  dash: readonly number[] | null;
  /**
   * Pattern for approximate geometry (drawn through the stations named, where no open reference
   * of the track exists): long dashes, set apart from both the solid traced line and the short
   * dashes of indicative geometry.
   */
  approximateDash: readonly number[] | null;
  /**
   * Pattern for indicative geometry: dashes on land and seabed, dots for sea lanes (which are
   * dotted whatever their certainty, as no lane is published). Never solid.
   */
  indicativeDash: readonly number[];
  cap: 'butt' | 'round';
  /** Pixels to shift the line sideways, so that routes sharing a sea lane stay apart. */
  offset: number;
}

export interface Theme {
  name: ThemeName;
  water: string;
  land: string;
  border: string;
  countryLabel: string;
  seaLabel: string;
  placeLabel: string;
  halo: string;
  placeDot: string;
  casing: string;
  railTies: string;
  /** The cards an exported image draws over the map (title, legend, credit), as the page's. */
  cards: { fill: string; ink: string; muted: string };
  kinds: Readonly<Record<RouteKind, KindStyle>>;
}

/** A line drawn solid where traced, with its own dashes where approximate or indicative. */
function solidLine(
  width: number,
  approximateDash: readonly number[],
  indicativeDash: readonly number[],
  cap: KindStyle['cap'],
): KindStyle {
  return { width, dash: null, approximateDash, indicativeDash, cap, offset: 0 };
}

/** A sea lane: dotted whatever its certainty, as no lane is published. */
function dottedLane(width: number, gap: number, offset = 0): KindStyle {
  const dots = [0.1, gap];
  return { width, dash: dots, approximateDash: dots, indicativeDash: dots, cap: 'round', offset };
}

/**
 * The light theme. Each project's colours are its own, in `data/projects.json` (see the schema's
 * `colours`); kinds also differ by pattern, so no reader depends on colour alone. Land and water
 * come from `src/content/themeColours.ts`, which the data check measures the projects' colours
 * against.
 */
export const lightTheme: Theme = {
  name: 'light',
  ...THEME_GROUND.light,
  border: '#a99aa9',
  countryLabel: '#6f645c',
  seaLabel: '#38607a',
  placeLabel: '#2b2b2b',
  halo: '#ffffff',
  placeDot: '#333333',
  casing: '#ffffff',
  railTies: '#ffffff',
  cards: { fill: 'rgba(255, 255, 255, 0.93)', ink: '#1f1f1f', muted: '#555555' },
  kinds: {
    rail: solidLine(3.5, [7, 2], [3, 1.5], 'butt'),
    ferry: dottedLane(3, 1.8),
    // Tankers share lanes with the ferries: shifted aside, so both stay visible.
    tanker: dottedLane(3.5, 2.6, 4),
    pipeline: solidLine(4.5, [6, 2], [3, 1.5], 'round'),
    cable: solidLine(2.5, [7, 2], [4, 2], 'butt'),
    // A flow's width and shift come from its volume (see `flows.ts`); this width draws its key.
    flow: { ...solidLine(4, [], [5, 1.5], 'butt'), approximateDash: null },
  },
};

/** The dark theme: the same line styles, dark land and water, light labels with dark halos. */
export const darkTheme: Theme = {
  ...lightTheme,
  name: 'dark',
  ...THEME_GROUND.dark,
  border: '#7d727e',
  countryLabel: '#b3aaa0',
  seaLabel: '#8fb3cc',
  placeLabel: '#eeeeee',
  halo: '#161616',
  placeDot: '#e6e6e6',
  casing: '#161616',
  railTies: '#2b2a27',
  cards: { fill: 'rgba(31, 31, 31, 0.93)', ink: '#eeeeee', muted: '#b8b2aa' },
};

/** The themes by name. */
export const THEMES: Readonly<Record<ThemeName, Theme>> = { light: lightTheme, dark: darkTheme };

/** What drawing a project reads from its entry in `data/projects.json`. */
export type ProjectLook = Pick<ProjectMeta, 'id' | 'colours' | 'indicativeDash'>;

/** The colour a project is drawn in, in a theme: its own, from `data/projects.json`. */
export function projectColor(theme: Theme, project: Pick<ProjectMeta, 'colours'>): string {
  return project.colours[theme.name];
}

/**
 * The dash pattern of a route, in line widths as MapLibre counts them: by its certainty (traced
 * solid or in its kind's own pattern, approximate in long dashes, indicative in short dashes or
 * dots, or in the project's own `indicativeDash`); null for a solid line. The map, its legend
 * and the poster all draw from this.
 */
export function dashFor(
  theme: Theme,
  kind: RouteKind,
  certainty: Certainty,
  project?: Pick<ProjectMeta, 'indicativeDash'>,
): readonly number[] | null {
  const style = theme.kinds[kind];
  if (certainty === 'indicative') return project?.indicativeDash ?? style.indicativeDash;
  return certainty === 'approximate' ? style.approximateDash : style.dash;
}
