import { describe, expect, it } from 'vitest';
import {
  clampMapHeight,
  elementSnippet,
  embedSnippet,
  embedUrl,
  HOST_ATTRIBUTE,
  IFRAME_SANDBOX,
  oembedSnippet,
  plainSnippet,
  stepMarkup,
} from './snippet.ts';

const BASE = 'https://maps.example.org/trans-caspian/';
const OPTIONS = {
  project: 'titr',
  lang: 'en',
  theme: 'auto',
  mapOnly: false,
  height: 480,
} as const;

describe('embedUrl', () => {
  it('points at the app in embed mode with the chosen options', () => {
    expect(embedUrl(BASE, OPTIONS)).toBe(
      'https://maps.example.org/trans-caspian/?embed=1&lang=en&theme=auto&height=480#project=titr',
    );
  });

  it('adds mapOnly only when asked, and no hash without a project', () => {
    expect(embedUrl(BASE, { ...OPTIONS, project: null, mapOnly: true })).toBe(
      'https://maps.example.org/trans-caspian/?embed=1&lang=en&theme=auto&height=480&mapOnly=1',
    );
  });

  it('keeps the date whose status the map shows, with or without a project', () => {
    expect(embedUrl(BASE, { ...OPTIONS, date: '2024-01-31' })).toMatch(
      /\?embed=1&lang=en&theme=auto&height=480#project=titr&date=2024-01-31$/,
    );
    expect(embedUrl(BASE, { ...OPTIONS, project: null, date: '2024-01-31' })).toMatch(
      /height=480#date=2024-01-31$/,
    );
  });

  it("drops the base's own query and hash", () => {
    expect(embedUrl(`${BASE}?x=1#map=1/2/3`, { ...OPTIONS, project: null })).not.toMatch(
      /x=1|map=/,
    );
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(BASE, OPTIONS, 'Map: "quoted" & <tagged>');

  it('is an iframe with title, full width, lazy loading, sandbox, and the host script', () => {
    expect(snippet).toContain('<iframe src="https://maps.example.org/trans-caspian/?embed=1');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(`sandbox="${IFRAME_SANDBOX}"`);
    expect(snippet).toContain('data-trans-caspian-embed');
    expect(snippet).toContain(
      '<script src="https://maps.example.org/trans-caspian/embed.js" async>',
    );
  });

  it('lets the iframe download exported images and open links, nothing more', () => {
    expect(IFRAME_SANDBOX.split(' ').sort()).toEqual(
      [
        'allow-downloads',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
      ].sort(),
    );
  });

  it('escapes the title', () => {
    expect(snippet).toContain('title="Map: &quot;quoted&quot; &amp; &lt;tagged&gt;"');
  });
});

describe('plainSnippet', () => {
  it('is a fixed-height iframe with no script, tall enough for map and footer', () => {
    const plain = plainSnippet(BASE, OPTIONS, 'Map');
    expect(plain).not.toContain('<script');
    expect(plain).not.toContain('data-trans-caspian-embed');
    expect(plain).toContain('height="512"');
  });
});

describe('clampMapHeight', () => {
  it.each([
    [480, 480],
    [1, 240],
    [5000, 1200],
    [480.6, 481],
    [Number.NaN, 480],
  ])('turns %d into %d, as the embed would', (asked, used) => {
    expect(clampMapHeight(asked)).toBe(used);
  });
});

describe('oembedSnippet', () => {
  const html = oembedSnippet(BASE, OPTIONS, 'Map', {
    href: 'https://maps.example.org/trans-caspian/share/titr.en.html',
    text: 'Middle Corridor & more',
  });

  it('holds what WordPress keeps: a bare blockquote with a link, then the iframe', () => {
    // wp_filter_oembed_result keeps `(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)`.
    expect(html).toMatch(
      /^<blockquote><a href="https:\/\/maps\.example\.org\/trans-caspian\/share\/titr\.en\.html">Middle Corridor &amp; more<\/a><\/blockquote>\n<iframe src="[^"]+" title="Map" width="100%" height="\d+"[^>]*><\/iframe>/,
    );
  });

  it('resizes outside WordPress with our own host script', () => {
    expect(html).toContain(HOST_ATTRIBUTE);
    expect(html).toContain(
      '<script src="https://maps.example.org/trans-caspian/embed.js" async></script>',
    );
  });
});

describe('elementSnippet', () => {
  const entry = {
    id: 'titr',
    language: 'en',
    title: 'Middle Corridor',
    description: 'Rail and ferry.',
    excerpt: null,
    imageAlt: 'Map: Middle Corridor',
    hash: '#project=titr',
    alternates: ['en'],
    checked: {
      day: '2026-12-01',
      date: '1 December 2026',
      sentence: 'Facts checked against their sources on {date}.',
    },
  } as const;
  const html = elementSnippet(
    BASE,
    { ...OPTIONS, date: '2024-01-31', mapOnly: true },
    'Map',
    entry,
    {
      open: 'Open the interactive map',
    },
  );

  it('is the element with every option as an attribute, its content inside, then the module', () => {
    expect(html).toMatch(
      /^<trans-caspian-map src="https:\/\/maps\.example\.org\/trans-caspian\/" project="titr" lang="en" theme="auto" date="2024-01-31" map-only height="480" label="Map">\n<a href=/,
    );
    expect(html).toContain('<p><strong>Middle Corridor</strong></p>');
    expect(html).toMatch(
      /<\/trans-caspian-map>\n<script type="module" src="https:\/\/maps\.example\.org\/trans-caspian\/embed\.js"><\/script>$/,
    );
  });
});

describe('stepMarkup', () => {
  it('marks a paragraph with the step as JSON in a single-quoted attribute', () => {
    expect(stepMarkup({ project: 'titr', date: '2017-10-30', view: '5/41.5/47' })).toBe(
      `<p data-trans-caspian-step='{"project":"titr","date":"2017-10-30","view":"5/41.5/47"}'>…</p>`,
    );
    expect(stepMarkup({ project: "it's" })).toBe(
      `<p data-trans-caspian-step='{"project":"it&#39;s"}'>…</p>`,
    );
  });
});
