import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { LANGUAGES } from '../content/languages.ts';
import { nodeFontBook } from '../fonts/nodeFonts.ts';
import { coverage, extentInView, prepareFootprint } from '../geo/footprint.ts';
import { createI18n } from '../i18n/createI18n.ts';
import {
  type Card,
  FIT_MARGIN,
  MIN_FREE,
  MIN_ZOOM,
  NO_ROOM_BESIDE_PANEL,
  ZOOM_BESIDE_PANEL,
} from './clearings.ts';
import { frameFootprint, labelBox, placesOn, projectsFootprint } from './framing.ts';

const content = loadTestContent();
let measure: (text: string, weight: 400 | 600, size: number) => number;
beforeAll(async () => {
  const fonts = await nodeFontBook();
  measure = (text, weight, size) => fonts.measure(text, weight, size);
});

const OPTIONS = { margin: FIT_MARGIN, minRoom: MIN_FREE, gap: 8, minZoom: MIN_ZOOM, maxZoom: 10 };
const card = (
  left: number,
  top: number,
  right: number,
  bottom: number,
  mayOverlap = false,
): Card => ({
  rect: { left, top, right, bottom },
  mayOverlap,
});

describe('placesOn', () => {
  it('names the labelled places on the lines, and the port beside a city the map does not label', () => {
    const fibre = content.projects.filter((project) => project.id === 'fiber-optic');
    const names = placesOn(fibre, content.places).map((place) => place.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Aktau port', 'Siyazan', 'Sumgayit']));
    expect(names).not.toContain('Aktau');
  });
});

describe('labelBox', () => {
  it('holds the label on every anchor MapLibre may move it to', () => {
    const box = labelBox('Dostyk', 11.5, 400, () => 40, 1);
    // 0.6 em from the dot, 40 px of text, a 1.5 px halo, on either side.
    expect(box.right).toBeCloseTo(0.6 * 11.5 + 40 + 1.5);
    expect(box.left).toBeCloseTo(-box.right);
    expect(box.bottom).toBeCloseTo(0.6 * 11.5 + 1.2 * 11.5 + 1.5);
  });
});

describe('frameFootprint', () => {
  const titr = content.projects.filter((project) => project.id === 'titr');

  it('leaves a card over the map where it covers nothing, and fits the project beside one that would', () => {
    const footprint = prepareFootprint(
      projectsFootprint(titr, {
        places: content.places,
        approximateTemplate: '{name}',
        measure,
        scale: 1,
      }),
    );
    const view = { width: 1280, height: 800 };
    // A small card in the top right corner covers nothing of the Middle Corridor.
    const corner = card(1100, 12, 1268, 80);
    const besideCorner = frameFootprint(footprint, view, [corner], OPTIONS);
    expect(besideCorner?.over).toEqual([corner]);
    // A tall panel on the right does: the map gives it the right edge.
    const panel = card(878, 12, 1268, 788);
    const besidePanel = frameFootprint(footprint, view, [panel], OPTIONS);
    expect(besidePanel?.insets.right).toBe(402);
    if (!besidePanel || !besideCorner) throw new Error('no framing');
    expect(coverage(footprint, besidePanel.camera, view, panel.rect)).toBe(0);
    const extent = extentInView(footprint, besidePanel.camera, view);
    // It fills the room left, one way.
    expect(extent?.right).toBeCloseTo(1280 - 402 - FIT_MARGIN, 0);
    expect(besideCorner.camera.zoom).toBeGreaterThan(besidePanel.camera.zoom);
  });

  it('frames every project with its names beside the open legend and the panel, from NO_ROOM_BESIDE_PANEL + 1', () => {
    const width = NO_ROOM_BESIDE_PANEL + 1;
    const cards = [card(12, 12, 342, 788, true), card(width - 402, 12, width - 12, 788)];
    const narrower = NO_ROOM_BESIDE_PANEL - 40;
    const narrowCards = [
      card(12, 12, 342, 788, true),
      card(narrower - 402, 12, narrower - 12, 788),
    ];
    let tooNarrow = 0;
    for (const language of LANGUAGES) {
      const i18n = createI18n(content, language);
      const localized = i18n.content;
      for (const project of localized.projects) {
        const footprint = prepareFootprint(
          projectsFootprint([project], {
            places: localized.places,
            approximateTemplate: i18n.words.approximatePlace,
            measure,
            scale: 1,
          }),
        );
        const options = { ...OPTIONS, minZoom: ZOOM_BESIDE_PANEL };
        if (!frameFootprint(footprint, { width: narrower, height: 800 }, narrowCards, options)) {
          tooNarrow += 1;
        }
        const framed = frameFootprint(footprint, { width, height: 800 }, cards, {
          ...OPTIONS,
          minZoom: ZOOM_BESIDE_PANEL,
        });
        expect(framed, `${project.id} in ${language}`).not.toBeNull();
      }
    }
    // 40 px narrower, the widest of them (the Middle Corridor) no longer fits.
    expect(tooNarrow).toBeGreaterThan(0);
  });
});
