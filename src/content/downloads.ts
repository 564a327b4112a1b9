/**
 * "Get the data": what the map draws, as files anyone can open (GeoJSON for GIS tools, CSV for
 * spreadsheets). Every feature and every row carries its licence and credit, so the terms travel
 * with any copy of it. Pure: the build writes the files (`scripts/lib/contentPlugin.ts`).
 */
import type { Feature, LineString, MultiLineString, Point, Position } from 'geojson';
import {
  CSV_LIST_SEPARATOR,
  DOWNLOAD_FILES,
  DOWNLOAD_KINDS,
  type DownloadFileInfo,
  type DownloadKind,
} from './downloadFiles.ts';
import {
  attributionOf,
  type DataLicence,
  PLACES_LICENCE,
  routeLicence,
  TEXT_LICENCE,
} from './licences.ts';
import { sortMilestones, statusesOn, timespanOf } from './milestones.ts';
import { countriesIn, distinct, legLengthKm, summarizeRoutes } from './routeSummary.ts';
import type {
  Certainty,
  Content,
  Passage,
  PlaceKind,
  Project,
  RouteFeature,
  RouteKind,
  Status,
} from './schema.ts';

/** One file to write, with what it holds. */
export interface DownloadFile extends DownloadFileInfo {
  kind: DownloadKind;
  text: string;
}

/** The licence and credit written beside each feature and row. */
interface LicenceFields {
  licence: string;
  licenceUrl: string | null;
  attribution: string;
}

/** Properties of a feature of `trans-caspian-routes.geojson`. */
export interface RouteDownloadProperties extends LicenceFields {
  project: string;
  projectName: string;
  name: string;
  kind: RouteKind;
  certainty: Certainty;
  role: 'main' | 'alternative';
  /** The project's status on `statusAsOf`, the latest milestone's day; null before any. */
  status: Status | null;
  statusAsOf: string;
  /** Whole km; null where the project does not measure its drawn lines (schematic links). */
  lengthKmAsDrawn: number | null;
  from: string | null;
  to: string | null;
  /** Display names (English), in order, each once; null where the build measured none. */
  countries: string[] | null;
  /** Countries (display names) and seas, in order; null where the build measured none. */
  passes: string[] | null;
  tonnesPerYear?: number;
  source: string;
  /** The day the project's facts were last checked against their sources (`YYYY-MM-DD`). */
  checked: string;
}

/** Properties of a feature of `trans-caspian-places.geojson`. */
export interface PlaceDownloadProperties extends LicenceFields {
  name: string;
  kind: PlaceKind;
  role: string | null;
  approximate: boolean;
  label: boolean;
  source: string;
}

/** The foreign members at the top of each GeoJSON file. */
interface CollectionMembers {
  name: string;
  description: string;
  /** The latest day any project's facts were checked; each route gives its own (`checked`). */
  factsChecked: string;
  /** The licence of every feature; where they differ, which features each covers. */
  licence: string;
  /** The text of each licence named in `licence`. */
  licenceUrl: string[];
  /** Every credit the features ask for. */
  attribution: string;
}

/** Columns of `trans-caspian-projects.csv`, in order. */
export const PROJECT_COLUMNS = [
  'id',
  'name',
  'short_name',
  'description',
  'kinds',
  'countries',
  'length_km_as_drawn',
  'status',
  'status_as_of',
  'certainty_note',
  'article_url',
  'source_urls',
  'checked',
  'licence',
  'licence_url',
  'attribution',
] as const;

/** Columns of `trans-caspian-milestones.csv`, in order. */
export const MILESTONE_COLUMNS = [
  'project_id',
  'project_name',
  'date',
  'event',
  'status',
  'expected',
  'not_confirmed_as_of',
  'source_publishers',
  'source_dates',
  'source_urls',
  'licence',
  'licence_url',
  'attribution',
] as const;

type Row<Columns extends readonly string[]> = Record<Columns[number], string>;

const BYTE_ORDER_MARK = '\uFEFF';

/** A field as RFC 4180 writes it: quoted (its quotes doubled) when it holds `,`, `"`, CR or LF. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV file (RFC 4180, CRLF after every record) with a UTF-8 byte order mark: without it Excel
 * reads the file in the system's code page and garbles Cyrillic and Azerbaijani letters.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  const records = rows.map((row) => `${row.map(csvField).join(',')}\r\n`);
  return `${BYTE_ORDER_MARK}${records.join('')}`;
}

function csvOf<Columns extends readonly string[]>(
  columns: Columns,
  rows: readonly Row<Columns>[],
): string {
  return csvText([
    columns,
    ...rows.map((row) => columns.map((column: Columns[number]) => row[column])),
  ]);
}

/**
 * Items joined into one field. The data check refuses a source holding the separator; an item
 * that still holds it would split, so it is refused here too.
 */
