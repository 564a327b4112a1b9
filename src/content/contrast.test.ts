import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../test/content.ts';
import {
  colourContrastProblems,
  contrastRatio,
  MIN_GRAPHIC_CONTRAST,
  relativeLuminance,
} from './contrast.ts';
import { THEME_GROUND } from './themeColours.ts';
import { THEME_NAMES } from './themeNames.ts';
import { validateContent } from './validate.ts';

/** The projects' colours as `data/projects.json` gives them. */
const PROJECTS = (
  JSON.parse(DATA_FILES.get('projects.json') ?? '') as {
    projects: { id: string; colours: Record<'light' | 'dark', string> }[];
  }
).projects;

describe('contrastRatio', () => {
  it('follows WCAG: relative luminance from 0 to 1, ratios from 1 to 21, either way round', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 9);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 9);
    expect(contrastRatio('#0066a8', '#0066a8')).toBe(1);
    // WCAG's own example: #777777 on white is just under 4.5:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
});

describe('colourContrastProblems', () => {
  it.each(PROJECTS)('finds none in the colours of $id', (project) => {
    expect(colourContrastProblems(project.colours)).toEqual([]);
    for (const theme of THEME_NAMES) {
      for (const ground of Object.values(THEME_GROUND[theme])) {
        expect(contrastRatio(project.colours[theme], ground)).toBeGreaterThanOrEqual(
          MIN_GRAPHIC_CONTRAST,
        );
      }
    }
  });

  it('names the theme, the ground, the ratio and the way to go', () => {
    // Light beige fails on the light map's land and water; black fails on the dark map's water.
    expect(colourContrastProblems({ light: '#d9c9a0', dark: '#000000' })).toEqual([
      `colours.light: #d9c9a0 has a contrast of only 1.45:1 against the land (#f4f1ea) and 1.19:1 against the water (#c9dfec) of the light map; a line needs at least 3:1 against both land and water (WCAG 1.4.11): pick a darker colour`,
      `colours.dark: #000000 has a contrast of only 1.46:1 against the land (#2b2a27) and 1.29:1 against the water (#14222e) of the dark map; a line needs at least 3:1 against both land and water (WCAG 1.4.11): pick a lighter colour`,
    ]);
  });

  it('never rounds a ratio just under 3:1 up to it', () => {
    // #0087af is 2.9992:1 on the light map's water (and 3.66:1 on its land).
    const ratio = contrastRatio('#0087af', THEME_GROUND.light.water);
    expect(ratio).toBeGreaterThan(2.999);
    expect(ratio).toBeLessThan(3);
    expect(colourContrastProblems({ light: '#0087af', dark: '#f2f2f2' })).toEqual([
      'colours.light: #0087af has a contrast of only 2.99:1 against the water (#c9dfec) of the light map; a line needs at least 3:1 against both land and water (WCAG 1.4.11): pick a darker colour',
    ]);
  });

  it('leaves a colour that is not #rrggbb to the schema', () => {
    expect(colourContrastProblems({ light: 'blue', dark: '#f2f2f2' })).toEqual([]);
  });
});

describe("the data check of a project's look", () => {
  it('reports a project colour under 3:1 in its own words, naming the project and theme', () => {
    const json = JSON.parse(DATA_FILES.get('projects.json') ?? '') as {
      projects: { id: string; colours: Record<string, string> }[];
    };
    const grain = json.projects.find((project) => project.id === 'grain-exports');
    if (!grain) throw new Error('no grain-exports project');
    grain.colours.light = '#d9c9a0';
    const files = new Map(DATA_FILES).set('projects.json', JSON.stringify(json));
    const result = validateContent(files);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/projects\.json: project "grain-exports": colours\.light: #d9c9a0 has a contrast of only 1\.45:1 against the land/,
    );
  });

  it('refuses a project without colours, or with one not written #rrggbb', () => {
    const json = JSON.parse(DATA_FILES.get('projects.json') ?? '') as {
      projects: { id: string; colours?: Record<string, string> }[];
    };
    const [first, second] = json.projects;
    if (!first || !second) throw new Error('fewer than two projects');
    delete first.colours;
    if (second.colours) second.colours.dark = 'orange';
    const result = validateContent(new Map(DATA_FILES).set('projects.json', JSON.stringify(json)));
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain(
      'data/projects.json: project 0: colours: Invalid input: expected object, received undefined',
    );
    expect(errors).toContain(
      'data/projects.json: project 1: colours.dark: must be a colour written #rrggbb, e.g. #0066a8',
    );
  });

  it('refuses an indicativeDash that is not dash and gap lengths in pairs', () => {
    const json = JSON.parse(DATA_FILES.get('projects.json') ?? '') as {
      projects: { id: string; indicativeDash?: unknown }[];
    };
    const power = json.projects.findIndex((project) => project.id === 'power-cable');
    const project = json.projects[power];
    if (!project) throw new Error('no power-cable project');
    project.indicativeDash = [5, 1.5, 1];
    const result = validateContent(new Map(DATA_FILES).set('projects.json', JSON.stringify(json)));
    expect(result.ok ? [] : result.errors).toEqual([
      `data/projects.json: project ${power}: indicativeDash: needs its lengths in pairs: dash, gap, dash, gap…`,
    ]);
  });
});
