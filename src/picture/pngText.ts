/**
 * Text metadata (title, description, author, licence, source) inside PNG files. It is written as
 * uncompressed iTXt, whose text is UTF-8, because tEXt holds only Latin-1 and would lose Cyrillic
 * and Azerbaijani letters. Only typed arrays and TextEncoder/TextDecoder, so it runs in browsers
 * and in Node alike.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const TEXT_TYPES = new Set(['tEXt', 'iTXt', 'zTXt']);
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder(); // not fatal: one badly encoded text should not hide the rest

/** CRC-32 as PNG specifies it (ISO 3309, reflected polynomial 0xEDB88320), one table for all. */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// Latin-1 is decoded by hand: TextDecoder('latin1') is really windows-1252.
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

interface Chunk {
  type: string;
  data: Uint8Array;
  /** The whole chunk: length, type, data and CRC. */
  bytes: Uint8Array;
}

/**
 * Splits a PNG into its chunks, checking the signature and the lengths, and every CRC when asked:
 * a reader checks them; the writer, given the canvas's fresh PNG, does not go over the image again.
 */
function chunksOf(png: Uint8Array, checkCrc: boolean): Chunk[] {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) {
    throw new Error('Not a PNG: the file does not start with the PNG signature');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const end = at + 12 + (at + 4 <= png.length ? view.getUint32(at) : 0);
    if (end > png.length) throw new Error(`PNG truncated: chunk at byte ${at} runs past the end`);
    const type = latin1(png.subarray(at + 4, at + 8));
    if (checkCrc && crc32(png.subarray(at + 4, end - 4)) !== view.getUint32(end - 4)) {
      throw new Error(`PNG CRC mismatch in the ${type} chunk at byte ${at}`);
    }
    chunks.push({ type, data: png.subarray(at + 8, end - 4), bytes: png.subarray(at, end) });
    at = end;
  }
  return chunks;
}

/** The keyword that starts a tEXt, zTXt or iTXt chunk's data. */
const keywordOf = (data: Uint8Array) => latin1(data.subarray(0, data.indexOf(0)));

function checkKeyword(keyword: string): void {
  // PNG: 1–79 printable Latin-1 characters, no leading, trailing or consecutive spaces.
  if (!/^[\x20-\x7e\u00a1-\u00ff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword)) {
    throw new Error(
      `Invalid PNG text keyword ${JSON.stringify(keyword)}: it must be 1–79 printable Latin-1 characters without leading, trailing or double spaces`,
    );
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + 12);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(utf8.encode(type), 4);
  out.set(data, 8);
  view.setUint32(out.length - 4, crc32(out.subarray(4, out.length - 4)));
  return out;
}

/**
 * Returns a copy of `png` with one uncompressed UTF-8 iTXt chunk per entry, right after IHDR,
 * replacing any tEXt, zTXt or iTXt chunk with the same keyword.
 */
export function withPngText(
  png: Uint8Array,
  entries: Readonly<Record<string, string>>,
): Uint8Array<ArrayBuffer> {
  const keywords = Object.keys(entries);
  keywords.forEach(checkKeyword);
  const [ihdr, ...rest] = chunksOf(png, false);
  if (ihdr?.type !== 'IHDR') throw new Error('Not a PNG: the first chunk is not IHDR');
  const text = Object.entries(entries).map(([keyword, value]) => {
    const latin1Keyword = Uint8Array.from(keyword, (c) => c.charCodeAt(0));
    // Null separator, compression flag 0, method 0, then empty language tag and translated keyword.
    return chunk('iTXt', concat([latin1Keyword, new Uint8Array(5), utf8.encode(value)]));
  });
  // Placed before IDAT so that readers that stop at the image data still see the text.
  const kept = rest.filter(
    (c) => !(TEXT_TYPES.has(c.type) && keywords.includes(keywordOf(c.data))),
  );
  return concat([Uint8Array.from(SIGNATURE), ihdr.bytes, ...text, ...kept.map((c) => c.bytes)]);
}

/**
 * Reads tEXt (Latin-1) and uncompressed iTXt chunks of `png` into keyword → text; a later chunk
 * wins. zTXt and compressed iTXt are skipped: inflating synchronously needs a dependency. Throws on
 * a bad signature or CRC.
 */
export function readPngText(png: Uint8Array): Record<string, string> {
  const text: Record<string, string> = {};
  for (const { type, data } of chunksOf(png, true)) {
    const keyEnd = data.indexOf(0);
    if (keyEnd < 0) continue;
    if (type === 'tEXt') text[latin1(data.subarray(0, keyEnd))] = latin1(data.subarray(keyEnd + 1));
    if (type !== 'iTXt' || data[keyEnd + 1] !== 0) continue;
    const languageEnd = data.indexOf(0, keyEnd + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) continue;
    text[latin1(data.subarray(0, keyEnd))] = utf8Decoder.decode(data.subarray(translatedEnd + 1));
  }
  return text;
}
