import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FontBook } from '../../src/fonts/fontBook.ts';
import { loadTestContent } from '../../test/content.ts';
import { shareSite } from './shareSite.ts';

const BASE = 'https://maps.example.org/trans-caspian/';
const loaded = loadTestContent();
// The corridor checked before the others, the oil transit last: the whole map's page gives the
// latest day, as the data check gives it.
const days: Readonly<Record<string, string>> = { titr: '2026-11-20', 'oil-transit': '2026-12-05' };
const content = {
  ...loaded,
  projects: loaded.projects.map((project) => ({
    ...project,
    checked: days[project.id] ?? '2026-12-01',
  })),
  factsChecked: '2026-12-05',
};
// The pages' HTML draws no picture: no basemap, no fonts.
const basemap: FeatureCollection = { type: 'FeatureCollection', features: [] };
const site = shareSite(content, basemap, {} as FontBook, BASE);
const page = (path: string) => String(site.file(path)?.body ?? '');

describe('the share pages say when the facts were checked', () => {
  it("a project's page: that project's day, in the page's language", () => {
    expect(page('share/titr.en.html')).toContain(
      '<p><small>Facts on this project checked against their sources on <time datetime="2026-11-20">20 November 2026</time>.</small></p>',
    );
    expect(page('share/titr.kk.html')).toContain(
      '<time datetime="2026-11-20">2026 ж. 20 қараша</time>',
    );
  });

  it("the whole map's page: the latest project's day", () => {
    expect(page('share/map.en.html')).toContain(
      'Facts last checked against their sources on <time datetime="2026-12-05">5 December 2026</time>.',
    );
  });
});
