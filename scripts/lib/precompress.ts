/**
 * Precompressed copies of the build: static hosts and CDNs (nginx `gzip_static`/`brotli_static`,
 * Netlify, S3 + CloudFront with pre-encoded objects) serve `file.br`/`file.gz` directly, so the
 * largest assets go out at maximum compression with no compression work at request time.
 * A copy is written only for text formats, for files of at least 1 KiB, and when it saves at
 * least 5 %. Source maps are left alone; images and fonts are compressed already.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// `.geojson` and `.csv`: the data downloads (`downloads/`).
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.svg',
  '.txt',
  '.geojson',
  '.csv',
]);
const MIN_SIZE = 1024;
const MAX_RATIO = 0.95;

export interface PrecompressResult {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes `.gz` and `.br` copies next to the compressible files under `dir`; returns the sizes written (0 where none). */
export function precompressDir(dir: string): PrecompressResult[] {
  const results: PrecompressResult[] = [];
  for (const path of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
    const data = readFileSync(path);
    if (data.length < MIN_SIZE) continue;
    const limit = data.length * MAX_RATIO;
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    const gzip = gz.length <= limit ? gz.length : 0;
    const brotli = br.length <= limit ? br.length : 0;
    if (gzip) writeFileSync(`${path}.gz`, gz);
    if (brotli) writeFileSync(`${path}.br`, br);
    if (gzip || brotli) {
      results.push({
        file: relative(dir, path).split('\\').join('/'),
        raw: data.length,
        gzip,
        brotli,
      });
    }
  }
  return results.sort((a, b) => a.file.localeCompare(b.file));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Vite plugin: after a build, precompresses the output folder and logs one summary line. */
export function precompress(): Plugin {
  let outDir = 'dist';
  let log: (message: string) => void = console.log;
  return {
    name: 'trans-caspian-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      log = (message) => config.logger.info(message);
    },
    closeBundle() {
      const results = precompressDir(outDir);
      const sum = (key: 'raw' | 'gzip' | 'brotli') =>
        results.reduce((total, r) => total + r[key], 0);
      log(
        `precompress: ${results.length} files, ${kib(sum('raw'))} raw, ${kib(sum('gzip'))} gzip, ${kib(sum('brotli'))} brotli`,
      );
    },
  };
}
