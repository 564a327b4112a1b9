import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FontBook } from '../../fonts/fontBook.ts';
import { nodeFontBook } from '../../fonts/nodeFonts.ts';
import { lineSegments, rectSegments, type Scene, shapesOf } from './scene.ts';
import { sceneToPdf } from './toPdf.ts';

const PPP = 0.75;
const BLUE = '#1f77b4';
const RED = '#d62728';
const BROWN = '#8c564b';
const YELLOW = '#ffee00';

const scene: Scene = {
  width: 400,
  height: 300,
  title: 'Trans-Caspian test map',
  description: 'A hand-made scene for the PDF writer',
  groups: [
    {
      type: 'group',
      name: 'basemap',
      children: [
        // A square with a square hole, both wound the same way: only even-odd leaves the hole.
        {
          type: 'path',
          segments: [...rectSegments(20, 20, 160, 160), ...rectSegments(60, 60, 80, 80)],
          fill: BLUE,
          fillRule: 'evenodd',
        },
        { type: 'circle', cx: 300, cy: 60, r: 30, fill: RED, stroke: '#000', strokeWidth: 2 },
      ],
    },
    {
      type: 'group',
      name: 'routes',
      children: [
        {
          type: 'path',
          segments: lineSegments(20, 250, 380, 250),
          stroke: 'rgba(44, 160, 44, 0.8)',
          strokeWidth: 4,
          dash: [8, 4],
          cap: 'round',
          join: 'round',
          opacity: 0.5,
        },
        {
          type: 'group',
          name: 'routes/titr',
          children: [
            {
              type: 'text',
              lines: [{ text: 'Baku Port', x: 200, y: 130 }],
              weight: 600,
              size: 16,
              letterSpacing: 0.5,
              fill: '#222',
              halo: { color: YELLOW, width: 2 },
            },
            {
              type: 'text',
              lines: [{ text: 'Corridor', x: 220, y: 200 }],
              weight: 400,
              italic: true,
              size: 14,
              fill: '#333',
              rotate: { angle: -20, origin: [220, 200] },
            },
            {
              type: 'text',
              lines: [{ text: 'Ələt – Ақтау', x: 200, y: 170 }],
              weight: 400,
              size: 16,
              fill: BROWN,
              opacity: 0.9,
            },
          ],
        },
      ],
    },
  ],
};

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let fonts: FontBook;
let bytes: Uint8Array;
let doc: PDFDocument;
let dir: string;
let file: string;

