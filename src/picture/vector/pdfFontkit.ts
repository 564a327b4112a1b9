/**
 * fontkit 2 as pdf-lib 1.17 expects fontkit 1: pdf-lib serialises a subset through
 * `subset.encodeStream().on('data' | 'end' | 'error', …)`, which fontkit 2 replaced with a
 * synchronous `encode()`. This adapter gives every subset an `encodeStream()` that emits
 * `encode()`'s bytes. Give it WOFF (or TTF) files: fontkit's TrueType subsetter fails on WOFF2.
 * No Node-only imports, so it runs in the browser too.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/** What `PDFDocument.registerFontkit` takes (pdf-lib does not export the type by name). */
export type PdfFontkit = Parameters<PDFDocument['registerFontkit']>[0];

type Listener = (value?: unknown) => void;

/** A one-shot stream in the shape pdf-lib listens to. */
function streamOf(encode: () => Uint8Array) {
  const listeners: Record<string, Listener[]> = { data: [], end: [], error: [] };
  const stream = {
    on(event: string, listener: Listener) {
      listeners[event]?.push(listener);
      return stream;
    },
  };
  // pdf-lib attaches its listeners in one chained expression right after the call, so emit on a
  // later tick; encoding then also sees every glyph pdf-lib has added to the subset.
  queueMicrotask(() => {
    let bytes: Uint8Array;
    try {
      bytes = encode();
    } catch (error) {
      for (const listener of listeners.error ?? []) listener(error);
      return;
    }
    for (const listener of listeners.data ?? []) listener(bytes);
    for (const listener of listeners.end ?? []) listener();
  });
  return stream;
}

/** fontkit 2 with subsets that pdf-lib 1.17 can serialise; pass to `doc.registerFontkit`. */
export const pdfFontkit: PdfFontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    // fontkit's types ask for a Buffer, but its parser only reads it as bytes (also in browsers).
    const font = fontkit.create(bytes as Buffer, postscriptName);
    if (!('createSubset' in font)) throw new Error('a font collection cannot be embedded');
    const createSubset = font.createSubset.bind(font);
    Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => streamOf(() => subset.encode()) });
      },
    });
    // pdf-lib's own typing of fontkit describes version 1; the members it uses match at run time.
    return font as unknown as ReturnType<PdfFontkit['create']>;
  },
};
