/**
 * Noto Sans as the vector renderer measures and embeds it: the same @fontsource files the map and
 * the page use, read with fontkit, one face per weight and subset. Text is split into runs of one
 * face each (a label in Azerbaijani mixes Latin and Latin Extended), measured with the font's own
 * advances and kerning, as a browser lays it out.
 */
import * as fontkit from 'fontkit';
import type { Weight } from './fontNames.ts';
import { codePointRanges, SUBSETS, type Subset } from './fontSubsets.ts';

export const WEIGHTS: readonly Weight[] = [400, 600];

/** One face of the family: a weight's subset. */
export interface Face {
  id: string;
  weight: Weight;
  subset: Subset;
  /** The font file (WOFF), for embedding. */
  bytes: Uint8Array;
}

/** A stretch of text drawn with one face. */
export interface Run {
  face: Face;
  text: string;
}

/** Where the font files come from: bytes of a weight's subset (WOFF). */
export type FaceLoader = (weight: Weight, subset: Subset) => Promise<Uint8Array>;

interface LoadedFace extends Face {
  font: fontkit.Font;
  ranges: [number, number][];
}

/** Measures and splits text in Noto Sans. */
export class FontBook {
  private readonly widths = new Map<string, number>();

  private constructor(private readonly faces: readonly LoadedFace[]) {}

  /** Reads every face through `load`. */
  static async load(load: FaceLoader): Promise<FontBook> {
    const faces = await Promise.all(
      WEIGHTS.flatMap((weight) =>
        SUBSETS.map(async (subset): Promise<LoadedFace> => {
          const bytes = await load(weight, subset);
          const font = fontkit.create(bytes as Buffer) as fontkit.Font;
          return {
            id: `${weight}-${subset}`,
            weight,
            subset,
            bytes,
            font,
            ranges: codePointRanges(subset),
          };
        }),
      ),
    );
    return new FontBook(faces);
  }

  /** Every face, for a writer that embeds them. */
  get allFaces(): readonly Face[] {
    return this.faces;
  }

  private faceFor(codePoint: number, weight: Weight): LoadedFace {
    const ofWeight = this.faces.filter((face) => face.weight === weight);
    const inRange = ofWeight.find(
      (face) =>
        face.ranges.some(([first, last]) => codePoint >= first && codePoint <= last) &&
        face.font.hasGlyphForCodePoint(codePoint),
    );
    const fallback = ofWeight.find((face) => face.font.hasGlyphForCodePoint(codePoint));
    const face = inRange ?? fallback ?? ofWeight[0];
    if (!face) throw new Error(`no face of weight ${weight}`);
    return face;
  }

  /** The text split into runs of one face each. */
  runs(text: string, weight: Weight): Run[] {
    const runs: (Run & { face: LoadedFace })[] = [];
    for (const char of text) {
      // A space belongs to the run it is in: every subset has one.
      const last = runs[runs.length - 1];
      const face =
        char === ' ' && last ? last.face : this.faceFor(char.codePointAt(0) ?? 32, weight);
      if (last && last.face === face) last.text += char;
      else runs.push({ face, text: char });
    }
    return runs;
  }

  /** Width of one line in pixels at `size`, with `letterSpacing` pixels after each character. */
  measure(text: string, weight: Weight, size: number, letterSpacing = 0): number {
    const key = `${weight}|${text}`;
    let ems = this.widths.get(key);
    if (ems === undefined) {
      ems = 0;
      for (const run of this.runs(text, weight)) {
        const font = (run.face as LoadedFace).font;
        ems += font.layout(run.text).advanceWidth / font.unitsPerEm;
      }
      this.widths.set(key, ems);
    }
    return ems * size + letterSpacing * [...text].length;
  }

  /**
   * A line of text as outlines: SVG path data in pixels, its start on the baseline at (x, y), as
   * a rasteriser without the fonts (the share images) needs it.
   */
  outline(
    text: string,
    weight: Weight,
    size: number,
    x: number,
    y: number,
    letterSpacing = 0,
  ): string {
    let d = '';
    let pen = x;
    for (const run of this.runs(text, weight)) {
      const font = (run.face as LoadedFace).font;
      const scale = size / font.unitsPerEm;
      const layout = font.layout(run.text);
      layout.glyphs.forEach((glyph, i) => {
        const position = layout.positions[i];
        const gx = pen + (position?.xOffset ?? 0) * scale;
        const gy = y - (position?.yOffset ?? 0) * scale;
        // Font units run up; the picture's pixels run down.
        d += glyph.path.scale(scale, -scale).translate(gx, gy).toSVG();
        pen += (position?.xAdvance ?? 0) * scale + letterSpacing;
      });
    }
    return d;
  }

  /**
   * Words wrapped into lines no wider than `maxWidth` pixels; a longer word keeps its own line.
   * A line's width grows by each word with the space before it, measured once per word: the
   * kerning across a space, which Noto Sans has none of, is the only thing left out.
   */
  wrap(text: string, weight: Weight, size: number, maxWidth: number, letterSpacing = 0): string[] {
    const lines: string[] = [];
    let width = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const last = lines[lines.length - 1];
      const spaced = this.measure(` ${word}`, weight, size, letterSpacing);
      if (last !== undefined && width + spaced <= maxWidth) {
        lines[lines.length - 1] = `${last} ${word}`;
        width += spaced;
      } else {
        lines.push(word);
        width = this.measure(word, weight, size, letterSpacing);
      }
    }
    return lines;
  }
}
