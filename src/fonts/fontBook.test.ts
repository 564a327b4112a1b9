import { describe, expect, it } from 'vitest';
import { nodeFontBook } from './nodeFonts.ts';

describe('FontBook', () => {
  it('splits text into runs of the subset that holds each letter', async () => {
    const fonts = await nodeFontBook();
    expect(fonts.runs('Ələt', 400).map((run) => [run.face.subset, run.text])).toEqual([
      ['latinExt', 'Ə'],
      ['latin', 'l'],
      ['latinExt', 'ə'],
      ['latin', 't'],
    ]);
    expect(fonts.runs('Ақтау', 600).map((run) => run.face.id)).toEqual([
      '600-cyrillic',
      '600-cyrillicExt',
      '600-cyrillic',
    ]);
  });

  it('measures with the font: wider when bolder, larger, spaced, and kerned like a browser', async () => {
    const fonts = await nodeFontBook();
    const regular = fonts.measure('Middle Corridor', 400, 13);
    expect(regular).toBeGreaterThan(80);
    expect(regular).toBeLessThan(110);
    expect(fonts.measure('Middle Corridor', 600, 13)).toBeGreaterThan(regular);
    expect(fonts.measure('Middle Corridor', 400, 26)).toBeCloseTo(2 * regular, 6);
    expect(fonts.measure('Middle Corridor', 400, 13, 1)).toBeCloseTo(regular + 15, 6);
    // Kerning: "AV" is narrower than "A" and "V" apart.
    expect(fonts.measure('AV', 400, 100)).toBeLessThan(
      fonts.measure('A', 400, 100) + fonts.measure('V', 400, 100),
    );
  });

  it('wraps words into lines no wider than asked, a long word keeping its own line', async () => {
    const fonts = await nodeFontBook();
    const lines = fonts.wrap('Baku port (Alat) on the Caspian', 400, 12, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      if (line.includes(' ')) expect(fonts.measure(line, 400, 12)).toBeLessThanOrEqual(80);
    }
    expect(fonts.wrap('Supercalifragilistic', 400, 12, 20)).toEqual(['Supercalifragilistic']);
  });

  it('wraps as it would measuring each whole line: Noto Sans kerns nothing across a space', async () => {
    const fonts = await nodeFontBook();
    const text =
      'Транскаспийский международный транспортный маршрут · Трансқаспий халықаралық көлік бағыты · Xəzəryanı';
    for (const width of [90, 140, 230, 400]) {
      const lines = fonts.wrap(text, 600, 14, width);
      // Each line, measured whole, fits; with the next line's first word it would not.
      lines.forEach((line, i) => {
        const next = lines[i + 1]?.split(' ')[0];
        if (line.includes(' ')) expect(fonts.measure(line, 600, 14)).toBeLessThanOrEqual(width);
        if (next) expect(fonts.measure(`${line} ${next}`, 600, 14)).toBeGreaterThan(width);
      });
    }
  });
});
