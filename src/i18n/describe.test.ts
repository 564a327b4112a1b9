import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { timespanOf } from '../content/milestones.ts';
import { summarizeRoutes } from '../content/routeSummary.ts';
import { createI18n } from './createI18n.ts';
import { describeLeg, describeMap, describeProject, expectedNote } from './describe.ts';

const content = loadTestContent();
const english = createI18n(content, 'en');
const latest = timespanOf(content.projects, content.articles).end;
const ARTICLE_DAY = '2024-01-31';

function project(id: string) {
  const found = english.content.projects.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no project ${id}`);
  return found;
}

function route(projectId: string, name: string) {
  const found = project(projectId).routes.find((candidate) => candidate.properties.name === name);
  if (!found) throw new Error(`no route ${name}`);
  return found;
}

describe('the build measures each route', () => {
  it('gives the BTC pipeline its three countries and about the length Global Energy Monitor draws', () => {
    // BP: Azerbaijan, Georgia and Turkey; Global Energy Monitor's line measures about 1,653 km.
    const { geography } = route('oil-transit', 'Baku–Tbilisi–Ceyhan (BTC) pipeline');
    expect(geography.passes).toEqual([
      { country: 'Azerbaijan' },
      { country: 'Georgia' },
      { country: 'Turkey' },
    ]);
    expect(geography.lengthKm).toBeGreaterThan(1640);
    expect(geography.lengthKm).toBeLessThan(1660);
    expect([geography.from, geography.to]).toEqual(['Sangachal terminal', 'Ceyhan terminal']);
  });

  it('keeps the Kazakh rail in Kazakhstan, Baikonur counted as Kazakh land', () => {
    const { geography } = route('titr', 'Kazakh rail: Dostyk – Almaty – Shalkar');
    expect(geography.passes).toEqual([{ country: 'Kazakhstan' }]);
    expect([geography.from, geography.to]).toEqual(['Dostyk', 'Shalkar']);
    expect(geography.lengthKm).toBeGreaterThan(2600);
    expect(geography.lengthKm).toBeLessThan(2700);
  });

  it('takes the ferry across the Caspian Sea from the Aktau port to the Baku port', () => {
    const { geography } = route('titr', 'Caspian ferry Aktau – Baku port (Alat)');
    expect(geography.passes).toEqual([
      { country: 'Kazakhstan' },
      { sea: 'Caspian Sea' },
      { country: 'Azerbaijan' },
    ]);
    // A rail end 3.5 km from Aktau's centre and 4.4 km from the port's point is at the port.
    expect(geography.from).toBe('Aktau port');
    expect(geography.to).toBe('Baku port (Alat)');
  });

  it('keeps the Kars line in Georgia up to the border, and in Türkiye after it', () => {
    // The line ends at the border station, 2.5 km inside Natural Earth's coarse Türkiye.
    const toBorder = route(
      'titr',
      'Baku–Tbilisi–Kars railway: Tbilisi – Akhalkalaki – Turkish border',
    );
    expect(toBorder.geography.passes).toEqual([{ country: 'Georgia' }]);
    expect(toBorder.geography.to).toBe('Kartsakhi (Turkish border)');
    const fromBorder = route('titr', 'Baku–Tbilisi–Kars railway: Turkish border – Kars');
    expect(fromBorder.geography.passes).toEqual([{ country: 'Turkey' }]);
  });

  it('leaves the inland end of a flow unnamed', () => {
    const [flow] = project('grain-exports').routes;
    expect([flow?.geography.from, flow?.geography.to]).toEqual([null, 'Baku port (Alat)']);
  });

  it('names every country a route passes in every language', () => {
    expect(Object.keys(content.countryNames).sort()).toEqual([
      'Azerbaijan',
      'Georgia',
      'Kazakhstan',
      'Turkey',
    ]);
    expect(content.countryNames.Turkey).toEqual({
      en: 'Türkiye',
      ru: 'Турция',
      az: 'Türkiyə',
      kk: 'Түркия',
    });
  });
});

describe('summarizeRoutes', () => {
  it('gives the Middle Corridor its kinds and countries in the order of its routes', () => {
    const summary = summarizeRoutes(project('titr'));
    expect(summary.kinds).toEqual(['rail', 'ferry']);
    expect(summary.countries).toEqual(['Kazakhstan', 'Azerbaijan', 'Georgia', 'Turkey']);
    expect(summary.passes).toContainEqual({ sea: 'Caspian Sea' });
  });

  it('adds up the main lines only, and measures nothing where the project does not', () => {
    const fibre = project('fiber-optic');
    const main = fibre.routes.find((candidate) => candidate.properties.role === 'main');
    expect(summarizeRoutes(fibre).lengthKm).toBe(main?.geography.lengthKm);
    expect(summarizeRoutes(project('power-cable')).lengthKm).toBeNull();
    expect(summarizeRoutes(project('grain-exports')).lengthKm).toBeNull();
  });
});

describe('describeProject', () => {
  it('describes the oil transit in English, leg by leg', () => {
    const description = describeProject(project('oil-transit'), latest, english);
    expect(description.overview).toBe(
      'Tanker route and pipeline, about 2,140 km as drawn in all, through Kazakhstan, the Caspian Sea, Azerbaijan, Georgia and Türkiye.',
    );
    expect(description.legs).toEqual([
      'Tanker route Aktau port – Sangachal terminal: about 500 km as drawn, indicative only; through Kazakhstan, the Caspian Sea and Azerbaijan.',
      'Pipeline Sangachal terminal – Ceyhan terminal: about 1,650 km as drawn, traced along its course; through Azerbaijan, Georgia and Türkiye.',
    ]);
    // The panel names each route and gives the rest.
    expect(description.legDetails[1]).toBe(
      'about 1,650 km as drawn, traced along its course; through Azerbaijan, Georgia and Türkiye.',
    );
    expect(description.text).toMatch(
      /^Transit of Kazakh oil through Azerbaijan\. Status on 31 March 2026: Operating\. Tanker route and pipeline, /,
    );
  });

  it('gives the status of the day asked for', () => {
    const onArticleDay = describeProject(project('fiber-optic'), ARTICLE_DAY, english);
    const now = describeProject(project('fiber-optic'), latest, english);
    expect(onArticleDay.text).toMatch(/\. Status on 31 January 2024: /);
    // The latest milestone is the Middle Corridor's first-quarter total (2026-03), counted from
    // the quarter's last day; the fibre line has been under construction since March 2025.
    expect(now.text).toMatch(/\. Status on 31 March 2026: Under construction\. /);
  });

  it('gives no length for a schematic line, and marks an alternative', () => {
    const cable = describeProject(project('power-cable'), latest, english);
    expect(cable.legs).toEqual([
      'Seabed cable Aktau – Baku: not measured (schematic), indicative only; through Kazakhstan, the Caspian Sea and Azerbaijan.',
    ]);
    const fibre = describeProject(project('fiber-optic'), latest, english);
    expect(fibre.legs[1]).toMatch(/^Seabed cable Aktau – Siyazan \(alternative\): about 330 km/);
  });

  it('names no countries for a route not measured against country shapes, and no ends it lacks', () => {
    const cable = project('power-cable');
    const [drawn] = cable.routes;
    if (!drawn) throw new Error('no route');
    const unmeasured = { ...drawn, geography: { ...drawn.geography, passes: null, from: null } };
    const bare = {
      ...cable,
      routes: [{ ...unmeasured, geography: { ...unmeasured.geography, to: null } }],
    };
    expect(describeProject(bare, latest, english)).toMatchObject({
      overview: 'Seabed cable, not measured (schematic).',
      legs: ['Seabed cable: not measured (schematic), indicative only.'],
    });
  });

  it('says which way a flow goes when one end is not published', () => {
    const [leg] = describeProject(project('fruit-vegetable-supplies'), latest, english).legs;
    expect(leg).toBe(
      'Trade flow from Baku port (Alat): not measured (schematic), indicative only; through Azerbaijan, the Caspian Sea and Kazakhstan.',
    );
  });

  it('speaks each language, places and countries included', () => {
    const russian = createI18n(content, 'ru');
    const btc = russian.content.projects.find((candidate) => candidate.id === 'oil-transit');
    const pipeline = btc?.routes[1];
    if (!btc || !pipeline) throw new Error('no BTC');
    expect(describeLeg(btc, pipeline, russian)).toBe(
      'Трубопровод Терминал Сангачал – Терминал Джейхан: около 1\u00a0650\u00a0км по карте, по фактической трассе; страны по пути: Азербайджан, Грузия и Турция.',
    );
    const kazakh = createI18n(content, 'kk');
    const titr = kazakh.content.projects.find((candidate) => candidate.id === 'titr');
    if (!titr) throw new Error('no TITR');
    expect(describeProject(titr, latest, kazakh).legs[0]).toBe(
      'Темір жол Достық – Шалқар: картада шамамен 2\u00a0650\u00a0км; сызылуы — нақты трассасы бойынша; ел: Қазақстан.',
    );
  });
});

describe('describeMap', () => {
  it('titles the picture, sums up each project and details the selected one', () => {
    const text = describeMap(
      english.content.projects,
      latest,
      {
        ...english,
        mapTitle: english.content.mapTitle,
      },
      (id) => id === 'fiber-optic',
    );
    expect(text.startsWith('Map: Azerbaijan–Kazakhstan joint projects across the Caspian. ')).toBe(
      true,
    );
    expect(text).toContain('Seabed cable Aktau – Sumgayit: about 360 km as drawn');
    expect(text).not.toContain('Rail Dostyk – Shalkar');
    expect(text).toContain('Trans-Caspian International Transport Route (Middle Corridor). Status');
  });
});

describe('expectedNote', () => {
  const expected = { expected: true, notConfirmedAsOf: undefined };

  it('says "expected" after a milestone still to come, and nothing after one that is not', () => {
    expect(expectedNote(expected, english)).toBe('expected');
    expect(expectedNote({ expected: false }, english)).toBeNull();
  });

  it('says since when no source confirmed one whose day passed, the date as other dates', () => {
    const unconfirmed = { expected: true, notConfirmedAsOf: '2026-12-07' };
    expect(expectedNote(unconfirmed, english)).toBe(
      'expected; not confirmed as of 7 December 2026',
    );
    expect(expectedNote(unconfirmed, createI18n(content, 'ru'))).toBe(
      'ожидается; на 7 декабря 2026 г. не подтверждено',
    );
    expect(expectedNote(unconfirmed, createI18n(content, 'az'))).toBe(
      'gözlənilir; 7 dekabr 2026 tarixinə təsdiqlənməyib',
    );
    expect(expectedNote(unconfirmed, createI18n(content, 'kk'))).toBe(
      'күтілуде; 2026 ж. 7 желтоқсан күнгі жағдай бойынша расталмаған',
    );
  });

  it('marks the fibre line’s laying, due by September 2026, as not confirmed by the last check', () => {
    const notes = project('fiber-optic').milestones.map((milestone) => [
      milestone.date,
      expectedNote(milestone, english),
    ]);
    // Due by September, unconfirmed when the facts were checked on 7 December 2026; the launch
    // is due by the end of 2026, a day still to come then.
    expect(notes.filter(([, note]) => note !== null)).toEqual([
      ['2026-09', 'expected; not confirmed as of 7 December 2026'],
      ['2026', 'expected'],
    ]);
  });
});
