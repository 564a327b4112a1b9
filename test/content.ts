/** The real, checked content of `data/`, for unit tests. */
import { fileURLToPath } from 'node:url';
import { checkData } from '../scripts/lib/loadContent.ts';

/** The whole data check as the build runs it (schema, geometry, translations). */
export { fullCheck } from '../scripts/lib/loadContent.ts';

import { readDataDir } from '../scripts/lib/readDataDir.ts';
import type { Content } from '../src/content/schema.ts';
import type { DataFiles } from '../src/content/validate.ts';

/** The files of `data/`, keyed as the data check reads them. */
export const DATA_FILES: DataFiles = readDataDir(
  fileURLToPath(new URL('../data', import.meta.url)),
);

/** The checked content, measured as the build measures it; throws with every error if `data/` is invalid. */
export function loadTestContent(files: DataFiles = DATA_FILES): Content {
  const result = checkData(files);
  if (!result.ok) throw new Error(`data/ is invalid:\n${result.errors.join('\n')}`);
  return result.content;
}
