import { describe, expect, it } from 'vitest';
import { publicUrlFrom } from './publicUrl.ts';
import {
  checkedHtml,
  embedContentHtml,
  liveMapUrl,
  oembedResponse,
  type ShareEntry,
  shareHtml,
  sharePaths,
  shareUrl,
} from './sharePage.ts';

const BASE = 'https://maps.example.org/trans-caspian/';
const entry: ShareEntry = {
  id: 'titr',
  language: 'ru',
  title: 'Средний коридор & <TITR>',
  description: 'Железная дорога и паром.',
  excerpt: {
    quote: 'infrastructure and logistics projects',
    source: 'Trend News Agency, 31 января 2024 г.',
    url: 'https://en.trend.az/business/3856281.html',
  },
  imageAlt: 'Карта: Средний коридор',
  hash: '#project=titr',
  alternates: ['en', 'ru', 'az', 'kk'],
  checked: {
    day: '2026-12-01',
    date: '1 декабря 2026 г.',
    sentence: 'Факты по этому <проекту> сверены с источниками {date}',
  },
};
const words = {
  siteName: 'Карта',
  open: 'Открыть карту',
  languageName: (code: string) => code.toUpperCase(),
};
const html = shareHtml(entry, words, BASE);
const meta = (key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(
    html,
  )?.[1];

describe('shareHtml', () => {
  it('has every tag a link preview reads, with absolute URLs', () => {
    expect(meta('og:title')).toBe('Средний коридор &amp; &lt;TITR&gt;');
    expect(meta('og:description')).toContain('“infrastructure and logistics projects”');
    expect(meta('og:image')).toBe(`${BASE}share/titr.ru.png`);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toBe('Карта: Средний коридор');
    expect(meta('og:url')).toBe(`${BASE}share/titr.ru.html`);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="canonical" href="${BASE}share/titr.ru.html">`);
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${BASE}share/titr.ru.oembed.json"`,
    );
    expect(html).toContain(`<link rel="alternate" hreflang="kk" href="${BASE}share/titr.kk.html">`);
    expect(html).toContain('<html lang="ru">');
  });

  it('has a body to read without JavaScript: title, excerpt with its source, picture, live link', () => {
    expect(html).toContain('<h1>Средний коридор &amp; &lt;TITR&gt;</h1>');
    expect(html).toContain('<blockquote cite="https://en.trend.az/business/3856281.html">');
    expect(html).toContain(
      '<img src="titr.ru.png" width="1200" height="630" alt="Карта: Средний коридор">',
    );
    expect(html).toContain(`href="${BASE}?lang=ru#project=titr"`);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});

describe('checkedHtml', () => {
  it('says when the facts were checked, the date as a <time> of the day, the rest escaped', () => {
    expect(checkedHtml(entry.checked)).toBe(
      'Факты по этому &lt;проекту&gt; сверены с источниками <time datetime="2026-12-01">1 декабря 2026 г.</time>',
    );
  });

  it('is on the page, after the link to the live map', () => {
    const link = html.indexOf('>Открыть карту</a></p>');
    const checked = html.indexOf(`<p><small>${checkedHtml(entry.checked)}</small></p>`);
    expect(link).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(link);
  });
});

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 response with its thumbnail', () => {
    const response = oembedResponse(entry, words, BASE, '<iframe></iframe>', {
      width: 800,
      height: 512,
    });
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: entry.title,
      provider_name: 'Карта',
      provider_url: BASE,
      html: '<iframe></iframe>',
      width: 800,
      height: 512,
      thumbnail_url: `${BASE}share/titr.ru.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('share addresses', () => {
  it('name a page, image and oEmbed per project and language', () => {
    expect(sharePaths('map', 'en')).toEqual({
      page: 'share/map.en.html',
      image: 'share/map.en.png',
      oembed: 'share/map.en.oembed.json',
    });
    expect(shareUrl('https://example.org/app/', null, 'az')).toBe(
      'https://example.org/app/share/map.az.html',
    );
    expect(liveMapUrl({ language: 'kk', hash: '' }, BASE)).toBe(`${BASE}?lang=kk`);
  });
});

describe('publicUrlFrom', () => {
  it('refuses a build without an absolute http(s) address, saying what to set', () => {
    expect(publicUrlFrom(undefined)).toMatchObject({
      ok: false,
      error: expect.stringContaining('TRANS_CASPIAN_PUBLIC_URL'),
    });
    expect(publicUrlFrom('maps/')).toMatchObject({ ok: false });
    expect(publicUrlFrom('ftp://example.org/')).toMatchObject({ ok: false });
    expect(publicUrlFrom('https://example.org/a?b=1')).toMatchObject({ ok: false });
    expect(publicUrlFrom('https://example.org/maps')).toEqual({
      ok: true,
      url: 'https://example.org/maps/',
    });
  });
});

describe('embedContentHtml', () => {
  const content = embedContentHtml(entry, words, BASE);

  it('holds the picture linking to the live map, the title, the words and their source', () => {
    expect(content).toContain(
      `<a href="${BASE}?lang=ru#project=titr"><img src="${BASE}share/titr.ru.png" width="1200" height="630" alt="Карта: Средний коридор"`,
    );
    expect(content).toContain('<p><strong>Средний коридор &amp; &lt;TITR&gt;</strong></p>');
    expect(content).toContain('<p>Железная дорога и паром.</p>');
    expect(content).toContain(
      '<blockquote cite="https://en.trend.az/business/3856281.html"><p>“infrastructure and logistics projects”</p>',
    );
    expect(content).toContain('>Trend News Agency, 31 января 2024 г.</a></footer></blockquote>');
    expect(content).toMatch(/<p><a href="[^"]+">Открыть карту<\/a><\/p>$/);
  });

  it('leaves the quotation out when the article says nothing of the project', () => {
    expect(embedContentHtml({ ...entry, excerpt: null }, words, BASE)).not.toContain('blockquote');
  });
});
