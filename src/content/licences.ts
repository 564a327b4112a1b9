/**
 * The licence of each file of `data/` that the downloads copy, exactly as `data/LICENCE.md` gives
 * it (a test reads that file, so the two cannot drift): the terms anyone who copies the data keeps.
 */
import type { Project } from './schema.ts';

/** A licence and the credit it asks for, as data/LICENCE.md states them for a file. */
export interface DataLicence {
  /** The licence, named as data/LICENCE.md names it. */
  name: string;
  /** The licence's text, or null where there is none to point to. */
  url: string | null;
  /** The credit data/LICENCE.md asks for, in parts; none where it asks none ("—"). */
  credit: readonly string[];
}

const ODBL = { name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' } as const;
// data/LICENCE.md names CC BY 4.0 without an address: this is the licence's own.
const CC_BY = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** `places.geojson`: ODbL 1.0 for its OpenStreetMap points, and so for the file as a whole. */
export const PLACES_LICENCE: DataLicence = {
  ...ODBL,
  credit: ['© OpenStreetMap contributors', 'GeoNames (CC BY 4.0)'],
};

/**
 * `projects.json`: the map's own words, with the sources they cite. data/LICENCE.md calls its
 * licence "the project's own" and asks no credit; it names no licence text to link to.
 */
export const TEXT_LICENCE: DataLicence = { name: "the project's own", url: null, credit: [] };

/** The licence of each file of `data/` the downloads copy, by its path under `data/`. */
export const DATA_LICENCES: Readonly<Record<string, DataLicence>> = {
  'projects/titr.geojson': {
    ...ODBL,
    credit: [
      '© OpenStreetMap contributors',
      'Natural Earth (public domain)',
      'GeoNames (CC BY 4.0)',
    ],
  },
  'projects/oil-transit.geojson': {
    ...CC_BY,
    credit: ['Global Energy Monitor, Global Oil Infrastructure Tracker'],
  },
  'places.geojson': PLACES_LICENCE,
  // Schematic lines between the places: "as places.geojson".
  'projects/fiber-optic.geojson': PLACES_LICENCE,
  'projects/power-cable.geojson': PLACES_LICENCE,
  'projects.json': TEXT_LICENCE,
};

/**
 * The licence of a project's lines: that of its file, or for a flow that of the lines it is cut
 * from. Throws for a project data/LICENCE.md does not cover: no licence is ever guessed.
 */
export function routeLicence(project: Pick<Project, 'id' | 'flow'>): DataLicence {
  if (!project.flow) {
    const file = `projects/${project.id}.geojson`;
    const licence = DATA_LICENCES[file];
    if (!licence) {
      throw new Error(
        `data/${file}: no licence; state it in data/LICENCE.md and src/content/licences.ts`,
      );
    }
    return licence;
  }
  const licences = new Set(project.flow.legs.map((leg) => routeLicence({ id: leg.project })));
  const [licence] = licences;
  if (!licence || licences.size > 1) {
    throw new Error(
      `project "${project.id}": its flow is cut from lines under different licences; data/LICENCE.md must say which applies`,
    );
  }
  return licence;
}

/** The credit to print beside the data, as one line. */
export function attributionOf(licence: DataLicence): string {
  return licence.credit.join('; ');
}
