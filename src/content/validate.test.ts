import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../test/content.ts';
import { segmentIntersection, selfIntersection } from '../geo/selfIntersection.ts';
import { type DataFiles, validateContent } from './validate.ts';

const DATA = DATA_FILES;

/** The real files, with one file's text replaced. */
function withText(path: string, text: string): DataFiles {
  return new Map(DATA).set(path, text);
}

/** The real files, with one JSON file parsed, changed and written back. */
function withJson<T>(path: string, change: (json: T) => void): DataFiles {
  const text = DATA.get(path);
  if (text === undefined) throw new Error(`no data/${path}`);
  const json = JSON.parse(text) as T;
  change(json);
  return withText(path, JSON.stringify(json, null, 1));
}

/** A route feature as written in the files, loose enough to break. */
interface RawFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown[] };
}

/** A milestone as written in `projects.json`, loose enough to break. */
type RawMilestone = Record<string, unknown>;

/** A project as written in `projects.json`. */
interface RawProject {
  id: string;
  milestones: RawMilestone[];
  flow?: { legs: Record<string, unknown>[] };
}

/** The real files, with the grain flow's legs changed. */
function withGrainLegs(change: (legs: Record<string, unknown>[]) => void) {
  return withProjects((projects) => {
    const legs = projects.find((project) => project.id === 'grain-exports')?.flow?.legs;
    if (!legs) throw new Error('no grain flow');
    change(legs);
  });
}

const GRAIN_LEGS = 'data/projects.json: project "grain-exports": flow.legs';

/** An article as written in `data/articles/`. */
interface RawArticle {
  id: string;
  date: string;
  text: string;
  clauses: Record<string, string>;
}

const ARTICLE = 'articles/trend-2024-01-31.json';

/** The real files, with the article changed. */
function withArticle(change: (article: RawArticle) => void) {
  return withJson<RawArticle>(ARTICLE, change);
}

/** A second article, made up for the tests: it mentions the fibre line only. */
const LATER_ARTICLE: RawArticle & Record<string, unknown> = {
  id: 'test-2025-03-04',
  title: 'A test article',
  publisher: 'Test Agency',
  date: '2025-03-04',
  url: 'https://example.org/test',
  language: 'en',
  text: 'A test sentence about the fibre line. The construction agreement was signed on Monday.',
  clauses: { 'fiber-optic': 'The construction agreement was signed on Monday' },
};