function listField(items: readonly string[], what: string): string {
  const split = items.find((item) => item.includes(CSV_LIST_SEPARATOR));
  if (split !== undefined) {
    throw new Error(`${what}: "${split}" holds "${CSV_LIST_SEPARATOR}", which separates the list`);
  }
  return items.join(CSV_LIST_SEPARATOR);
}

/** 6 decimals are about 0.1 m: finer than any line is drawn here, and the file stays small. */
const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;
const roundPosition = (position: Position): Position => position.map(roundCoordinate);

function roundedGeometry(geometry: RouteFeature['geometry']): LineString | MultiLineString {
  return geometry.type === 'LineString'
    ? { type: 'LineString', coordinates: geometry.coordinates.map(roundPosition) }
    : {
        type: 'MultiLineString',
        coordinates: geometry.coordinates.map((line) => line.map(roundPosition)),
      };
}

/** A country by its display name in English (Natural Earth's "Turkey" is CLDR's "Türkiye"). */
function countryName(content: Content, name: string): string {
  return content.countryNames[name]?.en ?? name;
}

/** A country by its display name, a sea by its name. */
function passageName(content: Content, passage: Passage): string {
  return 'country' in passage ? countryName(content, passage.country) : passage.sea;
}

/** The countries a route passes through, display names in order, each once; null if unmeasured. */
function countriesOf(content: Content, route: RouteFeature): string[] | null {
  const passes = route.geography.passes;
  return passes && countriesIn(passes).map((name) => countryName(content, name));
}

function licenceFields(licence: DataLicence): LicenceFields {
  return { licence: licence.name, licenceUrl: licence.url, attribution: attributionOf(licence) };
}

/** The top's licence members for features under one or more licences. */
function licencesOf(
  covered: readonly { licence: DataLicence; what: string }[],
): Pick<CollectionMembers, 'licence' | 'licenceUrl' | 'attribution'> {
  const licences = distinct(covered.map(({ licence }) => licence));
  const names = distinct(licences.map((licence) => licence.name));
  const whatUnder = (name: string) =>
    distinct(covered.filter(({ licence }) => licence.name === name).map(({ what }) => what));
  return {
    licence:
      names.length === 1
        ? (names[0] ?? '')
        : `${names.map((name) => `${name} (${whatUnder(name).join(', ')})`).join('; ')}: each feature gives its own`,
    licenceUrl: distinct(licences.flatMap((licence) => (licence.url ? [licence.url] : []))),
    attribution: distinct(licences.flatMap((licence) => licence.credit)).join('; '),
  };
}

/** GeoJSON text, one feature a line: readable, and a diff shows which feature changed. */
function geoJsonText(members: CollectionMembers, features: readonly Feature[]): string {
  const top = JSON.stringify({ type: 'FeatureCollection', ...members }).slice(0, -1);
  const lines = features.map((feature) => JSON.stringify(feature));
  return `${top},"features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The day the map shows by default, and each project's status on it. */
function latest(content: Content): { day: string; statuses: Record<string, Status> } {
  const day = timespanOf(content.projects, content.articles).end;
  return { day, statuses: statusesOn(content.projects, day) };
}

/** `trans-caspian-routes.geojson`: every route of every project, flows included, as drawn. */
export function routesGeoJson(content: Content): string {
  const { day, statuses } = latest(content);
  const covered: { licence: DataLicence; what: string }[] = [];
  const features = content.projects.flatMap((project) => {
    const licence = routeLicence(project);
    covered.push({ licence, what: project.id });
    return project.routes.map((route): Feature<LineString | MultiLineString> => {
      const { name, kind, certainty, role, tonnesPerYear, source } = route.properties;
      const { from, to, passes } = route.geography;
      const km = legLengthKm(project, route);
      const properties: RouteDownloadProperties = {
        project: project.id,
        projectName: project.name,
        name,
        kind,
        certainty,
        role,
        status: statuses[project.id] ?? null,
        statusAsOf: day,
        // A schematic line's length would read as a published figure.
        lengthKmAsDrawn: km === null ? null : Math.round(km),
        from,
        to,
        countries: countriesOf(content, route),
        passes: passes?.map((passage) => passageName(content, passage)) ?? null,
        ...(tonnesPerYear === undefined ? {} : { tonnesPerYear }),
        source,
        checked: project.checked,
        ...licenceFields(licence),
      };
      return { type: 'Feature', properties, geometry: roundedGeometry(route.geometry) };
    });
  });
  return geoJsonText(
    {
      name: `${content.mapTitle}: routes`,
      description:
        'Every route of every project as drawn on the map (traced along open reference lines, drawn through named stations where approximate, schematic where marked indicative), so lengthKmAsDrawn measures the drawing, not the route.',
      factsChecked: content.factsChecked,
      ...licencesOf(covered),
    },
    features,
  );
}

/** `trans-caspian-places.geojson`: every place, the unlabelled stations and junctions too. */
export function placesGeoJson(content: Content): string {
  const features = content.places.map((place): Feature<Point> => {
    const { name, kind, role, approximate, label, source } = place.properties;
    const properties: PlaceDownloadProperties = {
      name,
      kind,
      role: role ?? null,
      approximate,
      label,
      source,
      ...licenceFields(PLACES_LICENCE),
    };
    return {
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: roundPosition(place.geometry.coordinates) },
    };
  });
  return geoJsonText(
    {
      name: `${content.mapTitle}: places`,
      description:
        "Every place the map marks, with the stations and junctions it does not label (label: false) that name where a line ends; source says where each point is from: [G] GeoNames, [WP] Wikipedia's coordinates, [OSM] OpenStreetMap.",
      factsChecked: content.factsChecked,
      ...licencesOf([{ licence: PLACES_LICENCE, what: 'places' }]),
    },
    features,
  );
}

/** The credit of the map's own words: the facts are the cited sources'. */
function ownWords(content: Content): string {
  return `“${content.mapTitle}”: the map's own words; the facts are from the sources in source_urls`;
}

