import { describe, expect, it } from 'vitest';
import { originAllowed, parseEmbedEvent, parseHostCommand } from './messages.ts';

const PROJECTS = ['titr', 'oil-transit'];
const parse = (data: unknown) => parseHostCommand(data, PROJECTS);

describe('parseHostCommand', () => {
  it('reads a selection, and a cleared selection', () => {
    expect(parse({ type: 'trans-caspian:select', project: 'titr' })).toEqual({
      type: 'trans-caspian:select',
      project: 'titr',
    });
    expect(parse({ type: 'trans-caspian:select', project: null })).toEqual({
      type: 'trans-caspian:select',
      project: null,
    });
  });

  it('reads a view in the URL hash format', () => {
    expect(parse({ type: 'trans-caspian:view', view: '6/41.5/50' })).toEqual({
      type: 'trans-caspian:view',
      view: { zoom: 6, lat: 41.5, lng: 50, bearing: 0, pitch: 0 },
    });
  });

  it("reads the host script's request to measure again", () => {
    expect(parse({ type: 'trans-caspian:measure' })).toEqual({ type: 'trans-caspian:measure' });
    expect(parse({ type: 'trans-caspian:measure', height: 1 })).toBeNull();
  });

  it('reads a known language', () => {
    expect(parse({ type: 'trans-caspian:language', lang: 'kk' })).toEqual({
      type: 'trans-caspian:language',
      lang: 'kk',
    });
  });

  it.each([
    null,
    undefined,
    42,
    'trans-caspian:select',
    [],
    {},
    { type: 'trans-caspian:select' },
    { type: 'trans-caspian:select', project: 'nope' },
    { type: 'trans-caspian:select', project: 7 },
    { type: 'trans-caspian:select', project: 'titr', extra: true },
    { type: 'trans-caspian:view', view: '99/999/999' },
    { type: 'trans-caspian:view', view: { zoom: 5, lat: 40, lng: 50 } },
    { type: 'trans-caspian:language', lang: 'de' },
    { type: 'trans-caspian:language', lang: '<script>' },
    { type: 'trans-caspian:height', height: 100 },
    { type: 'TRANS-CASPIAN:SELECT', project: 'titr' },
    Object.assign(Object.create({ type: 'trans-caspian:select' }), { project: 'titr' }),
  ])('ignores %j', (data) => {
    expect(parse(data)).toBeNull();
  });
});

describe('originAllowed', () => {
  it('lets any origin drive the map when there is no allowlist', () => {
    expect(originAllowed('https://any.example.org', [])).toBe(true);
  });

  it('lets only listed origins drive the map when there is one', () => {
    expect(originAllowed('https://news.example.org', ['https://news.example.org'])).toBe(true);
    expect(originAllowed('https://evil.example.org', ['https://news.example.org'])).toBe(false);
    expect(originAllowed('null', ['https://news.example.org'])).toBe(false);
  });
});

describe('parseEmbedEvent', () => {
  it('reads the map’s height and selection, exactly', () => {
    expect(parseEmbedEvent({ type: 'trans-caspian:height', height: 512 })).toEqual({
      type: 'trans-caspian:height',
      height: 512,
    });
    expect(parseEmbedEvent({ type: 'trans-caspian:selected', project: 'titr' })).toEqual({
      type: 'trans-caspian:selected',
      project: 'titr',
    });
    expect(parseEmbedEvent({ type: 'trans-caspian:selected', project: null })?.type).toBe(
      'trans-caspian:selected',
    );
  });

  it('ignores anything else', () => {
    for (const data of [
      null,
      'trans-caspian:height',
      { type: 'trans-caspian:height', height: -1 },
      { type: 'trans-caspian:height', height: Number.POSITIVE_INFINITY },
      { type: 'trans-caspian:height', height: 20_001 },
      { type: 'trans-caspian:height', height: 300, extra: true },
      { type: 'trans-caspian:selected', project: '<img onerror>' },
      { type: 'trans-caspian:select', project: 'titr' },
    ]) {
      expect(parseEmbedEvent(data)).toBeNull();
    }
  });
});
