import { describe, expect, it } from 'vitest';
import { askedProject, parseHash, withoutHostPart } from '../state/url.ts';
import {
  asksForHeight,
  heightMessagesFor,
  hostContextOf,
  wordpressLinkMessage,
} from './hostProtocols.ts';

describe('hostContextOf', () => {
  it("reads a Pym.js child id from the query and WordPress's secret from the end of the hash", () => {
    expect(
      hostContextOf(
        '?embed=1&initialWidth=600&childId=map-1&parentUrl=x',
        '#project=titr#?secret=Ab12Cd34Ef',
      ),
    ).toEqual({
      pymChildId: 'map-1',
      wordpressSecret: 'Ab12Cd34Ef',
    });
    expect(hostContextOf('?embed=1', '#?secret=xyz')).toEqual({
      pymChildId: null,
      wordpressSecret: 'xyz',
    });
    expect(hostContextOf('?childId=<script>', '#project=titr')).toEqual({
      pymChildId: null,
      wordpressSecret: null,
    });
  });

  it("leaves the map's own hash readable once the host's part is taken off", () => {
    expect(withoutHostPart('#project=titr#?secret=Ab12Cd34Ef')).toBe('#project=titr');
    expect(withoutHostPart('#?secret=Ab12Cd34Ef')).toBe('');
    expect(withoutHostPart('#map=5/41.5/50&project=titr')).toBe('#map=5/41.5/50&project=titr');
    // Neither the selection nor the "no such project" notice reads the secret as a project.
    expect(parseHash('#project=titr#?secret=Ab12', ['titr']).project).toBe('titr');
    expect(askedProject('#project=titr#?secret=Ab12')).toBe('titr');
  });
});

describe('heightMessagesFor', () => {
  it('speaks ours and AMP’s (which @newswire/frames reads) to every host, rounded up', () => {
    expect(heightMessagesFor(480.2, { pymChildId: null, wordpressSecret: null })).toEqual([
      { type: 'trans-caspian:height', height: 481 },
      { sentinel: 'amp', type: 'embed-size', height: 481 },
    ]);
  });

  it('adds Pym.js’s child message and the wp-embed message where the host asked for them', () => {
    const messages = heightMessagesFor(480.2, { pymChildId: 'map-1', wordpressSecret: 'Ab12' });
    expect(messages).toContain('pymxPYMxmap-1xPYMxheightxPYMx481');
    expect(messages).toContainEqual({ message: 'height', value: 481, secret: 'Ab12' });
  });
});

describe('asksForHeight', () => {
  it('hears our measure request and frames-init, nothing else', () => {
    expect(asksForHeight({ type: 'trans-caspian:measure' })).toBe(true);
    expect(asksForHeight({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
    expect(asksForHeight({ type: 'trans-caspian:measure', extra: 1 })).toBe(false);
    expect(asksForHeight('pymxPYMxmap-1xPYMxwidthxPYMx600')).toBe(false);
    expect(asksForHeight(null)).toBe(false);
  });
});

describe('wordpressLinkMessage', () => {
  const embed = 'https://maps.example.org/?embed=1#project=titr#?secret=Ab12Cd34Ef';
  const wordpress = { pymChildId: null, wordpressSecret: 'Ab12Cd34Ef' };

  it('asks wp-embed to open a link to the map’s own host, with the secret', () => {
    expect(
      wordpressLinkMessage('https://maps.example.org/?lang=en#project=titr', embed, wordpress),
    ).toEqual({
      message: 'link',
      value: 'https://maps.example.org/?lang=en#project=titr',
      secret: 'Ab12Cd34Ef',
    });
    expect(wordpressLinkMessage('./?lang=ru', embed, wordpress)?.value).toBe(
      'https://maps.example.org/?lang=ru',
    );
  });

  it('leaves other hosts’ links, other schemes and other embedders alone', () => {
    expect(wordpressLinkMessage('https://en.trend.az/article', embed, wordpress)).toBeNull();
    expect(wordpressLinkMessage('javascript:alert(1)', embed, wordpress)).toBeNull();
    expect(
      wordpressLinkMessage('https://maps.example.org/', embed, {
        pymChildId: null,
        wordpressSecret: null,
      }),
    ).toBeNull();
  });
});
