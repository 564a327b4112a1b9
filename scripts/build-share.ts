/**
 * `npm run share` (part of `npm run build`, after Vite): writes into `dist/share/` a page per
 * project and language and one for the whole map, each with its 1200 × 630 PNG preview drawn by
 * the vector renderer (text as outlines, rasterised by resvg: no browser; 256 colours) and its
 * oEmbed response, and adds the whole map's preview tags and oEmbed discovery to `dist/index.html`.
 *
 * The pages need absolute URLs: the map's public address comes from TRANS_CASPIAN_PUBLIC_URL
 * (e.g. https://maps.example.org/trans-caspian/). A build without it fails, saying so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publicUrlFrom } from '../src/share/publicUrl.ts';
import { loadShareSite } from './lib/shareSite.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${root}dist/`;

function fail(message: string): never {
  console.error(`share: ${message}`);
  process.exit(1);
}

const started = performance.now();
const publicUrl = publicUrlFrom(process.env.TRANS_CASPIAN_PUBLIC_URL);
if (!publicUrl.ok) fail(publicUrl.error);
if (!existsSync(`${DIST}index.html`)) fail('dist/index.html is missing; run `vite build` first.');
const site = await loadShareSite(root, publicUrl.url).catch((error: Error) => fail(error.message));

mkdirSync(`${DIST}share`, { recursive: true });
let imageBytes = 0;
let pages = 0;
for (const path of site.paths) {
  const file = site.file(path);
  if (!file) fail(`no file for ${path}`);
  writeFileSync(`${DIST}${path}`, file.body);
  if (path.endsWith('.png')) imageBytes += file.body.length;
  if (path.endsWith('.html')) pages++;
}
const index = `${DIST}index.html`;
writeFileSync(index, site.withPreviewTags(readFileSync(index, 'utf8')));
console.log(
  `share: ${pages} pages with previews and oEmbed in dist/share/ for ${publicUrl.url}, images ${(imageBytes / 1024).toFixed(0)} KiB in all, in ${Math.round(performance.now() - started)} ms`,
);
