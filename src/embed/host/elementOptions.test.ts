import { describe, expect, it } from 'vitest';
import { elementOptions, type MapElementAttribute, mapBase } from './elementOptions.ts';

const from =
  (attributes: Partial<Record<MapElementAttribute, string>>) => (name: MapElementAttribute) =>
    attributes[name] ?? null;

describe('elementOptions', () => {
  it('reads project, language, theme, date, map-only and height', () => {
    expect(
      elementOptions(
        from({
          project: 'titr',
          lang: 'kk',
          theme: 'dark',
          date: '2024-01-31',
          'map-only': '',
          height: '600',
        }),
        'en',
      ),
    ).toEqual({
      project: 'titr',
      lang: 'kk',
      theme: 'dark',
      date: '2024-01-31',
      mapOnly: true,
      height: 600,
    });
  });

  it('falls back to the page’s language, then to the defaults, for anything malformed', () => {
    expect(
      elementOptions(
        from({ project: '<x>', theme: 'neon', date: '2024-13-40', height: '9999' }),
        'ru-RU',
      ),
    ).toEqual({
      project: null,
      lang: 'ru',
      theme: 'auto',
      date: null,
      mapOnly: false,
      height: 1200,
    });
    expect(elementOptions(from({ lang: 'fr', 'map-only': 'false' }), 'de').lang).toBe('en');
    expect(elementOptions(from({ 'map-only': 'false' }), 'de').mapOnly).toBe(false);
    // A sticky story map is the map only.
    expect(elementOptions(from({ story: '' }), 'en').mapOnly).toBe(true);
  });
});

describe('mapBase', () => {
  const page = 'https://news.example.com/story.html';

  it('takes the src attribute, else the folder of the script', () => {
    expect(mapBase('https://maps.example.org/tc/?x=1#y', null, page)).toBe(
      'https://maps.example.org/tc/',
    );
    expect(mapBase(null, 'https://maps.example.org/tc/embed.js', page)).toBe(
      'https://maps.example.org/tc/',
    );
    expect(mapBase('javascript:alert(1)', 'https://maps.example.org/embed.js', page)).toBe(
      'https://maps.example.org/',
    );
  });

  it('is null with nowhere to load the map from', () => {
    expect(mapBase(null, null, page)).toBeNull();
    expect(mapBase('data:text/html,x', null, page)).toBeNull();
  });
});
