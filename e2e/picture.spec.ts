/**
 * The PNG and the SVG of a request are one picture: the PNG's cards is painted from the groups
 * the SVG writes (same lines of text, boxes within a pixel at 1×), including a title long enough
 * to wrap, and what is painted is where the plan says.
 */
import { PNG } from 'pngjs';
import { nodeFontBook } from '../src/fonts/nodeFonts.ts';
import { createI18n } from '../src/i18n/createI18n.ts';
import { THEMES } from '../src/map/theme.ts';
import type { PictureResponse } from '../src/picture/pictureApi.ts';
import type { PictureRequest } from '../src/picture/pictureRequest.ts';
import {
  type Group,
  parseColor,
  type Segment,
  type Shape,
  shapesOf,
} from '../src/picture/vector/scene.ts';
import { pictureScene } from '../src/picture/vector/vectorPicture.ts';
import { loadTestContent } from '../test/content.ts';
import { testRequest } from '../test/pictureRequest.ts';
import { expect, pixelsLike, test } from './driver.ts';

const CARDS = ['title', 'legend', 'excerpt', 'credit'];

/** Each shape of the cards as something to compare: its text lines, or its box. */
function summary(groups: readonly Group[]) {
  const round = (value: number) => Math.round(value);
  const box = (segments: readonly Segment[]) => {
    const points = segments.flatMap((segment) => (segment[0] === 'Z' ? [] : [segment.slice(1)]));
    const xs = points.map(([x]) => Number(x));
    const ys = points.map(([, y]) => Number(y));
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(round);
  };
  const describe = ([shape, path]: [Shape, readonly string[]]) => ({
    group: path[0],
    ...(shape.type === 'text'
      ? {
          lines: shape.lines.map((line) => [line.text, round(line.x), round(line.y)]),
          size: shape.size,
        }
      : shape.type === 'path'
        ? { box: box(shape.segments), fill: shape.fill, stroke: shape.stroke }
        : { circle: [round(shape.cx), round(shape.cy)] }),
  });
  return groups
    .filter((group) => CARDS.includes(group.name))
    .flatMap((group) => [...shapesOf(group)].map(describe));
}

const content = loadTestContent();
const empty = { type: 'FeatureCollection' as const, features: [] };

const REQUESTS: PictureRequest[] = [
  testRequest({}),
  // A narrow picture: the Middle Corridor's long name wraps, the legend is a band.
  testRequest({ width: 440, height: 780, language: 'ru', theme: 'dark' }),
  testRequest({ width: 1080, height: 1920, project: 'fiber-optic', hidden: ['power-cable'] }),
];

for (const request of REQUESTS) {
  test(`the PNG's cards are the SVG's: ${request.project} at ${request.width} × ${request.height}, ${request.language}`, async ({
    mapPage,
  }) => {
    test.slow(); // the page's map, then the off-screen export map
    // The page with the picture hook, as the command line opens it.
    await mapPage.open('', '?picture');
    const response = await mapPage.page.evaluate(
      (asked) => window.transCaspianPicture?.(asked) as Promise<PictureResponse>,
      request,
    );
    const fonts = await nodeFontBook();
    const scene = pictureScene(request, {
      i18n: createI18n(content, request.language),
      basemap: empty,
      fonts,
    });
    const painted = summary(response.cardGroups);
    const written = summary(scene.groups);
    expect(painted.length).toBeGreaterThan(5);
    expect(painted).toEqual(written);
    if (request.width === 440) {
      const title = written.find((shape) => shape.group === 'title' && 'lines' in shape);
      expect(title && 'lines' in title ? title.lines.length : 0, 'the long title wraps').toBe(2);
    }

    // What is painted is where the plan put it: the legend's card, at its right edge's middle.
    const png = PNG.sync.read(Buffer.from(response.dataUrl.split(',')[1] ?? '', 'base64'));
    expect([png.width, png.height]).toEqual([scene.width, scene.height]);
    const card = scene.groups
      .find((group) => group.name === 'legend')
      ?.children.find((child) => child.type === 'path');
    if (card?.type !== 'path') throw new Error('the legend has no card');
    const cardBox = summary([{ type: 'group', name: 'legend', children: [card] }])[0];
    const [, top = 0, right = 0, bottom = 0] =
      cardBox && 'box' in cardBox ? (cardBox.box ?? []) : [];
    const edge = { x: right - 4, y: Math.round((top + bottom) / 2) - 2, width: 2, height: 4 };
    // The card's colour, opaque: a 93 % card over the map stays well within the tolerance.
    const { r, g, b } = parseColor(THEMES[request.theme].cards.fill);
    const hex = `#${[r, g, b]
      .map((c) =>
        Math.round(c * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    expect(pixelsLike(png, edge, hex), `the legend's card at ${JSON.stringify(edge)}`).toBe(8);
    // The quote's yellow bar, painted down the card's left edge where the plan put it.
    const bar = scene.groups
      .find((group) => group.name === 'excerpt')
      ?.children.filter((child) => child.type === 'path')[1];
    if (request.width >= 640) {
      if (bar?.type !== 'path') throw new Error('the quote has no bar');
      const barBox = summary([{ type: 'group', name: 'excerpt', children: [bar] }])[0];
      const [x0 = 0, y0 = 0, , y1 = 0] = barBox && 'box' in barBox ? barBox.box : [];
      const inside = { x: x0 + 1, y: y0 + 4, width: 2, height: y1 - y0 - 8 };
      expect(pixelsLike(png, inside, '#f2c200'), 'the quote bar').toBe(2 * (y1 - y0 - 8));
    }
  });
}