beforeAll(async () => {
  fonts = await nodeFontBook();
  bytes = await sceneToPdf(scene, fonts, {
    pointsPerPixel: PPP,
    author: 'Map desk',
    creator: 'trans-caspian-map',
    keywords: ['map', 'Caspian'],
  });
  doc = await PDFDocument.load(bytes, { updateMetadata: false });
  dir = mkdtempSync(join(tmpdir(), 'to-pdf-'));
  file = join(dir, 'scene.pdf');
  writeFileSync(file, bytes);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const objects = () => doc.context.enumerateIndirectObjects().map(([, object]) => object);
const dictOf = (object: unknown): PDFDict | undefined =>
  object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
const text = (object: unknown): string | undefined =>
  object instanceof PDFHexString || object instanceof PDFString ? object.decodeText() : undefined;

/** The page's content stream, decoded. */
function content(): string {
  const contents = doc.getPage(0).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  return streams
    .map((ref) => (ref instanceof PDFRef ? doc.context.lookup(ref) : ref))
    .map((stream) =>
      stream instanceof PDFRawStream
        ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
        : '',
    )
    .join('\n');
}

describe('sceneToPdf', () => {
  it('makes one page of the scene size in points', () => {
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(400 * PPP, 6);
    expect(height).toBeCloseTo(300 * PPP, 6);
  });

  it('writes the metadata', () => {
    expect(doc.getTitle()).toBe(scene.title);
    expect(doc.getSubject()).toBe(scene.description);
    expect(doc.getAuthor()).toBe('Map desk');
    expect(doc.getCreator()).toBe('trans-caspian-map');
    expect(doc.getKeywords()).toBe('map Caspian');
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });

  it('makes every group a named layer, nested in the order', () => {
    const properties = doc.catalog.lookup(PDFName.of('OCProperties'), PDFDict);
    const ocgs = properties.lookup(PDFName.of('OCGs'), PDFArray).asArray();
    const name = (ref: unknown) =>
      text(dictOf(doc.context.lookup(ref as PDFRef))?.get(PDFName.of('Name')));
    expect(ocgs.map(name)).toEqual(['basemap', 'routes', 'routes/titr']);
    const config = properties.lookup(PDFName.of('D'), PDFDict);
    expect(config.lookup(PDFName.of('ON'), PDFArray).size()).toBe(3);
    const order = config.lookup(PDFName.of('Order'), PDFArray).asArray();
    const nested = order[2];
    expect([name(order[0]), name(order[1])]).toEqual(['basemap', 'routes']);
    expect(nested instanceof PDFArray ? nested.asArray().map(name) : nested).toEqual([
      'routes/titr',
    ]);
    // The page content refers to the layers through /Properties.
    const resources = doc.getPage(0).node.Resources();
    expect(resources?.lookup(PDFName.of('Properties'), PDFDict).keys().map(String)).toEqual([
      '/oc1',
      '/oc2',
      '/oc3',
    ]);
    expect(content()).toMatch(/\/OC \/oc2 BDC[\s\S]*\/OC \/oc3 BDC[\s\S]*EMC\s+EMC/);
  });

  it('contains no raster image', () => {
    const images = objects().filter(
      (object) =>
        object instanceof PDFStream &&
        object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    );
    expect(objects().length).toBeGreaterThan(10);
    expect(images).toEqual([]);
  });

  it('embeds each face used once, as a TrueType subset', () => {
    const used = new Set<string>();
    for (const group of scene.groups) {
      for (const [shape] of shapesOf(group)) {
        if (shape.type !== 'text') continue;
        for (const line of shape.lines) {
          for (const run of fonts.runs(line.text, shape.weight)) used.add(run.face.id);
        }
      }
    }
    // Latin, Latin Extended (Ə), Cyrillic and Cyrillic Extended (қ) at 400, Latin at 600.
    expect(used.size).toBe(5);
    const descriptors = objects()
      .map(dictOf)
      .filter((dict) => dict?.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors).toHaveLength(used.size);
    for (const descriptor of descriptors) {
      const fontFile = descriptor?.lookup(PDFName.of('FontFile2'));
      expect(fontFile).toBeInstanceOf(PDFStream);
      expect(descriptor?.get(PDFName.of('FontName'))?.toString()).toMatch(/^\/[A-Z]{6}\+NotoSans/);
    }
    expect(content()).toMatch(/\/F5 16 Tf/);
  });

  it('draws halos as artifacts in stroke mode before the fill, and paths with their operators', () => {
    const ops = content();
    expect(ops).toMatch(/\/Artifact BMC[\s\S]*?1 Tr[\s\S]*?EMC[\s\S]*?0 Tr/);
    expect(ops).toContain('4 w');
    expect(ops).toContain('[8 4] 0 d');
    expect(ops).toContain('1 J');
    expect(ops).toMatch(/\bf\*/);
    expect(ops).toMatch(/\bB\b/);
    expect(ops).toContain(' TJ');
    // The dashed route: 0.5 × the colour's 0.8.
    const states = doc.getPage(0).node.Resources()?.lookup(PDFName.of('ExtGState'), PDFDict);
    const alphas = states
      ?.values()
      .map((ref) => dictOf(doc.context.lookup(ref))?.get(PDFName.of('CA'))?.toString());
    expect(alphas).toContain('0.4');
  });

  it.skipIf(!hasPoppler)('gives pdftotext every word once, at the right place', () => {
    // -raw keeps content order, so the rotated label stays whole, and it does not drop the
    // overlapping halo copy by itself as the default mode does: the empty ActualText does.
    const extracted = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    expect(
      extracted
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['Baku Port', 'Corridor', 'Ələt – Ақтау']);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Ələt – Ақтау');

    // Word boxes in points, y down: glyphs upright above the baseline, starting at the line's x.
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const box = (word: string) => {
      const match = new RegExp(
        `xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}<`,
      ).exec(boxes);
      return match?.slice(1).map(Number) ?? [];
    };
    const [xMin = 0, yMin = 0, , yMax = 0] = box('Ələt');
    expect(xMin).toBeCloseTo(200 * PPP, 0);
    const baseline = 170 * PPP;
    expect(baseline - yMin).toBeGreaterThan(yMax - baseline);
    // Runs follow one another: "Ақтау" starts after "Ələt –" as the font book measured them.
    const [cyrillicX = 0] = box('Ақтау');
    expect(cyrillicX).toBeCloseTo((200 + fonts.measure('Ələt – ', 400, 16)) * PPP, 0);
  });

  it.skipIf(!hasPoppler)('renders with pdftoppm to the page size, fills in place', () => {
    execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', file, join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    expect([png.width, png.height]).toEqual([300, 225]);
    const pixel = (x: number, y: number) => {
      const at = (Math.floor(y * PPP) * png.width + Math.floor(x * PPP)) * 4;
      return [png.data[at], png.data[at + 1], png.data[at + 2]];
    };
    const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
    const near = (actual: (number | undefined)[], expected: number[]) =>
      actual.every((value, index) => Math.abs((value ?? -999) - (expected[index] ?? 0)) <= 3);
    expect(near(pixel(40, 40), rgb(BLUE))).toBe(true);
    // Even-odd: the hole is paper; not flipped: the mirror image of the square is empty too.
    expect(near(pixel(100, 100), [255, 255, 255])).toBe(true);
    expect(near(pixel(40, 270), [255, 255, 255])).toBe(true);
    expect(near(pixel(300, 60), rgb(RED))).toBe(true);
    // Pixels in a scene rectangle that pass a test of their colour.
    const count = (
      x0: number,
      y0: number,
      x1: number,
      y1: number,
      test: (rgb: number[]) => boolean,
    ) => {
      let found = 0;
      for (let y = Math.floor(y0 * PPP); y < y1 * PPP; y++) {
        for (let x = Math.floor(x0 * PPP); x < x1 * PPP; x++) {
          const at = (y * png.width + x) * 4;
          if (test([0, 1, 2].map((channel) => png.data[at + channel] ?? 0))) found++;
        }
      }
      return found;
    };
    // The Cyrillic label is inked in its brown (greys and white have no red cast).
    const inked = count(200, 150, 330, 175, ([r = 0, , b = 0]) => r - b > 25 && r < 230);
    // The halo shows yellow around the dark glyphs of "Baku Port".
    expect(
      count(195, 110, 275, 136, ([r = 0, g = 0, b = 0]) => r > 220 && g > 200 && b < 80),
    ).toBeGreaterThan(20);
    expect(count(195, 110, 275, 136, ([r = 0, g = 0, b = 0]) => r + g + b < 200)).toBeGreaterThan(
      20,
    );
    expect(inked).toBeGreaterThan(10);
  });
});
