/** The font files for the vector renderer in Node (build scripts, the command line, tests). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type FaceLoader, FontBook } from './fontBook.ts';
import { SUBSET_FILE } from './fontSubsets.ts';

const require = createRequire(import.meta.url);

/** Reads a face from @fontsource/noto-sans in node_modules. */
export const nodeFaceLoader: FaceLoader = async (weight, subset) =>
  new Uint8Array(
    await readFile(
      require.resolve(
        `@fontsource/noto-sans/files/noto-sans-${SUBSET_FILE[subset]}-${weight}-normal.woff`,
      ),
    ),
  );

let book: Promise<FontBook> | undefined;

/** The font book, read once. */
export function nodeFontBook(): Promise<FontBook> {
  book ??= FontBook.load(nodeFaceLoader);
  return book;
}
