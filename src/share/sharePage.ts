/**
 * Share pages: one static HTML page per project and language (and one for the whole map), with
 * the Open Graph and Twitter tags a link preview reads, oEmbed discovery, and a body a person or
 * a crawler reads without JavaScript. Pure: the build writes what these functions return.
 */
import type { Language } from '../content/languages.ts';
import { fillParts } from '../i18n/translate.ts';

/** The id of the whole map's share page, beside the projects' ids. */
export const WHOLE_MAP = 'map';

/** A share image's size: what link previews ask for. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Where a share page, its image and its oEmbed response sit, relative to the app. */
export function sharePaths(id: string, language: Language) {
  const stem = `share/${id}.${language}`;
  return { page: `${stem}.html`, image: `${stem}.png`, oembed: `${stem}.oembed.json` };
}

/** What one share page says. */
export interface ShareEntry {
  /** A project's id, or `WHOLE_MAP`. */
  id: string;
  language: Language;
  title: string;
  description: string;
  /** The article's words about the project, and where they are from. */
  excerpt: { quote: string; source: string; url: string } | null;
  /** The image's text alternative. */
  imageAlt: string;
  /** The app's hash that opens the project (e.g. `#project=titr`), or '' for the whole map. */
  hash: string;
  /** The same page in the other languages. */
  alternates: readonly Language[];
  /**
   * When the facts were checked against their sources: the project's day (the whole map's: the
   * latest project's), as `YYYY-MM-DD` and in the page's language, and the sentence saying so,
   * with `{date}` where the date goes.
   */
  checked: { day: string; date: string; sentence: string };
}

