/** Reads every JSON and GeoJSON file under `data/` into the map that `validateContent` checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFiles } from '../../src/content/validate.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** All `.json` and `.geojson` files under `dataDir`, keyed by their path relative to it. */
export function readDataDir(dataDir: string): DataFiles {
  const files = new Map<string, string>();
  for (const path of walk(dataDir)) {
    if (!/\.(geo)?json$/.test(path)) continue;
    files.set(relative(dataDir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}
