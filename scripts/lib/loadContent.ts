/**
 * The content of a `data/` folder as every part of the build reads it: checked by the one schema,
 * each route measured against the basemap's own countries and seas, so that every description,
 * download and picture names them. The one place that gives the check its surveyor.
 */
import { buildDownloads } from '../../src/content/downloads.ts';
import type { Content } from '../../src/content/schema.ts';
import {
  type DataFiles,
  type ValidationResult,
  validateContent,
} from '../../src/content/validate.ts';
import { basemapSurveyor } from './basemapCountries.ts';
import { readDataDir } from './readDataDir.ts';

/** The files of a `data/` folder checked and measured; every problem if any. */
export function checkData(files: DataFiles): ValidationResult {
  return validateContent(files, basemapSurveyor());
}

/** The checked content of `dataDir`; throws with every problem, naming file, feature and reason. */
export function loadContent(dataDir: string): Content {
  const result = checkData(readDataDir(dataDir));
  if (!result.ok) throw new Error(`${dataDir} is invalid:\n  ${result.errors.join('\n  ')}`);
  return result.content;
}

/**
 * A `data/` folder's files checked as `npm run check:data` checks them: the check, and what only
 * the downloads meet (a project without a licence in data/LICENCE.md).
 */
export function fullCheck(files: DataFiles): ValidationResult {
  const result = checkData(files);
  if (!result.ok) return result;
  try {
    buildDownloads(result.content);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`data/ cannot be offered for download: ${reason}`] };
  }
}
