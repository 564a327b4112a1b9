/**
 * The plain words of the desk's forms: each field's label and help, by its path in the form
 * (`sources.date`) or, failing that, its name (`date`); the choices of the closed vocabularies.
 */
import type { Language } from '../../content/languages.ts';

export interface FieldWords {
  label: string;
  help?: string;
  /** A long text: a text area. */
  multiline?: boolean;
  /** The words of an enum's choices, and of the blank choice ('' key) of an optional one. */
  options?: Readonly<Record<string, string>>;
  /** The label of one item of a list, and of its add button ("source" → "Add source"). */
  item?: string;
}

export type Words = Readonly<Record<string, FieldWords>>;

/** The languages as the desk's labels name them (e.g. "Event (Қазақ)"). */
export const LANGUAGE_LABELS: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  az: 'Azərbaycan',
  kk: 'Қазақ',
};

const DATE_PRECISION = 'YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day)';

/** Words shared by every form. */
export const WORDS: Words = {
  date: {
    label: 'Date',
    help: `When it happened, or is expected: ${DATE_PRECISION}, as precise as the source.`,
  },
  event: { label: 'Event', help: 'What happened, in one short sentence.' },
  status: {
    label: 'Status',
    help: "The project's stage from this date on. Leave it at “No change” when the milestone does not change it.",
    options: {
      '': 'No change',
      proposed: 'Proposed (discussed or under study)',
      agreed: 'Agreed (an agreement signed)',
      'under-construction':
        'Under construction (a construction contract signed or works under way)',
      operating: 'Operating (in service)',
    },
  },
  expected: {
    label: 'Expected',
    help: 'A date announced for the future: the map shows it as expected, and it never changes the status.',
  },
  notConfirmedAsOf: {
    label: 'Not confirmed as of',
    help: 'For an expected date that has passed: the day (YYYY-MM-DD) up to which no source confirmed it. The map then says “expected …, not confirmed as of” that day.',
  },
  sources: {
    label: 'Sources',
    help: 'At least one public source a reader can open.',
    item: 'source',
  },
  'sources.publisher': { label: 'Publisher', help: 'Who published it, e.g. Trend News Agency.' },
  'sources.title': {
    label: 'Title',
    help: 'The headline as published; leave it blank if you have not seen it.',
  },
  'sources.date': {
    label: 'Source date',
    help: `As precise as the page shows it: ${DATE_PRECISION}; blank if the page shows none.`,
  },
  'sources.url': { label: 'URL', help: 'The address of the page, starting with https://' },
  'sources.language': {
    label: 'Language',
    help: 'Two letters (ru, az, kk, tr…) for a source not in English; blank for English.',
  },
  label: { label: 'Label', help: 'What the figure is, e.g. Capacity.' },
  value: { label: 'Value', help: 'The figure with its unit and year, as the source gives it.' },
  checked: {
    label: 'Facts checked on',
    help: 'The day the facts and milestones were last checked against their sources: YYYY-MM-DD.',
  },
  colours: {
    label: 'Colours on the map',
    help: 'The colour of the project’s lines, legend and labels, on the light map and on the dark map. Each must stand out from land and water at 3:1 or more (the check says when one does not): darker on the light map, lighter on the dark one.',
  },
  'colours.light': { label: 'On the light map' },
  'colours.dark': { label: 'On the dark map' },
  name: { label: 'Name' },
  shortName: { label: 'Short name', help: 'Used in the legend and wherever space is short.' },
  description: { label: 'Description', help: 'One or two sentences.', multiline: true },
  certaintyNote: {
    label: 'Note on the drawn lines',
    help: 'How sure the drawn lines are and why; required when a line is indicative.',
    multiline: true,
  },
  'properties.name': { label: 'Name', help: 'The English name the map labels it with.' },
  'properties.kind': {
    label: 'Kind',
    options: {
      capital: 'Capital',
      city: 'City or town',
      port: 'Port',
      terminal: 'Terminal',
      border: 'Border crossing',
      field: 'Oil or gas field',
      station: 'Station',
      junction: 'Junction',
    },
  },
  'properties.source': {
    label: 'Where the position comes from',
    help: 'E.g. [G] for GeoNames, [WP] for Wikipedia, [OSM] for OpenStreetMap, or “approximate”.',
  },
  'properties.role': { label: 'Role', help: 'Why the place is on the map, in a few words.' },
  'properties.approximate': {
    label: 'Approximate position',
    help: 'The point is only roughly where the place is.',
  },
  'properties.label': {
    label: 'Labelled on the map',
    help: 'Untick for a station or junction that only names where a line starts or ends.',
  },
  'geometry.coordinates': { label: 'Position' },
  'geometry.coordinates.0': { label: 'Longitude', help: 'Degrees east, e.g. 49.89 for Baku.' },
  'geometry.coordinates.1': { label: 'Latitude', help: 'Degrees north, e.g. 40.38 for Baku.' },
  title: {
    label: 'Headline',
    help: 'Only if you have seen it as published: the map prints it.',
  },
  publisher: { label: 'Publisher' },
  url: { label: 'URL', help: "The article's address, starting with https://" },
  language: { label: 'Language of the article', help: 'Two letters, e.g. en or ru.' },
  text: {
    label: 'Text',
    help: 'The article exactly as published; the clauses must be copied from it.',
    multiline: true,
  },
  textNote: {
    label: 'Note on the text',
    help: 'What was left out of the text, if anything.',
    multiline: true,
  },
  clause: {
    label: 'Clause',
    help: "The words about this project, copied character for character from the article's text; blank if the article does not mention it.",
    multiline: true,
  },
};

/** The words of a field by its schema path (`sources.date`), else by its name, else the name. */
export function wordsFor(words: Words, path: string, name: string): FieldWords {
  return words[path] ?? words[name] ?? { label: name };
}
