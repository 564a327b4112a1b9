import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../../test/content.ts';
import { testRequest } from '../../../test/pictureRequest.ts';
import { nodeFontBook } from '../../fonts/nodeFonts.ts';
import { createI18n } from '../../i18n/createI18n.ts';
import { THEMES } from '../../map/theme.ts';
import type { Rect } from '../cardLayout.ts';
import { planPicture } from '../picturePlan.ts';
import { shapesOf, type TextShape } from '../vector/scene.ts';
import { captionCard, dateCard, layoutCaptions } from './captionCards.ts';
import { planMotion, VIDEO_FPS } from './motionPlan.ts';

const content = loadTestContent();
const en = createI18n(content, 'en');
const words = {
  projectName: (id: string) => content.projects.find((p) => p.id === id)?.name ?? id,
  sources: (publishers: readonly string[]) => `Sources: ${publishers.join(', ')}`,
};
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;

describe('layoutCaptions', () => {
  for (const [width, height] of [
    [1080, 1080],
    [1920, 1080],
    [1080, 1920],
  ] as const) {
    it(`keeps the date and every caption between the title and the credit, clear of the legend, at ${width} × ${height}`, async () => {
      const fonts = await nodeFontBook();
      const request = testRequest({ width, height, project: null, callout: false });
      const picture = planPicture(request, { i18n: en, fonts });
      const plan = planMotion(
        en.content,
        { project: null, visible: en.content.projects, moveCamera: false },
        en,
        VIDEO_FPS,
      );
      const layout = layoutCaptions(picture, plan.beats, fonts, words);
      const room: Rect = {
        x: 0,
        y: picture.cards.title.box.height,
        width,
        height: picture.cards.credit.box.y - picture.cards.title.box.height,
      };
      const legend = picture.cards.legend?.box;
      expect(inside(layout.date, room)).toBe(true);
      if (legend) expect(overlaps(layout.date, legend)).toBe(false);
      for (const beat of plan.beats) {
        const project = content.projects.find((p) => p.id === beat.caption?.project);
        if (!beat.caption || !project) continue;
        const card = captionCard(
          layout,
          beat.caption,
          project,
          'operating',
          fonts,
          words,
          THEMES.light,
          picture.unit,
        );
        const box = card?.children[0];
        expect(box?.type).toBe('path');
        const texts = [...shapesOf(card ?? { type: 'group', name: '', children: [] })]
          .map(([shape]) => shape)
          .filter((shape): shape is TextShape => shape.type === 'text');
        // Every word of the event is set, on lines no wider than the card.
        expect(texts.flatMap((t) => t.lines.map((l) => l.text)).join(' ')).toContain(
          beat.caption.event.split(' ').at(-1) ?? '',
        );
        for (const text of texts) {
          for (const line of text.lines) {
            expect(line.x + fonts.measure(line.text, text.weight, text.size)).toBeLessThanOrEqual(
              layout.caption.x + layout.caption.width + 0.5,
            );
            expect(line.y).toBeGreaterThan(layout.caption.y);
            expect(line.y).toBeLessThanOrEqual(layout.caption.y + layout.caption.height);
          }
        }
      }
      expect(inside(layout.caption, room)).toBe(true);
      if (legend) expect(overlaps(layout.caption, legend)).toBe(false);
      expect(overlaps(layout.caption, layout.date)).toBe(false);
      expect(dateCard(layout, '31 January 2024', THEMES.light)?.name).toBe('date');
    });
  }
});
