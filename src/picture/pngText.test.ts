import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from './pngText.ts';

/** A small real PNG with distinct pixels, as a plain Uint8Array (not a Node Buffer). */
function samplePng(): { file: Uint8Array; pixels: number[] } {
  const image = new PNG({ width: 3, height: 2 });
  for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 37) % 256;
  return { file: new Uint8Array(PNG.sync.write(image)), pixels: [...image.data] };
}

/** The chunks of a PNG in file order, read independently of the module under test. */
function chunksOf(png: Uint8Array): { type: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks = [];
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({
      type,
      data: png.subarray(at + 8, at + 8 + length),
      crc: view.getUint32(at + 8 + length),
    });
  }
  return chunks;
}

/** One chunk with a CRC from zlib, so crafted inputs do not depend on the module's own CRC. */
function chunk(type: string, ...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  const bytes = (part: string | number[] | Uint8Array) =>
    typeof part === 'string'
      ? Uint8Array.from(part, (c) => c.charCodeAt(0))
      : Uint8Array.from(part);
  const body = Uint8Array.from([...bytes(type), ...parts.flatMap((part) => [...bytes(part)])]);
  const out = new Uint8Array(body.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length - 4);
  out.set(body, 4);
  view.setUint32(out.length - 4, crc32(body));
  return out;
}

/** `png` with `extra` chunks placed just before IEND, where many encoders put text. */
function withChunksBeforeEnd(png: Uint8Array, ...extra: Uint8Array[]): Uint8Array {
  const end = png.length - 12;
  return Uint8Array.from([
    ...png.subarray(0, end),
    ...extra.flatMap((c) => [...c]),
    ...png.subarray(end),
  ]);
}

const entries = {
  Title: 'Trans-Caspian projects',
  Description: `${'Қазақстан, Каспий теңізі, Azərbaycan: Şahdəniz, Ақтау, Түркменбашы. '.repeat(40)}Ё`,
  Author: 'Trend News Agency',
  Copyright: '© OpenStreetMap contributors, ODbL',
  Source: 'Тенгиз – Баку – Тбилиси – Джейхан; Güney Qafqaz boru kəməri',
};

