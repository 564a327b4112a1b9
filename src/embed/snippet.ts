/** The embed code an editor pastes into a news page. Pure. */
import type { Language } from '../content/languages.ts';
import { embedContentHtml, type ShareEntry, type ShareWords } from '../share/sharePage.ts';
import { MAP_HEIGHT, type ThemeChoice } from '../state/embedParams.ts';
import { serializeHash } from '../state/url.ts';

export interface EmbedOptions {
  project: string | null;
  /** The day whose status the map shows (`YYYY-MM-DD`); absent or null for the latest. */
  date?: string | null;
  lang: Language;
  theme: ThemeChoice;
  mapOnly: boolean;
  /** Height of the map in CSS pixels; the iframe adds the footer (and the panel, when it resizes). */
  height: number;
}

/**
 * What the iframe may do: run its scripts on its own origin (fonts, the map's worker), open the
 * article and the full map in a new tab, and save an exported image. Nothing else.
 */
export const IFRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** The embed's footer (credit and "open the full map") below the map, in CSS pixels. */
export const FOOTER_HEIGHT = 32;

/** The attribute the host script looks for. */
export const HOST_ATTRIBUTE = 'data-trans-caspian-embed';

/** The map height the embed will really use (it clamps `?height=` the same way). */
export function clampMapHeight(height: number): number {
  if (!Number.isFinite(height)) return MAP_HEIGHT.default;
  return Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, Math.round(height)));
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The URL the iframe loads: the app at `base`, in embed mode, with the chosen options. */
export function embedUrl(base: string, options: EmbedOptions): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  url.searchParams.set('lang', options.lang);
  url.searchParams.set('theme', options.theme);
  url.searchParams.set('height', String(clampMapHeight(options.height)));
  if (options.mapOnly) url.searchParams.set('mapOnly', '1');
  url.hash = serializeHash({ view: null, project: options.project, date: options.date ?? null });
  return url.href;
}

function iframe(base: string, options: EmbedOptions, title: string, resizing: boolean): string {
  const attributes = [
    `src="${escapeAttribute(embedUrl(base, options))}"`,
    `title="${escapeAttribute(title)}"`,
    'width="100%"',
    `height="${clampMapHeight(options.height) + FOOTER_HEIGHT}"`,
    'style="border:0;display:block"',
    'loading="lazy"',
    `sandbox="${IFRAME_SANDBOX}"`,
    'allow="fullscreen"',
    'referrerpolicy="no-referrer"',
    ...(resizing ? [HOST_ATTRIBUTE] : []),
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** The iframe plus the small host script that keeps its height equal to its content's. */
export function embedSnippet(base: string, options: EmbedOptions, title: string): string {
  const script = new URL('embed.js', base).href;
  return `${iframe(base, options, title, true)}\n<script src="${escapeAttribute(script)}" async></script>`;
}

/** A plain iframe of fixed height, for pages that allow no scripts. */
export function plainSnippet(base: string, options: EmbedOptions, title: string): string {
  return iframe(base, options, title, false);
}

/**
 * The `html` of an oEmbed response: a blockquote with a link to the share page (what a reader
 * sees until the map speaks, and where nothing else survives), the resizing iframe and the host
 * script. WordPress keeps only the blockquote's link and the iframe's `src`, `width`, `height` and
 * `title`, sandboxes it with `allow-scripts` alone and resizes it through wp-embed, which the map
 * speaks; a CMS that pastes the html as it is gets our own resizing.
 */
export function oembedSnippet(
  base: string,
  options: EmbedOptions,
  title: string,
  link: { href: string; text: string },
): string {
  return `<blockquote><a href="${escapeAttribute(link.href)}">${escapeAttribute(link.text)}</a></blockquote>\n${embedSnippet(base, options, title)}`;
}

/**
 * The script embed: a `<trans-caspian-map>` element holding the project's content (readable with
 * no script, in feeds and by search), and `embed.js` as a module, which mounts the map in it.
 */
export function elementSnippet(
  base: string,
  options: EmbedOptions,
  label: string,
  entry: ShareEntry,
  words: Pick<ShareWords, 'open'>,
): string {
  const attributes = [
    `src="${escapeAttribute(base)}"`,
    ...(options.project ? [`project="${escapeAttribute(options.project)}"`] : []),
    `lang="${options.lang}"`,
    `theme="${options.theme}"`,
    ...(options.date ? [`date="${options.date}"`] : []),
    ...(options.mapOnly ? ['map-only'] : []),
    `height="${clampMapHeight(options.height)}"`,
    `label="${escapeAttribute(label)}"`,
  ];
  const script = new URL('embed.js', base).href;
  return `<trans-caspian-map ${attributes.join(' ')}>\n${embedContentHtml(entry, words, base)}\n</trans-caspian-map>\n<script type="module" src="${escapeAttribute(script)}"></script>`;
}

/** A story step as an editor marks a paragraph of the article with it. */
export function stepMarkup(step: { project?: string; date?: string; view?: string }): string {
  // JSON in a single-quoted attribute: only an apostrophe or an ampersand could end or change it.
  const json = JSON.stringify(step).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `<p data-trans-caspian-step='${json}'>…</p>`;
}
