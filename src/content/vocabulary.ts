/** The closed vocabularies of the content, kept apart from the schema so the page needs no zod. */

/**
 * Kinds of route the map draws; each has its own line style. A `flow` is goods moving along other
 * projects' routes, as wide as its volume, with arrows; it is built from them, not drawn by hand.
 */
export const ROUTE_KINDS = ['rail', 'ferry', 'pipeline', 'tanker', 'cable', 'flow'] as const;
/**
 * How sure the drawn geometry is: traced along a reference line of the track or pipeline (within
 * about 2 km of it); approximate, drawn through the stations the sources name where no open
 * reference exists; indicative, a schematic line (sea lanes, cables), dashed and with a note.
 */
export const CERTAINTIES = ['traced', 'approximate', 'indicative'] as const;
/** Kinds of place: towns, infrastructure, and the stations and junctions where lines end. */
export const PLACE_KINDS = [
  'capital',
  'city',
  'port',
  'terminal',
  'border',
  'field',
  'station',
  'junction',
] as const;

/**
 * A project's stage, as set by its dated milestones: discussed or studied; agreed by the parties;
 * a construction contract signed or works under way; in service.
 */
export const STATUSES = ['proposed', 'agreed', 'under-construction', 'operating'] as const;

export type RouteKind = (typeof ROUTE_KINDS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Status = (typeof STATUSES)[number];