describe('withPngText', () => {
  it('keeps the image: pngjs decodes the result to the same pixels', () => {
    const { file, pixels } = samplePng();
    const decoded = PNG.sync.read(Buffer.from(withPngText(file, entries)));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect([...decoded.data]).toEqual(pixels);
  });

  // pngjs skips unknown ancillary chunks such as iTXt without checking their CRC, so check here.
  it('writes every chunk with the CRC that zlib computes', () => {
    for (const { type, data, crc } of chunksOf(withPngText(samplePng().file, entries))) {
      expect(crc, type).toBe(
        crc32(Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat([...data]))),
      );
    }
  });

  it('puts the iTXt chunks right after IHDR, before the image data', () => {
    const types = chunksOf(withPngText(samplePng().file, entries)).map((c) => c.type);
    expect(types.slice(0, 6)).toEqual(['IHDR', 'iTXt', 'iTXt', 'iTXt', 'iTXt', 'iTXt']);
    expect(types.slice(6).filter((type) => type !== 'IDAT')).toEqual(['IEND']);
  });

  it('writes uncompressed iTXt with UTF-8 text and empty language and translated keyword', () => {
    const [first] = chunksOf(withPngText(samplePng().file, { Source: 'Ақтау' })).slice(1, 2);
    const utf8 = [...new TextEncoder().encode('Ақтау')];
    expect([...(first?.data ?? [])]).toEqual(
      [...'Source'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0, 0], utf8),
    );
  });

  it('is idempotent: a second call keeps one chunk per keyword, with the newer text', () => {
    const once = withPngText(samplePng().file, entries);
    const twice = withPngText(once, { ...entries, Title: 'Updated' });
    expect(chunksOf(twice).filter((c) => c.type === 'iTXt')).toHaveLength(5);
    expect(readPngText(twice)).toEqual({ ...entries, Title: 'Updated' });
  });

  it('removes tEXt, zTXt and iTXt chunks with the same keyword anywhere, and keeps others', () => {
    const old = withChunksBeforeEnd(
      samplePng().file,
      chunk('tEXt', 'Title', [0], 'Old title'),
      chunk('zTXt', 'Author', [0, 0], deflateSync('Old author')),
      chunk('iTXt', 'Source', [0, 0, 0, 0, 0], 'Old source'),
      chunk('tEXt', 'Comment', [0], 'Kept'),
    );
    const result = withPngText(old, { Title: 'New', Author: 'New', Source: 'New' });
    const text = chunksOf(result).filter((c) => ['tEXt', 'zTXt', 'iTXt'].includes(c.type));
    expect(text.map((c) => c.type)).toEqual(['iTXt', 'iTXt', 'iTXt', 'tEXt']);
    expect(readPngText(result)).toEqual({
      Title: 'New',
      Author: 'New',
      Source: 'New',
      Comment: 'Kept',
    });
  });

  it('returns a copy and leaves its input unchanged', () => {
    const { file } = samplePng();
    const before = [...file];
    const result = withPngText(file, {});
    expect(result).not.toBe(file);
    expect([...file]).toEqual(before);
    expect([...result]).toEqual(before);
  });

  it('accepts a 79-character keyword and Latin-1 letters in keywords', () => {
    const keys = { ['K'.repeat(79)]: 'long', 'Über Café': 'latin' };
    expect(readPngText(withPngText(samplePng().file, keys))).toEqual(keys);
  });

  it.each([
    ['empty', ''],
    ['80 characters', 'K'.repeat(80)],
    ['leading space', ' Title'],
    ['trailing space', 'Title '],
    ['double space', 'Two  words'],
    ['a tab', 'Tab\there'],
    ['a NUL', 'Nul\0here'],
    ['Cyrillic', 'Заголовок'],
  ])('rejects a keyword with %s', (_why, keyword) => {
    expect(() => withPngText(samplePng().file, { [keyword]: 'text' })).toThrow(/keyword/i);
  });

  it('rejects a file without the PNG signature', () => {
    const notPng = new TextEncoder().encode('GIF89a, not a PNG at all');
    expect(() => withPngText(notPng, entries)).toThrow(/png file header/i);
  });
});

describe('readPngText', () => {
  it('gives back every entry written, Cyrillic and Azerbaijani letters included', () => {
    expect(readPngText(withPngText(samplePng().file, entries))).toEqual(entries);
  });

  it('reads tEXt as Latin-1', () => {
    const png = withChunksBeforeEnd(
      samplePng().file,
      chunk('tEXt', 'Comment', [0], [67, 97, 102, 233, 32, 169]),
    );
    expect(readPngText(png)).toEqual({ Comment: 'Café ©' });
  });

  it('skips compressed zTXt and iTXt chunks', () => {
    const png = withChunksBeforeEnd(
      samplePng().file,
      chunk('zTXt', 'Comment', [0, 0], deflateSync('zipped')),
      chunk('iTXt', 'Author', [0, 1, 0, 0, 0], deflateSync('zipped')),
      chunk('iTXt', 'Title', [0, 0, 0], 'en', [0], 'Title', [0], 'plain'),
    );
    expect(readPngText(png)).toEqual({ Title: 'plain' });
  });

  it('reports a chunk whose CRC does not match', () => {
    const png = withPngText(samplePng().file, { Title: 'Caspian' });
    const firstText = 8 + 25; // after the signature and IHDR
    const crcAt = firstText + 8 + new DataView(png.buffer).getUint32(firstText);
    png[crcAt] = (png[crcAt] ?? 0) ^ 0xff;
    expect(() => readPngText(png)).toThrow(/CRC.*iTXt/);
  });

  it('rejects a file without the PNG signature', () => {
    expect(() => readPngText(new Uint8Array(16))).toThrow(/png file header/i);
  });
});
