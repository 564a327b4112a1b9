/**
 * Flows follow routes by name (`flow.legs` in `projects.json`): a route renamed or split takes
 * the legs that follow it along, so that the flows keep the same line. Pure: the same file back
 * when no leg follows the route.
 */
import type { ProjectMetaInput, ProjectsFileInput } from '../../content/schema.ts';

export type FlowLegInput = NonNullable<ProjectMetaInput['flow']>['legs'][number];

/** A route split at a vertex of one of its lines, as the legs that follow it need to know. */
export interface RouteSplit {
  project: string;
  route: string;
  /** The line split (from 0); the first half ends with it, the second starts with its rest. */
  part: number;
  /** How many lines the route had. */
  parts: number;
  /** The names of the two halves. */
  names: [string, string];
  /** The split line's length up to the vertex, in km as the flows measure it (`lineKm`). */
  splitKm: number;
}

/** Kilometres as a leg writes them: to the metre, which is finer than any line here. */
const km = (value: number) => Math.round(value * 1000) / 1000;

const follows = (leg: FlowLegInput, project: string, route: string) =>
  leg.project === project && leg.route === route;

/** A leg moved onto another route's line, from `fromKm` to `toKm` along it (undefined: its ends). */
function legOn(
  leg: FlowLegInput,
  route: string,
  part: number | undefined,
  fromKm: number | undefined,
  toKm: number | undefined,
): FlowLegInput {
  const { part: _part, fromKm: _from, toKm: _to, ...rest } = leg;
  return {
    ...rest,
    route,
    ...(part === undefined ? {} : { part }),
    ...(fromKm === undefined || km(fromKm) <= 0 ? {} : { fromKm: km(fromKm) }),
    ...(toKm === undefined ? {} : { toKm: km(toKm) }),
  };
}

/** The legs that take the place of one leg when the route it follows is split. */
export function splitLeg(leg: FlowLegInput, split: RouteSplit): FlowLegInput[] {
  if (!follows(leg, split.project, split.route)) return [leg];
  const [firstName, secondName] = split.names;
  // A half with one line is a LineString, whose legs name no part.
  const firstPart = (part: number) => (split.part > 0 ? part : undefined);
  const secondPart = (part: number) => (split.parts - split.part > 1 ? part : undefined);
  const part = leg.part ?? 0;
  if (part < split.part) return [legOn(leg, firstName, firstPart(part), leg.fromKm, leg.toKm)];
  if (part > split.part) {
    return [legOn(leg, secondName, secondPart(part - split.part), leg.fromKm, leg.toKm)];
  }
  const at = split.splitKm;
  const from = leg.fromKm ?? 0;
  const to = leg.toKm;
  if (to !== undefined && to <= at) {
    return [legOn(leg, firstName, firstPart(split.part), leg.fromKm, to)];
  }
  if (from >= at) {
    return [
      legOn(leg, secondName, secondPart(0), from - at, to === undefined ? undefined : to - at),
    ];
  }
  const first = legOn(leg, firstName, firstPart(split.part), leg.fromKm, undefined);
  const second = legOn(
    leg,
    secondName,
    secondPart(0),
    undefined,
    to === undefined ? undefined : to - at,
  );
  // Legs are listed in the order travelled: against the drawn direction, the second half first.
  return leg.reverse ? [second, first] : [first, second];
}

function withLegs(
  file: ProjectsFileInput,
  change: (leg: FlowLegInput) => FlowLegInput[],
  project: string,
  route: string,
): ProjectsFileInput {
  const touched = file.projects.some((meta) =>
    meta.flow?.legs.some((leg) => follows(leg, project, route)),
  );
  if (!touched) return file;
  return {
    ...file,
    projects: file.projects.map((meta) =>
      meta.flow?.legs.some((leg) => follows(leg, project, route))
        ? { ...meta, flow: { ...meta.flow, legs: meta.flow.legs.flatMap(change) } }
        : meta,
    ),
  };
}

/** The projects file with the legs that follow a renamed route following its new name. */
export function renameInFlows(
  file: ProjectsFileInput,
  project: string,
  from: string,
  to: string,
): ProjectsFileInput {
  if (from === to) return file;
  return withLegs(
    file,
    (leg) => (follows(leg, project, from) ? [{ ...leg, route: to }] : [leg]),
    project,
    from,
  );
}

/** The projects file with the legs that follow a split route following its halves. */
export function splitInFlows(file: ProjectsFileInput, split: RouteSplit): ProjectsFileInput {
  return withLegs(file, (leg) => splitLeg(leg, split), split.project, split.route);
}
