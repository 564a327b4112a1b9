/**
 * The one schema of the map's content. Types used by the app are inferred from it, and the same
 * schema checks `data/` before every build (see `validate.ts`).
 */
import { z } from 'zod';
import { isCalendarDate, PARTIAL_DATE } from './dates.ts';
import { CSV_LIST_SEPARATOR } from './downloadFiles.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { HEX_COLOUR } from './themeColours.ts';
import { THEME_NAMES, type ThemeName } from './themeNames.ts';
import { CERTAINTIES, PLACE_KINDS, ROUTE_KINDS, STATUSES } from './vocabulary.ts';

export type { Certainty, PlaceKind, RouteKind, Status } from './vocabulary.ts';

/**
 * Everything the map shows lies in this box; a coordinate outside it is almost always a typo or a
 * swapped longitude/latitude pair, so the check rejects it.
 */
export const REGION = { west: 25, south: 33, east: 88, north: 48 } as const;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const idPattern = /^[a-z][a-z0-9-]*$/;
/** Text the CSV downloads list with others of its kind in one field: it must not split there. */
const listItem = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((value) => !value.includes(CSV_LIST_SEPARATOR), {
    error: `must not hold "${CSV_LIST_SEPARATOR}", which separates the items of a list in the CSV downloads`,
  });

const position = z
  .tuple([
    z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180'),
    z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90'),
  ])
  .refine(
    ([lng, lat]) =>
      lng >= REGION.west && lng <= REGION.east && lat >= REGION.south && lat <= REGION.north,
    {
      message: `lies outside the map's region (longitude ${REGION.west}…${REGION.east}, latitude ${REGION.south}…${REGION.north}); are longitude and latitude swapped?`,
    },
  );

const lineString = z.array(position).min(2, 'a line needs at least two positions');

const routeGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LineString'), coordinates: lineString }),
  z.strictObject({
    type: z.literal('MultiLineString'),
    coordinates: z.array(lineString).min(1, 'needs at least one line'),
  }),
]);

export const routeProperties = z.strictObject({
  name: nonEmpty,
  kind: z.enum(ROUTE_KINDS),
  certainty: z.enum(CERTAINTIES),
  source: nonEmpty,
  /** `alternative` marks a superseded or backup variant, drawn lighter. */
  role: z.enum(['main', 'alternative']).default('main'),
  /** A flow's volume, which sets its width (see `src/map/flows.ts`). */
  tonnesPerYear: z.number().positive().optional(),
});

/** One route feature as written in `data/projects/<id>.geojson`. */
export const routeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  properties: routeProperties,
  geometry: routeGeometry,
});

/** `data/projects/<id>.geojson`. */
export const routeCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).min(1, 'a project needs at least one feature'),
});

export const placeProperties = z.strictObject({
  name: nonEmpty,
  kind: z.enum(PLACE_KINDS),
  source: nonEmpty,
  role: nonEmpty.optional(),
  approximate: z.boolean().default(false),
  /**
   * Whether the map labels the place; false for a station or junction that only names where a
   * drawn line starts or ends (in the route descriptions), to keep the map uncluttered.
   */
  label: z.boolean().default(true),
});

/** One place in `data/places.geojson`. */
export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  properties: placeProperties,
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: position }),
});

/** `data/places.geojson`. */
export const placeCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).min(1, 'needs at least one place'),
});

/** `data/articles/<id>.json`: an article quoted by the map, with its text verbatim. */
export const articleSchema = z.strictObject({
  id: z.string().regex(idPattern, 'must be lower-case letters, digits and hyphens'),
  /** The headline, only where it is confirmed as published: the map prints it. */
  title: nonEmpty.optional(),
  publisher: nonEmpty,
  date: z.iso.date(),
  url: listItem(z.url({ protocol: /^https?$/ })),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
  text: nonEmpty,
  textNote: nonEmpty.optional(),
  /**
   * What the article says about each project it mentions: a clause of `text`, verbatim, keyed by
   * the project's id. The panel marks it inside its sentence.
   */
  clauses: z.record(z.string(), nonEmpty),
});