/**
 * A project's row is the map's own words, but its countries and drawn length are measured from
 * its lines: their licence (share-alike for ODbL) and credit come along, named for those fields.
 */
function projectLicenceFields(content: Content, project: Project) {
  const lines = routeLicence(project);
  return {
    licence: `${TEXT_LICENCE.name}; countries, length_km_as_drawn: ${lines.name}`,
    licence_url: lines.url ?? '',
    attribution: `${ownWords(content)}; countries and length measured from the map's lines (${lines.name}: ${attributionOf(lines)})`,
  };
}

function sourceUrls(project: Project): string[] {
  const cited = [...project.facts, ...sortMilestones(project.milestones)];
  return distinct(cited.flatMap((item) => item.sources.map((source) => source.url)));
}

/** `trans-caspian-projects.csv`: one row per project, in legend order. */
export function projectsCsv(content: Content): string {
  const { day, statuses } = latest(content);
  const rows = content.projects.map((project): Row<typeof PROJECT_COLUMNS> => {
    const where = `project "${project.id}"`;
    const summary = summarizeRoutes(project);
    const countries = summary.countries.map((name) => countryName(content, name));
    const articles = project.mentions.flatMap(
      (mention) => content.articles.find((article) => article.id === mention.article)?.url ?? [],
    );
    return {
      id: project.id,
      name: project.name,
      short_name: project.shortName,
      description: project.description,
      kinds: listField(summary.kinds, where),
      countries: listField(countries, where),
      length_km_as_drawn: summary.lengthKm === null ? '' : String(Math.round(summary.lengthKm)),
      status: statuses[project.id] ?? '',
      status_as_of: day,
      certainty_note: project.certaintyNote ?? '',
      article_url: listField(distinct(articles), where),
      source_urls: listField(sourceUrls(project), where),
      checked: project.checked,
      ...projectLicenceFields(content, project),
    };
  });
  return csvOf(PROJECT_COLUMNS, rows);
}

/** `trans-caspian-milestones.csv`: one row per milestone, projects in legend order, oldest first. */
export function milestonesCsv(content: Content): string {
  const rows = content.projects.flatMap((project) =>
    sortMilestones(project.milestones).map((milestone): Row<typeof MILESTONE_COLUMNS> => {
      const where = `project "${project.id}": milestone ${milestone.date}`;
      const { sources } = milestone;
      return {
        project_id: project.id,
        project_name: project.name,
        date: milestone.date,
        event: milestone.event,
        status: milestone.status ?? '',
        expected: String(milestone.expected),
        // An expected milestone whose day passed: no source had confirmed it by this day.
        not_confirmed_as_of: milestone.notConfirmedAsOf ?? '',
        source_publishers: listField(
          sources.map((source) => source.publisher),
          where,
        ),
        // A source without a date keeps its place in the list, empty.
        source_dates: listField(
          sources.map((source) => source.date ?? ''),
          where,
        ),
        source_urls: listField(
          sources.map((source) => source.url),
          where,
        ),
        licence: TEXT_LICENCE.name,
        licence_url: TEXT_LICENCE.url ?? '',
        attribution: ownWords(content),
      };
    }),
  );
  return csvOf(MILESTONE_COLUMNS, rows);
}

const WRITERS: Readonly<Record<DownloadKind, (content: Content) => string>> = {
  routes: routesGeoJson,
  places: placesGeoJson,
  projects: projectsCsv,
  milestones: milestonesCsv,
};

/**
 * Every file "Get the data" offers, made from the checked content. Throws for a project whose
 * licence data/LICENCE.md does not give.
 */
export function buildDownloads(content: Content): DownloadFile[] {
  return DOWNLOAD_KINDS.map((kind) => ({
    kind,
    ...DOWNLOAD_FILES[kind],
    text: WRITERS[kind](content),
  }));
}
