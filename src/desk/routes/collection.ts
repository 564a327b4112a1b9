/**
 * Edits of a project's route file (`data/projects/<id>.geojson`): one route's geometry or
 * properties replaced, a route split in two, a route added, and what keeps a name or a new route
 * from being written. Pure: each returns a new collection and leaves the others' features as they
 * were (the same objects), so a save changes only what the editor changed.
 */
import type {
  Certainty,
  RouteCollectionInput,
  RouteFeatureInput,
  RouteKind,
} from '../../content/schema.ts';
import { CERTAINTIES, ROUTE_KINDS } from '../../content/vocabulary.ts';
import {
  canSplitAt,
  type Line,
  partsOf,
  type RouteGeometryInput,
  roundLine,
  splitGeometry,
  withPart,
} from './geometry.ts';

export type RouteProperties = RouteFeatureInput['properties'];
export type Role = NonNullable<RouteProperties['role']>;

/** The roles a route can have; `main` is the default a file may leave out. */
export const ROLES: readonly Role[] = ['main', 'alternative'];

/** The kinds an editor can draw: a flow is built from other projects' routes, never drawn. */
export const DRAWN_KINDS: readonly RouteKind[] = ROUTE_KINDS.filter((kind) => kind !== 'flow');

function featureAt(collection: RouteCollectionInput, index: number): RouteFeatureInput {
  const feature = collection.features[index];
  if (!feature) throw new RangeError(`the project has no route ${index}`);
  return feature;
}

const withFeature = (
  collection: RouteCollectionInput,
  index: number,
  feature: RouteFeatureInput,
): RouteCollectionInput => ({
  ...collection,
  features: collection.features.map((old, at) => (at === index ? feature : old)),
});

/** Every position of a geometry rounded to the files' decimals. */
export function roundGeometry(geometry: RouteGeometryInput): RouteGeometryInput {
  return geometry.type === 'LineString'
    ? { type: 'LineString', coordinates: roundLine(geometry.coordinates) }
    : { type: 'MultiLineString', coordinates: geometry.coordinates.map(roundLine) };
}

/** The collection with one route's geometry replaced (positions rounded). */
export function replaceGeometry(
  collection: RouteCollectionInput,
  index: number,
  geometry: RouteGeometryInput,
): RouteCollectionInput {
  const feature = featureAt(collection, index);
  return withFeature(collection, index, { ...feature, geometry: roundGeometry(geometry) });
}

/** The collection with one line (`part`, from 0) of one route replaced (positions rounded). */
export function replacePart(
  collection: RouteCollectionInput,
  index: number,
  part: number,
  line: Line,
): RouteCollectionInput {
  const feature = featureAt(collection, index);
  return replaceGeometry(collection, index, withPart(feature.geometry, part, line));
}

/** The line of one route's part, or null where there is none. */
export function lineAt(
  collection: RouteCollectionInput | undefined,
  index: number,
  part: number,
): Line | null {
  const feature = collection?.features[index];
  return feature ? (partsOf(feature.geometry)[part] ?? null) : null;
}

/** The collection with some of one route's properties changed. */
export function replaceProperties(
  collection: RouteCollectionInput,
  index: number,
  change: Partial<RouteProperties>,
): RouteCollectionInput {
  const feature = featureAt(collection, index);
  return withFeature(collection, index, {
    ...feature,
    properties: { ...feature.properties, ...change },
  });
}

/**
 * Properties with a role: `alternative` is written; `main` is written only where the route
 * already said so, since a file leaves the default out.
 */
export function withRole(properties: RouteProperties, role: Role): RouteProperties {
  if (role === 'alternative' || properties.role !== undefined) return { ...properties, role };
  return properties;
}

/** The names of the two routes a split makes. */
export function splitNames(name: string): [string, string] {
  return [`${name} (1)`, `${name} (2)`];
}

