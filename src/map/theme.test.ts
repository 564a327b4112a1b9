/**
 * The themes' colours meet WCAG 2.2 AA contrast on the map, and the projects' colours (in
 * `data/projects.json`, whose contrast on land and water the data check measures) stay apart for
 * the common colour-vision deficiencies (simulated with the matrices of Machado, Oliveira and
 * Fernandes, 2009, at full severity).
 */
import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { contrastRatio as contrast } from '../content/contrast.ts';
import { THEME_NAMES } from '../content/themeNames.ts';
import { dashFor, lightTheme, projectColor, THEMES } from './theme.ts';

const { projects } = loadTestContent();

type Rgb = [number, number, number];

function linear(hex: string): Rgb {
  return [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

const DEFICIENCIES: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(colour: Rgb, matrix: number[][]): Rgb {
  return matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, weight, index) => sum + weight * (colour[index] ?? 0), 0),
      ),
    ),
  ) as Rgb;
}

/** CIELAB of linear sRGB (D65). */
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe.each(THEME_NAMES)('the %s theme', (name) => {
  const theme = THEMES[name];

  it('writes every map label at 4.5:1 or more against what lies behind it', () => {
    expect(contrast(theme.placeLabel, theme.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.placeLabel, theme.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.countryLabel, theme.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.seaLabel, theme.water)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(projects)('draws $id at 3:1 or more on land and on water', (project) => {
    const colour = projectColor(theme, project);
    expect(contrast(colour, theme.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, theme.water)).toBeGreaterThanOrEqual(3);
  });

  it.each(['normal vision', ...Object.keys(DEFICIENCIES)])(
    'keeps every two projects apart (ΔE ≥ 10) with %s',
    (vision) => {
      const matrix = DEFICIENCIES[vision];
      const seen = projects
        .map((project) => projectColor(theme, project))
        .map((hex) => lab(matrix ? simulate(linear(hex), matrix) : linear(hex)));
      for (const [i, a] of seen.entries()) {
        for (const b of seen.slice(i + 1)) expect(deltaE(a, b)).toBeGreaterThanOrEqual(10);
      }
    },
  );
});

describe('dashFor', () => {
  it('draws traced rail solid, approximate rail in long dashes, indicative rail in short ones', () => {
    expect(dashFor(lightTheme, 'rail', 'traced')).toBeNull();
    const approximate = dashFor(lightTheme, 'rail', 'approximate') ?? [];
    const indicative = dashFor(lightTheme, 'rail', 'indicative') ?? [];
    expect(approximate[0]).toBeGreaterThan(2 * (indicative[0] ?? 0));
  });

  it('gives a project its own indicative pattern, and sea lanes their dots whatever the certainty', () => {
    const own = [5, 1.5, 1, 1.5];
    expect(dashFor(lightTheme, 'cable', 'indicative', { indicativeDash: own })).toEqual(own);
    expect(dashFor(lightTheme, 'cable', 'indicative', {})).toEqual(
      lightTheme.kinds.cable.indicativeDash,
    );
    expect(dashFor(lightTheme, 'cable', 'traced', { indicativeDash: own })).toBeNull();
    expect(dashFor(lightTheme, 'ferry', 'traced')).toEqual(lightTheme.kinds.ferry.indicativeDash);
    expect(dashFor(lightTheme, 'ferry', 'approximate')).toEqual(lightTheme.kinds.ferry.dash);
  });
});