/** The real files plus another article. */
function withSecondArticle(article: RawArticle & Record<string, unknown> = LATER_ARTICLE) {
  return new Map(DATA).set(`articles/${article.id}.json`, JSON.stringify(article));
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** The real files, with one route feature changed. */
function withFeature(path: string, index: number, change: (feature: RawFeature) => void) {
  return withJson<{ features: RawFeature[] }>(path, (json) => change(at(json.features, index)));
}

/** The real files, with the list of projects changed. */
function withProjects(change: (projects: RawProject[]) => void) {
  return withJson<{ projects: RawProject[] }>('projects.json', (json) => change(json.projects));
}

/** The errors for some files; fails the test if they validate. */
function errorsOf(files: DataFiles): string[] {
  const result = validateContent(files);
  if (result.ok) throw new Error('expected the files to be rejected');
  return result.errors;
}

const TANKER = 'data/projects/oil-transit.geojson: feature 0 "Tanker route Aktau – Sangachal"';
const FERRY = 'data/projects/titr.geojson: feature 5 "Caspian ferry Aktau – Baku port (Alat)"';
const ALAT_TBILISI =
  'data/projects/titr.geojson: feature 7 "Baku–Tbilisi–Kars railway: Alat – Ganja – Tbilisi"';
const POWER =
  'data/projects/power-cable.geojson: feature 0 "Power cable, Kazakh coast – Absheron (schematic)"';

describe('validateContent on the real data', () => {
  const result = validateContent(DATA);

  it('accepts data/', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('gives the four projects and the two trade flows in legend order', () => {
    const ids = result.ok ? result.content.projects.map((project) => project.id) : [];
    expect(ids).toEqual([
      'titr',
      'oil-transit',
      'fiber-optic',
      'power-cable',
      'grain-exports',
      'fruit-vegetable-supplies',
    ]);
  });

  it('gives every project at least one route', () => {
    const counts = result.ok ? result.content.projects.map((project) => project.routes.length) : [];
    expect(counts).toHaveLength(6);
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(1);
  });

  it("stamps each route with its project's id", () => {
    const projects = result.ok ? result.content.projects : [];
    for (const project of projects) {
      for (const route of project.routes) expect(route.properties.project).toBe(project.id);
    }
    expect(projects.flatMap((project) => project.routes).length).toBeGreaterThan(4);
  });

  it("defaults a route's role to main", () => {
    const tanker = result.ok ? result.content.projects[1]?.routes[0] : undefined;
    expect(tanker?.properties).toMatchObject({
      name: 'Tanker route Aktau – Sangachal',
      role: 'main',
    });
  });
});

describe('validateContent with more than one article', () => {
  const result = validateContent(withSecondArticle());
  const content = result.ok ? result.content : undefined;

  it('accepts an article added as one file', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('lists the articles newest first', () => {
    expect(content?.articles.map((article) => article.id)).toEqual([
      'test-2025-03-04',
      'trend-2024-01-31',
    ]);
  });

  it("gives each project the articles that mention it, newest first, with each one's clause", () => {
    const fibre = content?.projects.find((project) => project.id === 'fiber-optic');
    expect(fibre?.mentions).toEqual([
      { article: 'test-2025-03-04', clause: 'The construction agreement was signed on Monday' },
      {
        article: 'trend-2024-01-31',
        clause:
          'the construction of a fiber-optic communication line (FOCL) on the Caspian Sea bed',
      },
    ]);
    const titr = content?.projects.find((project) => project.id === 'titr');
    expect(titr?.mentions.map((mention) => mention.article)).toEqual(['trend-2024-01-31']);
  });

  it('checks the new clauses verbatim too', () => {
    const clauses = { 'fiber-optic': 'The construction agreement was signed on Tuesday' };
    const errors = errorsOf(withSecondArticle({ ...LATER_ARTICLE, clauses }));
    expect(errors).toEqual([
      'data/articles/test-2025-03-04.json: clauses."fiber-optic": the clause is not a verbatim part of the article\'s text: "The construction agreement was signed on Tuesday"',
    ]);
  });
});

describe('validateContent on broken data', () => {
  it('rejects a latitude of 95, naming the file, the feature and the limit', () => {
    const files = withFeature('projects/oil-transit.geojson', 0, (feature) => {
      feature.geometry.coordinates[0] = [51.23, 95];
    });
    expect(errorsOf(files)).toContain(
      `${TANKER}: geometry.coordinates[0][1]: latitude must be ≤ 90`,
    );
  });

  it('rejects swapped longitude and latitude as outside the region', () => {
    const files = withFeature('projects/oil-transit.geojson', 0, (feature) => {
      feature.geometry.coordinates[0] = [43.6, 51.23];
    });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(`${TANKER}: geometry.coordinates[0]: lies outside the map's region`);
    expect(errors[0]).toMatch('are longitude and latitude swapped?');
  });

  it('rejects an unknown kind of route, listing the known ones', () => {
    const files = withFeature('projects/titr.geojson', 5, (feature) => {
      feature.properties.kind = 'tram';
    });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(`${FERRY}: properties.kind: `);
    expect(errors[0]).toMatch('"rail"|"ferry"|"pipeline"|"tanker"|"cable"');
  });

  it('rejects an unknown certainty, listing the known ones', () => {
    const files = withFeature('projects/titr.geojson', 5, (feature) => {
      feature.properties.certainty = 'rumoured';
    });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(`${FERRY}: properties.certainty: `);
    expect(errors[0]).toMatch('"traced"|"approximate"|"indicative"');
  });

  it('rejects a route without a source', () => {
    const files = withFeature('projects/power-cable.geojson', 0, (feature) => {
      delete feature.properties.source;
    });
    expect(errorsOf(files)).toEqual([
      `${POWER}: properties.source: Invalid input: expected string, received undefined`,
    ]);
  });

  it('rejects a LineString with a single position', () => {
    const files = withFeature('projects/power-cable.geojson', 0, (feature) => {
      feature.geometry.coordinates = [[51.17, 43.65]];
    });
    expect(errorsOf(files)).toEqual([
      `${POWER}: geometry.coordinates: a line needs at least two positions`,
    ]);
  });

  it('rejects an extra property on a feature', () => {
    const files = withFeature('projects/power-cable.geojson', 0, (feature) => {
      feature.properties.colour = '#ff0000';
    });
    expect(errorsOf(files)).toEqual([`${POWER}: properties: Unrecognized key: "colour"`]);
  });

  it('names a feature by its index when it has no name', () => {
    const files = withFeature('projects/power-cable.geojson', 0, (feature) => {
      delete feature.properties.name;
    });
    expect(errorsOf(files)).toEqual([
      'data/projects/power-cable.geojson: feature 0: properties.name: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects an empty FeatureCollection', () => {
    const files = withJson<{ features: unknown[] }>('projects/power-cable.geojson', (json) => {
      json.features = [];
    });
    expect(errorsOf(files)).toEqual([
      'data/projects/power-cable.geojson: features: a project needs at least one feature',
    ]);
  });

  it('rejects an empty places file in words about places', () => {
    const files = withJson<{ features: unknown[] }>('places.geojson', (json) => {
      json.features = [];
    });
    expect(errorsOf(files)).toEqual(['data/places.geojson: features: needs at least one place']);
  });

  it('rejects a place with a misspelt kind, naming the place', () => {
    const files = withFeature('places.geojson', 0, (feature) => {
      feature.properties.kind = 'capitol';
    });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch('data/places.geojson: feature 0 "Baku": properties.kind: ');
  });

  it('requires a certainty note from a project with an indicative route', () => {
    const files = withJson<{ projects: Record<string, unknown>[] }>('projects.json', (json) => {
      const power = json.projects.find((project) => project.id === 'power-cable');
      if (power) delete power.certaintyNote;
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project "power-cable": needs a certaintyNote, because route "Power cable, Kazakh coast – Absheron (schematic)" is indicative',
    ]);
  });

  it('rejects truncated JSON', () => {
    const text = DATA.get('projects/titr.geojson') ?? '';
    const errors = errorsOf(withText('projects/titr.geojson', text.slice(0, 200)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/projects\/titr\.geojson: malformed JSON: /);
  });

  it("rejects an article's clause that is not verbatim in its text", () => {
    const clause = 'the construction of a fibre-optic communication line (FOCL)';
    const files = withArticle((article) => {
      article.clauses['fiber-optic'] = clause;
    });
    expect(errorsOf(files)).toEqual([
      `data/${ARTICLE}: clauses."fiber-optic": the clause is not a verbatim part of the article's text: "${clause}"`,
      'data/projects.json: project "fiber-optic": no article mentions it; give an article in data/articles/ a clause for "fiber-optic"',
    ]);
  });

  it('rejects a clause for a project that projects.json does not declare', () => {
    const files = withArticle((article) => {
      article.clauses.tram = 'Kazakh grain exports';
    });
    expect(errorsOf(files)).toEqual([
      `data/${ARTICLE}: clauses."tram": unknown project "tram": use the id of a project in data/projects.json`,
    ]);
  });

  it("rejects an article whose id is not its file's name", () => {
    const files = new Map(DATA).set('articles/copy.json', JSON.stringify(LATER_ARTICLE));
    expect(errorsOf(files)).toEqual([
      'data/articles/copy.json: id "test-2025-03-04" is not the file\'s name; name the file articles/test-2025-03-04.json or change the id',
    ]);
  });

  it('rejects an article that quotes no project', () => {
    const errors = errorsOf(withSecondArticle({ ...LATER_ARTICLE, clauses: {} }));
    expect(errors).toEqual([
      'data/articles/test-2025-03-04.json: clauses: names no project; quote what the article says about at least one',
    ]);
  });

  it('rejects a milestone without sources, and an empty list of them', () => {
    const files = withProjects((projects) => {
      const [first, second] = at(projects, 0).milestones;
      if (first) delete first.sources;
      if (second) second.sources = [];
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project 0: milestones[0].sources: must list the sources: [{ "publisher", "date", "url" }]',
      'data/projects.json: project 0: milestones[1].sources: needs at least one source',
    ]);
  });

  it('rejects a source without a URL, or with one a reader cannot open', () => {
    const files = withProjects((projects) => {
      const [first, second] = at(projects, 0).milestones as {
        sources: Record<string, unknown>[];
      }[];
      if (first?.sources[0]) delete first.sources[0].url;
      if (second?.sources[0]) second.sources[0].url = 'ftp://example.org/file';
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project 0: milestones[0].sources[0].url: must be the http(s) address of the source',
      'data/projects.json: project 0: milestones[1].sources[0].url: must be the http(s) address of the source',
    ]);
  });

  it('rejects placeholder wording anywhere in projects.json or a route file', () => {
    const projects = withProjects((list) => {
      const [first] = at(list, 1).milestones as { sources: Record<string, unknown>[] }[];
      if (first?.sources[0]) first.sources[0].publisher = 'Project fact dossier';
    });
    expect(errorsOf(projects)).toEqual([
      'data/projects.json: projects[1].milestones[0].sources[0].publisher: "dossier" is placeholder wording; cite the public source (publisher, date, URL) or drop the claim',
    ]);
    const route = withFeature('projects/power-cable.geojson', 0, (feature) => {
      feature.properties.source = 'Landing points TBD';
    });
    expect(errorsOf(route)).toEqual([
      'data/projects/power-cable.geojson: features[0].properties.source: "TBD" is placeholder wording; cite the public source (publisher, date, URL) or drop the claim',
    ]);
  });

  it("requires the day each project's facts were last checked", () => {
    const files = withProjects((projects) => {
      delete (at(projects, 1) as unknown as Record<string, unknown>).checked;
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project 1: checked: must be the day the facts were checked, YYYY-MM-DD',
    ]);
  });

  describe('an expected milestone whose day has passed', () => {
    const SOURCE = { publisher: 'Test Agency', date: '2025-12', url: 'https://example.org/plan' };
    /**
     * The real files, the fibre line checked on `checked` with a launch expected in June 2026.
     * Its own "not confirmed as of" marks, set when it was checked in December 2026, are dropped:
     * on an earlier day they would be after the check, and its own expected days still to come.
     */
    const withLaunch = (checked: string, launch: RawMilestone = {}) =>
      withProjects((projects) => {
        const fibre = at(projects, 2) as RawProject & Record<string, unknown>;
        fibre.checked = checked;
        for (const milestone of fibre.milestones) delete milestone.notConfirmedAsOf;
        fibre.milestones.push({
          date: '2026-06',
          event: 'Launch expected',
          expected: true,
          sources: [SOURCE],
          ...launch,
        });
      });

    it('fails the check once the day the facts were checked is later', () => {
      const errors = errorsOf(withLaunch('2026-07-01'));
      expect(errors).toContainEqual(
        expect.stringMatching(
          /^data\/projects\.json: project "fiber-optic": milestones\[\d+\]: is expected on 2026-06, which had passed when the facts were checked \(2026-07-01\); resolve it: it happened .*, it slipped .*, or nothing was found since \(set "notConfirmedAsOf" to 2026-07-01/,
        ),
      );
    });

    it('passes while its day has not come', () => {
      const errors = validateContent(withLaunch('2026-06-30'));
      const about = errors.ok ? [] : errors.errors.filter((error) => error.includes('2026-06'));
      expect(about).toEqual([]);
    });

    it('holds the real fibre line’s laying, due by September 2026, to its mark of 7 December', () => {
      let index = -1;
      const files = withProjects((projects) => {
        const { milestones } = at(projects, 2);
        index = milestones.findIndex((one) => one.date === '2026-09');
        const laying = milestones[index];
        if (laying?.notConfirmedAsOf !== '2026-12-07') throw new Error('no unconfirmed laying');
        delete laying.notConfirmedAsOf;
      });
      expect(errorsOf(files)).toEqual([
        `data/projects.json: project "fiber-optic": milestones[${index}]: is expected on 2026-09, which had passed when the facts were checked (2026-12-07); resolve it: it happened (drop "expected", cite the source that says so), it slipped (give the new date and its source), or nothing was found since (set "notConfirmedAsOf" to 2026-12-07, and the map says "expected …, not confirmed as of" that day)`,
      ]);
    });

    it('passes when marked not confirmed as of the day checked, and only then', () => {
      const resolved = validateContent(
        withLaunch('2026-07-01', { notConfirmedAsOf: '2026-07-01' }),
      );
      const about = resolved.ok ? [] : resolved.errors.filter((error) => error.includes('2026-06'));
      expect(about).toEqual([]);
      const older = errorsOf(withLaunch('2026-08-01', { notConfirmedAsOf: '2026-07-01' }));
      expect(older).toContainEqual(
        expect.stringContaining('is expected on 2026-06, which had passed'),
      );
    });

    it('rejects notConfirmedAsOf on a milestone that is not expected, or after the day checked', () => {
      const happened = errorsOf(
        withLaunch('2026-07-01', { expected: false, notConfirmedAsOf: '2026-07-01' }),
      );
      expect(happened).toContainEqual(
        expect.stringContaining('notConfirmedAsOf: only an expected milestone can be unconfirmed'),
      );
      const later = errorsOf(withLaunch('2026-07-01', { notConfirmedAsOf: '2026-07-02' }));
      expect(later).toContainEqual(
        expect.stringContaining(
          'notConfirmedAsOf: 2026-07-02 is after the day the facts were checked (2026-07-01)',
        ),
      );
    });
  });

  it('rejects a milestone date that is not in the calendar, or not a date', () => {
    const files = withProjects((projects) => {
      const [first, second] = at(projects, 0).milestones;
      if (first) first.date = '2023-02-29';
      if (second) second.date = 'December 2016';
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project 0: milestones[0].date: is not a date in the calendar',
      'data/projects.json: project 0: milestones[1].date: must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('rejects an expected milestone that sets a status', () => {
    // The fibre line's last milestone in the file: its launch, expected by the end of 2026.
    let index = -1;
    const files = withProjects((projects) => {
      const { milestones } = at(projects, 2);
      index = milestones.length - 1;
      const last = at(milestones, index);
      if (last.expected !== true) throw new Error('the last fibre milestone is not expected');
      last.status = 'operating';
    });
    expect(errorsOf(files)).toEqual([
      `data/projects.json: project "fiber-optic": milestones[${index}]: an expected milestone cannot set the status ("operating"); give the status to the milestone that records it happening`,
    ]);
  });

  it("rejects a project with no status on the first article's date", () => {
    const files = withProjects((projects) => {
      for (const milestone of at(projects, 3).milestones) delete milestone.status;
      const cop29 = at(projects, 3).milestones[3];
      if (cop29) cop29.status = 'agreed';
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project "power-cable": milestones: no status on 2024-01-31, the first article\'s date; give a milestone dated on or before it a "status" (the first status is set on 2024-11-13)',
    ]);
  });

  it('rejects a flow leg along a route that does not exist', () => {
    const files = withGrainLegs((legs) => {
      if (legs[1]) legs[1].route = 'Caspian ferry Aktau – Baku';
    });
    expect(errorsOf(files)).toEqual([
      `${GRAIN_LEGS}[1]: project "titr" has no route "Caspian ferry Aktau – Baku"`,
    ]);
  });

  it('asks which line of a MultiLineString a flow leg follows', () => {
    // The rail to Aktau, drawn as two lines that meet at Mangyshlak.
    const files = withFeature('projects/titr.geojson', 3, (feature) => {
      const line = feature.geometry.coordinates;
      const mangyshlak = line.findIndex((p) => JSON.stringify(p) === '[51.28,43.647]');
      feature.geometry.type = 'MultiLineString';
      feature.geometry.coordinates = [line.slice(0, mangyshlak + 1), line.slice(mangyshlak)];
    });
    const route =
      'route "Kazakh rail: Beyneu – Aktau port" has 2 lines: say which with "part" (0–1)';
    expect(errorsOf(files)).toEqual([
      `${GRAIN_LEGS}[0]: ${route}`,
      `${GRAIN_LEGS.replace('grain-exports', 'fruit-vegetable-supplies')}[1]: ${route}`,
    ]);
  });

  it('rejects a flow whose legs do not meet', () => {
    const files = withGrainLegs((legs) => {
      if (legs[1]) legs[1].reverse = true;
    });
    expect(errorsOf(files)).toEqual([
      `${GRAIN_LEGS}[1]: starts at 49.44, 39.98, not where the leg before it ends (51.183, 43.62); use "reverse", "fromKm" or "toKm"`,
    ]);
  });

  it('rejects a stretch that starts beyond the end of its line', () => {
    const files = withGrainLegs((legs) => {
      if (legs[0]) legs[0].fromKm = 3000;
    });
    expect(errorsOf(files)).toEqual([
      `${GRAIN_LEGS}[0]: fromKm 3000 is not before the stretch's end (the line is 418 km)`,
    ]);
  });

  it('rejects a flow drawn by hand in a route file', () => {
    const files = withFeature('projects/titr.geojson', 5, (feature) => {
      feature.properties.kind = 'flow';
    });
    expect(errorsOf(files)).toEqual([
      `${FERRY}: a flow is not drawn in a file; declare it with "flow" in data/projects.json`,
    ]);
  });

  it('rejects a route file for a flow, which is built from its legs', () => {
    const files = withText(
      'projects/grain-exports.geojson',
      DATA.get('projects/titr.geojson') ?? '',
    );
    expect(errorsOf(files)).toEqual([
      'data/projects/grain-exports.geojson: "grain-exports" is a flow, built from the legs in data/projects.json; delete this file',
    ]);
  });

  it('reports nothing about a flow along a project whose own file is broken', () => {
    const text = DATA.get('projects/titr.geojson') ?? '';
    const errors = errorsOf(withText('projects/titr.geojson', text.slice(0, 100)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/projects\/titr\.geojson: malformed JSON/);
  });

  it('rejects a route file for a project that projects.json does not declare', () => {
    const files = withText('projects/tram.geojson', DATA.get('projects/titr.geojson') ?? '');
    expect(errorsOf(files)).toEqual([
      'data/projects/tram.geojson: unknown project "tram": declare it in data/projects.json',
    ]);
  });

  it('rejects a project declared twice', () => {
    const files = withProjects((projects) => {
      projects.push(at(projects, 0));
    });
    expect(errorsOf(files)).toEqual(['data/projects.json: project 6: id "titr" is declared twice']);
  });

  it('rejects a declared project that has no route file', () => {
    const files = withProjects((projects) => {
      projects.push({ ...at(projects, 0), id: 'trans-caspian-gas' });
    });
    expect(errorsOf(files)).toEqual([
      'data/projects.json: project "trans-caspian-gas": no article mentions it; give an article in data/articles/ a clause for "trans-caspian-gas"',
      'data/projects/trans-caspian-gas.geojson: file is missing',
    ]);
  });

  it('rejects two places with the same name, naming both features', () => {
    const files = withFeature('places.geojson', 9, (feature) => {
      feature.properties.name = 'Baku';
    });
    expect(errorsOf(files)).toEqual([
      'data/places.geojson: feature 9 "Baku": the name is already used by feature 0',
    ]);
  });

  it('rejects two routes of one project with the same name, naming both features', () => {
    const files = withFeature('projects/titr.geojson', 6, (feature) => {
      feature.properties.name = 'Caspian ferry Aktau – Baku port (Alat)';
    });
    expect(errorsOf(files)).toEqual([
      `${FERRY.replace('feature 5', 'feature 6')}: the name is already used by feature 5`,
    ]);
  });

  it('lets routes of different projects share a name', () => {
    const files = withFeature('projects/fiber-optic.geojson', 0, (feature) => {
      feature.properties.name = 'Power cable, Kazakh coast – Absheron (schematic)';
    });
    for (const error of errorsOf(files)) expect(error).not.toMatch('already used');
  });

  it('rejects a LineString that crosses itself, giving the crossing point', () => {
    const files = withFeature('projects/titr.geojson', 7, (feature) => {
      feature.geometry.coordinates = [
        [49.44, 39.98],
        [46.36, 40.68],
        [46.36, 39.98],
        [49.44, 40.68],
      ];
    });
    expect(errorsOf(files)).toEqual([
      `${ALAT_TBILISI}: geometry.coordinates: the line crosses itself near longitude 47.900, latitude 40.330 (segments from positions 0 and 2)`,
    ]);
  });

  it('rejects a part of a MultiLineString that crosses itself, naming the part', () => {
    const files = withFeature('projects/titr.geojson', 11, (feature) => {
      feature.geometry.type = 'MultiLineString';
      feature.geometry.coordinates = [
        [
          [44.83, 41.69],
          [41.66, 42.16],
        ],
        [
          [44.83, 41.69],
          [41.66, 41.69],
          [42, 42],
          [42, 41],
        ],
      ];
    });
    expect(errorsOf(files)).toEqual([
      'data/projects/titr.geojson: feature 11 "Georgian rail: Tbilisi – Samtredia – Batumi": geometry.coordinates[1]: the line crosses itself near longitude 42.000, latitude 41.690 (segments from positions 0 and 2)',
    ]);
  });

  it('rejects a line that comes back to touch one of its own positions', () => {
    const files = withFeature('projects/titr.geojson', 7, (feature) => {
      feature.geometry.coordinates = [
        [49.44, 39.98],
        [46.36, 40.68],
        [44.83, 41.69],
        [43.5, 41.4],
        [43.09, 40.6],
        [46.36, 40.68],
      ];
    });
    expect(errorsOf(files)).toEqual([
      `${ALAT_TBILISI}: geometry.coordinates: the line crosses itself near longitude 46.360, latitude 40.680 (segments from positions 0 and 4)`,
    ]);
  });

  it('accepts a line with a repeated position, which is no crossing', () => {
    const files = withFeature('projects/titr.geojson', 7, (feature) => {
      const { coordinates } = feature.geometry;
      coordinates.splice(1, 0, coordinates[1]);
    });
    expect(validateContent(files).ok).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const files = new Map(
      withFeature('projects/power-cable.geojson', 0, (feature) => {
        feature.properties.kind = 'tram';
      }),
    );
    files.set('projects/tram.geojson', DATA.get('projects/titr.geojson') ?? '');
    expect(errorsOf(files)).toHaveLength(2);
  });
});

describe('segmentIntersection', () => {
  it('gives the point where two segments cross', () => {
    expect(segmentIntersection([0, 0], [2, 2], [0, 2], [2, 0])).toEqual([1, 1]);
  });

  it('gives a shared end as the meeting point', () => {
    expect(segmentIntersection([0, 0], [1, 1], [1, 1], [2, 0])).toEqual([1, 1]);
  });

  it('gives a point of the overlap of collinear segments', () => {
    expect(segmentIntersection([0, 0], [2, 0], [1, 0], [3, 0])).toEqual([2, 0]);
  });

  it.each([
    ['parallel', [0, 1], [2, 1]],
    ['collinear but apart', [3, 0], [4, 0]],
    ['crossing only if extended', [3, -1], [3, 1]],
  ] as const)('gives nothing for segments %s', (_label, c, d) => {
    expect(segmentIntersection([0, 0], [2, 0], c, d)).toBeUndefined();
  });
});

describe('selfIntersection', () => {
  it('finds where a line crosses itself, with the segments involved', () => {
    expect(
      selfIntersection([
        [0, 0],
        [2, 2],
        [2, 0],
        [0, 2],
      ]),
    ).toEqual({ at: [1, 1], segments: [0, 2] });
  });

  it.each([
    [
      'a straight line',
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    ],
    [
      'a zigzag',
      [
        [0, 0],
        [1, 1],
        [2, 0],
        [3, 1],
      ],
    ],
    [
      'repeated consecutive positions',
      [
        [0, 0],
        [1, 1],
        [1, 1],
        [1, 1],
        [2, 0],
      ],
    ],
    [
      'a closed ring',
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  ] as const)('finds nothing in %s', (_label, line) => {
    expect(selfIntersection(line)).toBeUndefined();
  });

  it('numbers positions as the file does, counting repeated ones', () => {
    const line = [
      [0, 0],
      [0, 0],
      [2, 2],
      [2, 0],
      [2, 0],
      [0, 2],
    ] as const;
    expect(selfIntersection(line)).toEqual({ at: [1, 1], segments: [0, 3] });
  });
});