/** Why a name cannot be a route's (`index` is the route's own, null for a new one), or null. */
export function nameProblem(
  name: string,
  collection: RouteCollectionInput,
  index: number | null,
): string | null {
  if (name.trim() === '') return 'Give the stretch a name.';
  const other = collection.features.findIndex(
    (feature, at) => at !== index && feature.properties.name === name,
  );
  if (other !== -1) return 'Another stretch of this project has this name.';
  return null;
}

/** Why a route cannot be split at a vertex of one of its parts, or null. */
export function splitProblem(
  collection: RouteCollectionInput,
  index: number,
  part: number,
  vertex: number | null,
): string | null {
  const line = lineAt(collection, index, part);
  const feature = collection.features[index];
  if (!line || !feature) return 'Choose a stretch.';
  if (vertex === null) return 'Choose a vertex to split at.';
  if (!canSplitAt(line, vertex)) return 'A stretch splits only at a vertex between its ends.';
  const taken = splitNames(feature.properties.name).find((name) =>
    collection.features.some((other) => other.properties.name === name),
  );
  return taken ? `A stretch named “${taken}” already exists.` : null;
}

/**
 * The collection with one route split at a vertex of one of its parts into two routes, in its
 * place: "<name> (1)" up to the vertex and "<name> (2)" from it, with the same properties.
 */
export function splitRoute(
  collection: RouteCollectionInput,
  index: number,
  part: number,
  vertex: number,
): RouteCollectionInput {
  const problem = splitProblem(collection, index, part, vertex);
  if (problem) throw new RangeError(problem);
  const feature = featureAt(collection, index);
  const [first, second] = splitGeometry(feature.geometry, part, vertex);
  const [firstName, secondName] = splitNames(feature.properties.name);
  return {
    ...collection,
    features: [
      ...collection.features.slice(0, index),
      { ...feature, properties: { ...feature.properties, name: firstName }, geometry: first },
      { ...feature, properties: { ...feature.properties, name: secondName }, geometry: second },
      ...collection.features.slice(index + 1),
    ],
  };
}

/** A new route as the editor fills it in: kind and certainty empty until chosen. */
export interface NewRoute {
  name: string;
  kind: RouteKind | '';
  certainty: Certainty | '';
  role: Role;
  source: string;
  line: Line | null;
}

/** A new route with nothing filled in. */
export const EMPTY_ROUTE: NewRoute = {
  name: '',
  kind: '',
  certainty: '',
  role: 'main',
  source: '',
  line: null,
};

/** What a new route lacks before it can be added, by field; empty when it can be. */
export function newRouteProblems(
  route: NewRoute,
  collection: RouteCollectionInput,
): Partial<Record<keyof NewRoute, string>> {
  const problems: Partial<Record<keyof NewRoute, string>> = {};
  const name = nameProblem(route.name, collection, null);
  if (name) problems.name = name;
  if (!DRAWN_KINDS.includes(route.kind as RouteKind)) problems.kind = 'Choose its kind.';
  if (!CERTAINTIES.includes(route.certainty as Certainty)) {
    problems.certainty = 'Choose how certain its line is.';
  }
  if (route.source.trim() === '') problems.source = 'Say where its line comes from.';
  if (!route.line || route.line.length < 2) problems.line = 'Draw its line on the map.';
  return problems;
}

/** The feature a complete new route is written as; throws for an incomplete one. */
export function featureOf(route: NewRoute): RouteFeatureInput {
  const { name, kind, certainty, role, source, line } = route;
  if (!kind || !certainty || !line) throw new Error('the new stretch is not complete');
  return {
    type: 'Feature',
    properties: {
      name: name.trim(),
      kind,
      certainty,
      source: source.trim(),
      ...(role === 'main' ? {} : { role }),
    },
    geometry: { type: 'LineString', coordinates: roundLine(line) },
  };
}

/** The collection with a route added at its end. */
export function addRoute(
  collection: RouteCollectionInput,
  feature: RouteFeatureInput,
): RouteCollectionInput {
  return { ...collection, features: [...collection.features, feature] };
}
