/**
 * Synthetic content for the benchmark: the real `data/` with every project and place copied
 * `factor − 1` more times, each copy shifted by up to a degree, translations included, so that it
 * passes the same data check and shows how the app's cost grows with content.
 */
import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import { REGION } from '../../src/content/schema.ts';
import type { DataFiles } from '../../src/content/validate.ts';

interface Feature {
  properties: Record<string, unknown> & { name: string };
  geometry: { type: string; coordinates: unknown };
}
interface Collection {
  type: string;
  features: Feature[];
}
interface ProjectsFile {
  mapTitle: string;
  projects: ({ id: string; flow?: { legs: { project: string }[] } } & Record<string, unknown>)[];
}
interface TranslationFile {
  projects?: Record<string, unknown>;
  places?: Record<string, string>;
}

/** [west, south, east, north] in degrees. */
type Box = [number, number, number, number];

/** The box around every position of the features' geometries. */
function boxOf(features: readonly Feature[]): Box {
  const geometries = features.map((feature) => feature.geometry) as Geometry[];
  const [west, south, east, north] = bbox({ type: 'GeometryCollection', geometries });
  return [west, south, east, north];
}

/**
 * The shift of copy `k`, in degrees: spread over ±1°, or less on a side where the content (in
 * `box`) comes within a degree of the region's edge, so that copies stay inside the region.
 */
function shiftOf(k: number, box: Box): [number, number] {
  const within = (low: number, high: number, fraction: number) => low + fraction * (high - low);
  const [west, south, east, north] = box;
  return [
    within(Math.max(-1, REGION.west - west), Math.min(1, REGION.east - east), ((k * 0.61) % 2) / 2),
    within(
      Math.max(-1, REGION.south - south),
      Math.min(1, REGION.north - north),
      ((k * 0.37) % 2) / 2,
    ),
  ];
}

function shifted(coordinates: unknown, [dx, dy]: [number, number]): unknown {
  if (typeof (coordinates as unknown[])[0] === 'number') {
    const [lng, lat] = coordinates as [number, number];
    return [Math.round((lng + dx) * 1000) / 1000, Math.round((lat + dy) * 1000) / 1000];
  }
  return (coordinates as unknown[]).map((inner) => shifted(inner, [dx, dy]));
}

const parse = <T>(files: DataFiles, path: string): T => JSON.parse(files.get(path) ?? 'null') as T;

/** The files of `data/` with `factor` times the projects and places. */
export function multiplyContent(files: DataFiles, factor: number): Map<string, string> {
  const out = new Map(files);
  const copies = Array.from({ length: factor - 1 }, (_, index) => index + 1);
  const projectsFile = parse<ProjectsFile>(files, 'projects.json');
  const originals = projectsFile.projects.map((project) => project.id);
  const places = parse<Collection>(files, 'places.geojson');
  const placeNames = places.features.map((place) => place.properties.name);

  projectsFile.projects.push(
    ...copies.flatMap((k) =>
      projectsFile.projects
        .filter((project) => originals.includes(project.id))
        .map((project) => ({
          ...project,
          id: `${project.id}-copy-${k}`,
          // A copied flow follows the copies of the routes its original follows.
          ...(project.flow
            ? {
                flow: {
                  ...project.flow,
                  legs: project.flow.legs.map((leg) => ({
                    ...leg,
                    project: `${leg.project}-copy-${k}`,
                  })),
                },
              }
            : {}),
        })),
    ),
  );
  out.set('projects.json', JSON.stringify(projectsFile));
  // Each copy is mentioned by every article that mentions its original, with the same clause.
  for (const path of files.keys()) {
    if (!path.startsWith('articles/')) continue;
    const article = parse<{ clauses: Record<string, string> }>(files, path);
    for (const k of copies) {
      for (const id of originals) {
        const clause = article.clauses[id];
        if (clause !== undefined) article.clauses[`${id}-copy-${k}`] = clause;
      }
    }
    out.set(path, JSON.stringify(article));
  }
  const drawnFromFiles = projectsFile.projects.filter((project) => !project.flow).map((p) => p.id);
  const drawn = originals.filter((original) => drawnFromFiles.includes(original));
  const collections = [
    places,
    ...drawn.map((id) => parse<Collection>(files, `projects/${id}.geojson`)),
  ];
  const box = boxOf(collections.flatMap((collection) => collection.features));
  const shiftOfCopy = (k: number) => shiftOf(k, box);
  for (const id of drawn) {
    const routes = parse<Collection>(files, `projects/${id}.geojson`);
    for (const k of copies) {
      const features = routes.features.map((feature) => ({
        ...feature,
        geometry: {
          ...feature.geometry,
          coordinates: shifted(feature.geometry.coordinates, shiftOfCopy(k)),
        },
      }));
      out.set(`projects/${id}-copy-${k}.geojson`, JSON.stringify({ ...routes, features }));
    }
  }
  places.features.push(
    ...copies.flatMap((k) =>
      placeNames.map((name, index) => {
        const place = places.features[index] as Feature;
        return {
          ...place,
          properties: { ...place.properties, name: `${name} ${k}` },
          geometry: {
            ...place.geometry,
            coordinates: shifted(place.geometry.coordinates, shiftOfCopy(k)),
          },
        };
      }),
    ),
  );
  out.set('places.geojson', JSON.stringify(places));

  for (const path of files.keys()) {
    if (!path.startsWith('i18n/')) continue;
    const translation = parse<TranslationFile>(files, path);
    if (!translation.projects || !translation.places) continue;
    const { projects, places: names } = translation;
    for (const k of copies) {
      for (const id of originals) projects[`${id}-copy-${k}`] = projects[id];
      for (const name of placeNames) names[`${name} ${k}`] = `${names[name]} ${k}`;
    }
    out.set(path, JSON.stringify(translation));
  }
  return out;
}