/** The words around every share page, in its language. */
export interface ShareWords {
  /** The provider's name, e.g. "Trans-Caspian projects map". */
  siteName: string;
  /** "Open the interactive map". */
  open: string;
  /** The name of each language in itself, for the links to the other languages. */
  languageName: (language: Language) => string;
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The live map's URL for an entry: the app, in the entry's language, at its project. */
export function liveMapUrl(
  entry: Pick<ShareEntry, 'language' | 'hash'>,
  publicUrl: string,
): string {
  const url = new URL(publicUrl);
  url.searchParams.set('lang', entry.language);
  url.hash = entry.hash;
  return url.href;
}

/** The description a preview shows: the project's, then the article's words about it. */
export function previewDescription(entry: Pick<ShareEntry, 'description' | 'excerpt'>): string {
  return entry.excerpt
    ? `${entry.description} “${entry.excerpt.quote}” (${entry.excerpt.source})`
    : entry.description;
}

/** The share page's HTML. `publicUrl` is the app's public address, ending in a slash. */
export function shareHtml(entry: ShareEntry, words: ShareWords, publicUrl: string): string {
  const paths = sharePaths(entry.id, entry.language);
  const absolute = (path: string) => new URL(path, publicUrl).href;
  const page = absolute(paths.page);
  const image = absolute(paths.image);
  const live = liveMapUrl(entry, publicUrl);
  const description = previewDescription(entry);
  const meta = (attribute: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}">`;
  const alternates = entry.alternates.map(
    (language) =>
      `<link rel="alternate" hreflang="${language}" href="${escapeHtml(absolute(sharePaths(entry.id, language).page))}">`,
  );
  const otherLanguages = entry.alternates
    .filter((language) => language !== entry.language)
    .map(
      (language) =>
        `<a href="${escapeHtml(sharePaths(entry.id, language).page.replace('share/', ''))}" hreflang="${language}" lang="${language}">${escapeHtml(words.languageName(language))}</a>`,
    );
  const quote = quoteHtml(entry.excerpt);
  return `<!doctype html>
<html lang="${entry.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(entry.title)} — ${escapeHtml(words.siteName)}</title>
${meta('name', 'description', description)}
<link rel="canonical" href="${escapeHtml(page)}">
${alternates.join('\n')}
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absolute(paths.oembed))}" title="${escapeHtml(entry.title)}">
${meta('property', 'og:type', 'website')}
${meta('property', 'og:site_name', words.siteName)}
${meta('property', 'og:title', entry.title)}
${meta('property', 'og:description', description)}
${meta('property', 'og:url', page)}
${meta('property', 'og:locale', entry.language)}
${meta('property', 'og:image', image)}
${meta('property', 'og:image:type', 'image/png')}
${meta('property', 'og:image:width', SHARE_IMAGE.width)}
${meta('property', 'og:image:height', SHARE_IMAGE.height)}
${meta('property', 'og:image:alt', entry.imageAlt)}
${meta('name', 'twitter:card', 'summary_large_image')}
${meta('name', 'twitter:title', entry.title)}
${meta('name', 'twitter:description', description)}
${meta('name', 'twitter:image', image)}
${meta('name', 'twitter:image:alt', entry.imageAlt)}
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="share.css">
<script src="open.js" defer></script>
</head>
<body>
<main>
<h1>${escapeHtml(entry.title)}</h1>
<p>${escapeHtml(entry.description)}</p>
${quote}
<p><a href="${escapeHtml(live)}" data-open-map><img src="${escapeHtml(paths.image.replace('share/', ''))}" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" alt="${escapeHtml(entry.imageAlt)}"></a></p>
<p><a href="${escapeHtml(live)}">${escapeHtml(words.open)}</a></p>
<p><small>${checkedHtml(entry.checked)}</small></p>
<nav>${otherLanguages.join(' · ')}</nav>
</main>
</body>
</html>
`;
}

/** "Facts checked against their sources on 1 December 2026.", the date as a `<time>`. */
export function checkedHtml({ day, date, sentence }: ShareEntry['checked']): string {
  const time = `<time datetime="${escapeHtml(day)}">${escapeHtml(date)}</time>`;
  return fillParts<null>(sentence, { date: null })
    .map((part) => (part === null ? time : escapeHtml(part)))
    .join('');
}

/** The article's words about the project, with their source, as a quotation. */
function quoteHtml(excerpt: ShareEntry['excerpt']): string {
  return excerpt
    ? `<blockquote cite="${escapeHtml(excerpt.url)}"><p>“${escapeHtml(excerpt.quote)}”</p><footer>— <a href="${escapeHtml(excerpt.url)}" rel="noopener noreferrer">${escapeHtml(excerpt.source)}</a></footer></blockquote>`
    : '';
}

/**
 * What a script embed holds in the news page itself, before and without any script: the share
 * picture (linking to the live map), the title, the description, the article's words with their
 * source, and a link to the live map. Absolute addresses; no class or id the host might style.
 */
export function embedContentHtml(
  entry: ShareEntry,
  words: Pick<ShareWords, 'open'>,
  publicUrl: string,
): string {
  const live = escapeHtml(liveMapUrl(entry, publicUrl));
  const image = escapeHtml(new URL(sharePaths(entry.id, entry.language).image, publicUrl).href);
  return [
    `<a href="${live}"><img src="${image}" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" alt="${escapeHtml(entry.imageAlt)}" style="max-width:100%;height:auto"></a>`,
    `<p><strong>${escapeHtml(entry.title)}</strong></p>`,
    `<p>${escapeHtml(entry.description)}</p>`,
    quoteHtml(entry.excerpt),
    `<p><a href="${live}">${escapeHtml(words.open)}</a></p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The oEmbed response (JSON, type "rich") for an entry, embedding `html`. */
export function oembedResponse(
  entry: Pick<ShareEntry, 'id' | 'language' | 'title'>,
  words: Pick<ShareWords, 'siteName'>,
  publicUrl: string,
  html: string,
  size: { width: number; height: number },
) {
  return {
    version: '1.0',
    type: 'rich',
    title: entry.title,
    provider_name: words.siteName,
    provider_url: publicUrl,
    html,
    width: size.width,
    height: size.height,
    thumbnail_url: new URL(sharePaths(entry.id, entry.language).image, publicUrl).href,
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  };
}

/** The script a share page loads: it opens the live map, unless the reader asked to stay. */
export const OPEN_SCRIPT = `// Opens the live map at the page's project; ?stay keeps the share page.
if (!/[?&]stay\\b/.test(location.search)) {
  const link = document.querySelector('a[data-open-map]');
  if (link) location.replace(link.href);
}
`;

/** The share pages' few styles. */
export const SHARE_CSS = `body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#1f1f1f;background:#fff}
main{max-width:48rem;margin:0 auto}img{max-width:100%;height:auto;display:block}
blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #f2c200;font-style:italic}
@media (prefers-color-scheme:dark){body{background:#15191c;color:#e8e8e8}a{color:#8ec5ff}}
`;

/** The share page's address for a project (or the whole map) in a language, from the app's. */
export function shareUrl(appBase: string, project: string | null, language: Language): string {
  return new URL(sharePaths(project ?? WHOLE_MAP, language).page, appBase).href;
}
