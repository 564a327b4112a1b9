/**
 * How a legend swatch draws a line: the map's own colour, width and pattern, converted to
 * pixels. The page's SVG legend and the exported image's canvas legend both draw from this.
 */
import type { Certainty, Project, RouteKind, Status } from '../content/schema.ts';
import { HOLLOW_WIDTH, STATUS_STYLE } from './expressions.ts';
import { flowWidth } from './flows.ts';
import { CASING_EXTRA, RAIL_TIES } from './layers/projects.ts';
import { dashFor, type ProjectLook, projectColor, type Theme } from './theme.ts';

/** A swatch line, in pixels. */
export interface SwatchStyle {
  color: string;
  width: number;
  casingWidth: number;
  casing: string;
  /** Dash and gap lengths in pixels; empty for a solid line. */
  dash: number[];
  cap: 'butt' | 'round';
  /** Rail's white ties over the line, or null. */
  ties: { color: string; width: number; dash: number[] } | null;
  /** The line's opacity: fainter for a project further from being built. */
  opacity: number;
  /** The middle of a hollow line (a project not yet in service), or null. */
  hollow: { color: string; width: number; dash: number[] } | null;
}

const MAX_WIDTH = 4;

function pixels(dash: readonly number[] | null | undefined, lineWidth: number): number[] {
  return dash ? dash.map((length) => Math.max(length * lineWidth, 0.01)) : [];
}

/**
 * The swatch of one kind and certainty of route, in a colour, for a project of a status. A flow
 * is as wide as on the map (`flowPixels`), so that the legend shows the volumes' ratio too.
 */
export function swatchStyle(
  theme: Theme,
  kind: RouteKind,
  certainty: Certainty,
  color: string,
  project?: Pick<ProjectLook, 'indicativeDash'>,
  status: Status = 'operating',
  flowPixels?: number,
): SwatchStyle {
  const style = theme.kinds[kind];
  const width = flowPixels ?? Math.min(style.width, MAX_WIDTH);
  const dash = dashFor(theme, kind, certainty, project);
  return {
    color,
    width,
    casingWidth: flowPixels === undefined ? width + CASING_EXTRA : 0,
    casing: theme.casing,
    dash: pixels(dash, width),
    cap: style.cap,
    opacity: STATUS_STYLE[status].opacity,
    hollow: STATUS_STYLE[status].hollow
      ? { color: theme.casing, width: width * HOLLOW_WIDTH, dash: pixels(dash, width) }
      : null,
    ties:
      kind === 'rail'
        ? {
            color: theme.railTies,
            width: RAIL_TIES.width,
            dash: pixels(RAIL_TIES.dash, RAIL_TIES.width),
          }
        : null,
  };
}

/**
 * A project's swatch: its most certain route (the pipeline rather than the tanker lane, the
 * railway rather than the schematic leg), in the project's colour, as faint as its status. Not
 * hollow: the middle of so thin a line would hide its colour, which is what the swatch is for;
 * the status key shows the hollow line, and the entry names the status.
 */
export function projectSwatch(
  theme: Theme,
  project: Project,
  status: Status = 'operating',
): SwatchStyle | null {
  const route =
    project.routes.find((candidate) => candidate.properties.certainty !== 'indicative') ??
    project.routes[0];
  if (!route) return null;
  const { kind, certainty, tonnesPerYear } = route.properties;
  const color = projectColor(theme, project);
  const flowPixels = tonnesPerYear === undefined ? undefined : flowWidth(tonnesPerYear);
  const style = swatchStyle(theme, kind, certainty, color, project, status, flowPixels);
  return { ...style, hollow: null };
}
