/**
 * Text metadata (title, description, author, licence, source) inside PNG files. It is written as
 * uncompressed iTXt, whose text is UTF-8, because tEXt holds only Latin-1 and would lose Cyrillic
 * and Azerbaijani letters. `png-chunks-extract` splits the file into chunks, checking the
 * signature, IHDR first, IEND last and every CRC; `crc-32` gives the CRC of each chunk written.
 * Only typed arrays and TextEncoder/TextDecoder besides, so it runs in browsers and in Node alike.
 */
import crc32 from 'crc-32';
import extractChunks from 'png-chunks-extract';

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
const TEXT_TYPES = new Set(['tEXt', 'iTXt', 'zTXt']);
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder(); // not fatal: one badly encoded text should not hide the rest

/** A PNG chunk: its four-letter type and its data. */
interface Chunk {
  name: string;
  data: Uint8Array;
}

// Latin-1 is decoded by hand: TextDecoder('latin1') is really windows-1252.
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
const latin1Bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

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

/** The bytes of a chunk in the file: data length, type, data, and the CRC-32 of type and data. */
function encodeChunk({ name, data }: Chunk): Uint8Array {
  const out = new Uint8Array(data.length + 12);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1Bytes(name), 4);
  out.set(data, 8);
  view.setUint32(out.length - 4, crc32.buf(out.subarray(4, out.length - 4)) >>> 0);
  return out;
}

/** An uncompressed iTXt chunk holding `value` as UTF-8 under `keyword`. */
function iTXtChunk(keyword: string, value: string): Chunk {
  // Null separator, compression flag 0, method 0, then empty language tag and translated keyword.
  return {
    name: 'iTXt',
    data: concat([latin1Bytes(keyword), new Uint8Array(5), utf8.encode(value)]),
  };
}

/**
 * Returns a copy of `png` with one uncompressed UTF-8 iTXt chunk per entry, right after IHDR,
 * replacing any tEXt, zTXt or iTXt chunk with the same keyword. Throws on a bad signature or CRC.
 */
export function withPngText(
  png: Uint8Array,
  entries: Readonly<Record<string, string>>,
): Uint8Array<ArrayBuffer> {
  const keywords = Object.keys(entries);
  keywords.forEach(checkKeyword);
  const chunks = extractChunks(png);
  const ihdr = chunks.slice(0, 1); // the extractor has checked that the file starts with IHDR
  const kept = chunks
    .slice(1)
    .filter((c) => !(TEXT_TYPES.has(c.name) && keywords.includes(keywordOf(c.data))));
  const text = Object.entries(entries).map(([keyword, value]) => iTXtChunk(keyword, value));
  // Placed before IDAT so that readers that stop at the image data still see the text.
  return concat([SIGNATURE, ...[...ihdr, ...text, ...kept].map(encodeChunk)]);
}

/**
 * Reads tEXt (Latin-1) and uncompressed iTXt chunks of `png` into keyword → text; a later chunk
 * wins. zTXt and compressed iTXt are skipped: inflating synchronously needs a dependency. Throws on
 * a bad signature or CRC.
 */
export function readPngText(png: Uint8Array): Record<string, string> {
  const text: Record<string, string> = {};
  for (const { name: type, data } of extractChunks(png)) {
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
