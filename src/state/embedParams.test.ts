import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, parseEmbedParams } from './embedParams.ts';

describe('parseEmbedParams', () => {
  it('reads a full page with no query as not embedded', () => {
    expect(parseEmbedParams('')).toEqual({
      embedded: false,
      mapOnly: false,
      origins: [],
      lang: null,
      theme: null,
      mapHeight: MAP_HEIGHT.default,
    });
  });

  it('reads every option', () => {
    expect(
      parseEmbedParams(
        '?embed=1&mapOnly=true&origins=https://a.example.org,https://b.example.org:8443/path&lang=ru&theme=dark&height=600',
      ),
    ).toEqual({
      embedded: true,
      mapOnly: true,
      origins: ['https://a.example.org', 'https://b.example.org:8443'],
      lang: 'ru',
      theme: 'dark',
      mapHeight: 600,
    });
  });

  it('drops origins that are not http(s) URLs', () => {
    expect(
      parseEmbedParams('?origins=javascript:alert(1),ftp://x.example,nonsense,').origins,
    ).toEqual([]);
  });

  it.each(['abc', '10', '5000', '480.5', '-480'])(
    'falls back to the default height for %s',
    (height) => {
      expect(parseEmbedParams(`?height=${height}`).mapHeight).toBe(MAP_HEIGHT.default);
    },
  );

  it('ignores an unknown language', () => {
    expect(parseEmbedParams('?lang=xx').lang).toBeNull();
  });

  it('ignores an unknown theme', () => {
    expect(parseEmbedParams('?theme=neon').theme).toBeNull();
  });
});
