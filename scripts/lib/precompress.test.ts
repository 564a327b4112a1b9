import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.ts';

const BIG_JS = 'export const greeting = "hello, Caspian";\n'.repeat(500);

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const copies = (path: string) => [existsSync(`${path}.gz`), existsSync(`${path}.br`)];

describe('precompressDir', () => {
  it('writes .gz and .br copies of a large repetitive script that decompress to the original', () => {
    const path = join(dir, 'index.js');
    writeFileSync(path, BIG_JS);
    const results = precompressDir(dir);
    expect(copies(path)).toEqual([true, true]);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(BIG_JS);
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(BIG_JS);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result?.file).toBe('index.js');
    expect(result?.raw).toBe(Buffer.byteLength(BIG_JS));
    expect(result?.gzip).toBe(readFileSync(`${path}.gz`).length);
    expect(result?.brotli).toBe(readFileSync(`${path}.br`).length);
    expect(result?.brotli).toBeLessThan(result?.raw ?? 0);
  });

  it('skips tiny files and already-compressed formats', () => {
    const tiny = join(dir, 'tiny.js');
    const font = join(dir, 'font.woff2');
    writeFileSync(tiny, 'export {};\n'.repeat(10));
    writeFileSync(font, BIG_JS);
    expect(precompressDir(dir)).toEqual([]);
    expect(copies(tiny)).toEqual([false, false]);
    expect(copies(font)).toEqual([false, false]);
  });

  it('skips incompressible content', () => {
    const path = join(dir, 'random.json');
    writeFileSync(path, randomBytes(4096));
    expect(precompressDir(dir)).toEqual([]);
    expect(copies(path)).toEqual([false, false]);
  });

  it('skips source maps', () => {
    const path = join(dir, 'index.js.map');
    writeFileSync(path, JSON.stringify({ mappings: 'AAAA;'.repeat(2000) }));
    expect(precompressDir(dir)).toEqual([]);
    expect(copies(path)).toEqual([false, false]);
  });

  it('compresses the data downloads, GeoJSON and CSV', () => {
    mkdirSync(join(dir, 'downloads'));
    const geojson = join(dir, 'downloads', 'routes.geojson');
    const csv = join(dir, 'downloads', 'projects.csv');
    writeFileSync(geojson, '{"type":"Feature","properties":{},"geometry":null}\n'.repeat(100));
    writeFileSync(csv, 'id,name\r\ntitr,Middle Corridor\r\n'.repeat(100));
    expect(precompressDir(dir).map((r) => r.file)).toEqual([
      'downloads/projects.csv',
      'downloads/routes.geojson',
    ]);
    expect([...copies(geojson), ...copies(csv)]).toEqual([true, true, true, true]);
  });

  it('walks nested folders', () => {
    mkdirSync(join(dir, 'assets', 'deep'), { recursive: true });
    const path = join(dir, 'assets', 'deep', 'style.css');
    writeFileSync(path, 'body { margin: 0; }\n'.repeat(200));
    expect(precompressDir(dir).map((r) => r.file)).toEqual(['assets/deep/style.css']);
    expect(copies(path)).toEqual([true, true]);
  });
});
