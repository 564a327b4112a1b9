import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { loadCountries } from '../../test/countries.ts';
import { countriesCrossed } from './countriesCrossed.ts';
import { linesOf } from './linesOf.ts';

/**
 * The countries each project's railways and pipelines run through, as Natural Earth names them.
 * Natural Earth draws the Baikonur cosmodrome, Kazakh land leased to Russia, as a unit of its
 * own; the railway to the Aral Sea runs through it at Toretam. The whole world's shapes, every
 * 250 m, not the build's (cut to the region, Baikonur counted as Kazakh): a check of its own.
 */
const ALLOWED: Record<string, readonly string[]> = {
  titr: ['Kazakhstan', 'Baikonur', 'Azerbaijan', 'Georgia', 'Turkey'],
  'oil-transit': ['Azerbaijan', 'Georgia', 'Turkey'],
};

const countries = loadCountries();
const content = loadTestContent();

for (const [id, allowed] of Object.entries(ALLOWED)) {
  const routes = (content.projects.find((project) => project.id === id)?.routes ?? []).filter(
    (route) => route.properties.kind === 'rail' || route.properties.kind === 'pipeline',
  );

  describe(`the ${id} rail and pipeline routes`, () => {
    it('are there to check', () => {
      expect(routes.length).toBeGreaterThan(0);
    });

    for (const route of routes) {
      it(`"${route.properties.name}" stays in ${allowed.join(', ')}`, () => {
        const crossed = linesOf(route.geometry).map((line) => countriesCrossed(countries, line));
        for (const countriesOfLine of crossed) expect(countriesOfLine.length).toBeGreaterThan(0);
        // Per line of the route, the countries it should not enter: none.
        expect(crossed.map((names) => names.filter((name) => !allowed.includes(name)))).toEqual(
          crossed.map(() => []),
        );
      });
    }
  });
}