/** A date as precise as the source: a year, a month or a day (`2023`, `2024-05`, `2023-08-22`). */
const partialDate = z.string().superRefine((date, context) => {
  if (!PARTIAL_DATE.test(date)) {
    context.addIssue({ code: 'custom', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
  } else if (!isCalendarDate(date)) {
    context.addIssue({ code: 'custom', message: 'is not a date in the calendar' });
  }
});

/**
 * A public source a reader can open: who published it, its headline where it is known as
 * published, when (left out only where the page shows no date) and where.
 */
export const sourceSchema = z.strictObject({
  publisher: listItem(nonEmpty),
  title: nonEmpty.optional(),
  date: partialDate.optional(),
  url: listItem(
    z.url({ protocol: /^https?$/, error: 'must be the http(s) address of the source' }),
  ),
  /** The language the source is written in, where it is not English. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter language code')
    .optional(),
});

/** One or more sources; every fact and milestone needs at least one. */
const sources = z
  .array(sourceSchema, { error: 'must list the sources: [{ "publisher", "date", "url" }]' })
  .min(1, 'needs at least one source');

export const factSchema = z.strictObject({ label: nonEmpty, value: nonEmpty, sources });

/**
 * One leg of a flow: a route of another project (by its name in that project's GeoJSON; `part`
 * picks one line of a MultiLineString, counting from 0), optionally only from `fromKm` to `toKm`
 * along it, and `reverse` when the goods travel against the route's drawn direction.
 */
const flowLegSchema = z.strictObject({
  project: nonEmpty,
  route: nonEmpty,
  part: z.number().int().min(0).optional(),
  fromKm: z.number().min(0).optional(),
  toKm: z.number().positive().optional(),
  reverse: z.boolean().default(false),
});

/** Goods moving along other projects' routes: the legs in the order travelled, and the volume. */
const flowSchema = z.strictObject({
  legs: z.array(flowLegSchema).min(1, 'a flow needs at least one leg'),
  tonnesPerYear: z.number().positive(),
  /** The flow's one route, as the panel lists it. */
  routeName: nonEmpty,
  source: nonEmpty,
});

/** One dated event in a project's life, with its source. */
export const milestoneSchema = z.strictObject({
  date: partialDate,
  event: nonEmpty,
  /** The project's status from this milestone on. */
  status: z.enum(STATUSES).optional(),
  /** A date announced for the future: shown as expected, never changes the status. */
  expected: z.boolean().default(false),
  /**
   * For an expected milestone whose date has passed: the day up to which no source confirmed it
   * (the reader sees "expected …, not confirmed as of" that day).
   */
  notConfirmedAsOf: z.iso.date({ error: 'must be a day, YYYY-MM-DD' }).optional(),
  sources,
});

/**
 * A colour as `#rrggbb`. Marked `format: "color"` in the JSON Schema the desk's forms are read
 * from, so the desk offers a colour picker for it.
 */
const hexColour = z
  .string()
  .regex(HEX_COLOUR, 'must be a colour written #rrggbb, e.g. #0066a8')
  .meta({ format: 'color' });

/**
 * A project's colour in each theme (`light`, `dark`): its lines, legend swatch, labels and
 * pictures are drawn in it. The projects so far take the Okabe–Ito palette, which keeps them
 * apart for the common colour-vision deficiencies: darkened for contrast on the light theme's
 * land, at full lightness on the dark theme's. The data check (`contrast.ts`) asks each of at
 * least 3:1 against its theme's land and water (WCAG 1.4.11).
 */
const projectColours = z.strictObject(
  Object.fromEntries(THEME_NAMES.map((theme) => [theme, hexColour])) as Record<
    ThemeName,
    typeof hexColour
  >,
);

/**
 * A dash pattern in line widths, as MapLibre counts them: dash, gap, dash, gap… Each length is
 * above 0 (a dot is a dash of 0.1 with round caps), and they come in pairs.
 */
const dashPattern = z
  .array(z.number().positive('must be above 0'))
  .min(2, 'needs at least a dash and a gap')
  .refine((lengths) => lengths.length % 2 === 0, {
    message: 'needs its lengths in pairs: dash, gap, dash, gap…',
  });

/** One project's description in `data/projects.json`. */
export const projectMetaSchema = z.strictObject({
  id: z.string().regex(idPattern, 'must be lower-case letters, digits and hyphens'),
  name: nonEmpty,
  shortName: nonEmpty,
  description: nonEmpty,
  /** Required (by the data check) when any of the project's routes is indicative. */
  certaintyNote: nonEmpty.optional(),
  colours: projectColours,
  /**
   * The pattern of the project's indicative routes, where it must stand apart from other projects
   * of the same kind (the power cable's dash-dot beside the fibre-optic cable's dashes); without
   * it, indicative routes take their kind's pattern (see `dashFor` in `src/map/theme.ts`).
   */
  indicativeDash: dashPattern.optional(),
  /**
   * Whether the panel gives the length of the drawn lines; false for a schematic link whose
   * length would read as a figure nobody has published.
   */
  measureDrawnLength: z.boolean().default(true),
  /** A flow is built from other projects' routes and has no GeoJSON file of its own. */
  flow: flowSchema.optional(),
  /** The day the project's facts and milestones were last checked against their sources. */
  checked: z.iso.date({ error: 'must be the day the facts were checked, YYYY-MM-DD' }),
  facts: z.array(factSchema),
  /** The project's dated events, in any order; the ones with a status set it from their date. */
  milestones: z.array(milestoneSchema).min(1, 'needs at least one milestone'),
});

/** `data/projects.json`: the map's title and the projects in legend order. */
export const projectsFileSchema = z.strictObject({
  mapTitle: nonEmpty,
  projects: z.array(z.unknown()).min(1, 'needs at least one project'),
});

const projectTranslationSchema = z.strictObject({
  name: nonEmpty,
  shortName: nonEmpty,
  description: nonEmpty,
  certaintyNote: nonEmpty.optional(),
  /** The project's facts in the same order; sources are cited as published, so not here. */
  facts: z.array(z.strictObject({ label: nonEmpty, value: nonEmpty })),
  /** The events of the project's milestones in the same order; dates and sources stay as they are. */
  milestones: z.array(z.strictObject({ event: nonEmpty })),
  /** Route names, keyed by the name in the project's GeoJSON. */
  routes: z.record(z.string(), nonEmpty),
  /**
   * Where each route's line comes from (its `source`), keyed like `routes`; a route left out is
   * shown in English, marked as English.
   */
  routeSources: z.record(z.string(), nonEmpty).optional(),
});

/**
 * `data/i18n/<language>.json`: the interface's words (`ui`, keyed as in `en.json`) and, for every
 * language but English (the language of the content files), the content's names and texts.
 */
export const translationSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** The language's own name for itself, shown in the language menu. */
  languageName: nonEmpty,
  ui: z.record(z.string(), nonEmpty),
  mapTitle: nonEmpty.optional(),
  projects: z.record(z.string(), projectTranslationSchema).optional(),
  /** Place and sea names, keyed by the English name in `places.geojson` (or the basemap). */
  places: z.record(z.string(), nonEmpty).optional(),
  /**
   * Texts whose English changed since they were translated, by their path in this file (e.g.
   * `projects.titr.milestones[3].event`): the desk flags them until a translator reviews them.
   */
  stale: z.array(z.string()).optional(),
});

export type Translation = z.output<typeof translationSchema>;

/** The files of `data/` as written (before defaults), which the desk edits. */
export type ProjectsFileInput = Omit<z.input<typeof projectsFileSchema>, 'projects'> & {
  projects: z.input<typeof projectMetaSchema>[];
};
export type ProjectMetaInput = z.input<typeof projectMetaSchema>;
export type MilestoneInput = z.input<typeof milestoneSchema>;
export type SourceInput = z.input<typeof sourceSchema>;
export type FactInput = z.input<typeof factSchema>;
export type RouteFeatureInput = z.input<typeof routeFeatureSchema>;
export type RouteCollectionInput = { type: 'FeatureCollection'; features: RouteFeatureInput[] };
export type PlaceFeatureInput = z.input<typeof placeFeatureSchema>;
export type PlaceCollectionInput = { type: 'FeatureCollection'; features: PlaceFeatureInput[] };
export type ArticleInput = z.input<typeof articleSchema>;
export type TranslationInput = z.input<typeof translationSchema>;
export type ProjectTranslation = z.output<typeof projectTranslationSchema>;
export type Article = z.output<typeof articleSchema>;
export type ProjectMeta = z.output<typeof projectMetaSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Fact = z.output<typeof factSchema>;
export type FlowLeg = z.output<typeof flowLegSchema>;
export type Flow = z.output<typeof flowSchema>;
export type RouteGeometry = z.output<typeof routeGeometry>;

/**
 * Properties of a route feature as the map sees it: the file's properties plus its project id,
 * and `sourceLanguage` where the reader's language has no translation of `source` yet.
 */
export type RouteProperties = z.output<typeof routeProperties> & {
  project: string;
  sourceLanguage?: Language;
};

/** A stretch of a route: in a country (its English name in Natural Earth) or at sea. */
export type Passage = { country: string } | { sea: string };

/**
 * Where a route lies, measured by the build from its drawn line: never typed by an editor, so
 * the words that describe a route follow its geometry.
 */
export interface RouteGeography {
  /** Length of the line as drawn, in kilometres (Turf, on a sphere). */
  lengthKm: number;
  /** The place (its English name in `places.geojson`) the line starts at, or null for none. */
  from: string | null;
  /** The place the line ends at, or null for none. */
  to: string | null;
  /**
   * The countries and seas it passes through in order, from the basemap's country shapes; null
   * where the content was checked without them (`npm run check:data`).
   */
  passes: Passage[] | null;
}

export type RouteFeature = {
  type: 'Feature';
  properties: RouteProperties;
  geometry: RouteGeometry;
  /** A GeoJSON foreign member, which the map's sources ignore. */
  geography: RouteGeography;
};
export type PlaceFeature = z.output<typeof placeFeatureSchema>;

/** What one article says about a project: the article's id and the clause, verbatim. */
export interface Mention {
  article: string;
  clause: string;
}

/** A project with its routes, ready for the map and the panel. */
export interface Project extends ProjectMeta {
  routes: RouteFeature[];
  /** The articles that mention the project, newest first. */
  mentions: Mention[];
}

/** The whole checked content the app is built with. */
export interface Content {
  mapTitle: string;
  /** The latest day any project's facts were checked against their sources (`YYYY-MM-DD`). */
  factsChecked: string;
  projects: Project[];
  places: PlaceFeature[];
  /** Newest first. */
  articles: Article[];
  /** Every language's translation, checked complete against English and the content. */
  translations: Record<Language, Translation>;
  /** Each country a route passes through (by its English name) in every language. */
  countryNames: Record<string, Record<Language, string>>;
}

/** The shape of each kind of file, with the features and projects its check parses one by one. */
const LAYOUTS: readonly [RegExp, z.ZodType][] = [
  [/^projects\.json$/, projectsFileSchema.extend({ projects: z.array(projectMetaSchema) })],
  [/^places\.geojson$/, placeCollectionSchema.extend({ features: z.array(placeFeatureSchema) })],
  [
    /^projects\/[^/]+\.geojson$/,
    routeCollectionSchema.extend({ features: z.array(routeFeatureSchema) }),
  ],
  [/^articles\/[^/]+\.json$/, articleSchema],
  [/^i18n\/[^/]+\.json$/, translationSchema],
];

/** The schema a file of `data/` is written in, by its path relative to `data/`; undefined if none. */
export function layoutOf(path: string): z.ZodType | undefined {
  return LAYOUTS.find(([pattern]) => pattern.test(path))?.[1];
}
