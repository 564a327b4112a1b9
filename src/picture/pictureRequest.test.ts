import { describe, expect, it } from 'vitest';
import { parsePictureArgs, pictureFileName, usableScale } from './pictureRequest.ts';

const PROJECTS = ['titr', 'oil-transit', 'fiber-optic', 'power-cable'];
const parse = (...argv: string[]) => parsePictureArgs(argv, PROJECTS);
const errorOf = (...argv: string[]) => {
  const result = parse(...argv);
  if (result.ok) throw new Error('expected the arguments to be refused');
  return result.error;
};

describe('pictureFileName', () => {
  it('says what the image shows and at what scale', () => {
    expect(pictureFileName('fiber-optic', 2)).toBe('trans-caspian-fiber-optic-2x.png');
    expect(pictureFileName(null, 4)).toBe('trans-caspian-map-4x.png');
  });
});

describe('usableScale', () => {
  it('keeps the asked scale when the image fits', () => {
    expect(usableScale(1600, 900, 4, 8192)).toBe(4);
  });

  it('falls back to the largest offered scale that fits', () => {
    expect(usableScale(1600, 900, 4, 4096)).toBe(2);
  });

  it('goes below 1× only when even 1× is too large', () => {
    expect(usableScale(4000, 1000, 1, 2048)).toBe(0.51);
  });
});

describe('parsePictureArgs', () => {
  it('takes video and GIF at 1080 × 1080, 1×, with the camera still unless asked', () => {
    const video = parse(
      '--out',
      'story.mp4',
      '--width',
      '1080',
      '--height',
      '1920',
      '--project',
      'titr',
    );
    expect(video.ok && video.options).toMatchObject({
      format: 'mp4',
      width: 1080,
      height: 1920,
      scale: 1,
      moveCamera: false,
    });
    const gif = parse('--out', 'a.gif', '--move-camera');
    expect(gif.ok && gif.options).toMatchObject({
      format: 'gif',
      width: 1080,
      height: 1080,
      moveCamera: true,
    });
    expect(parse('--out', 'a.webm').ok).toBe(true);
  });

  it('refuses what a video or GIF cannot take, and the camera option on a still', () => {
    expect(parse('--out', 'a.mp4', '--scale', '2')).toMatchObject({ ok: false });
    expect(parse('--out', 'a.mp4', '--date', '2025-01-01')).toMatchObject({ ok: false });
    expect(parse('--out', 'a.mp4', '--width', '1081')).toEqual({
      ok: false,
      error: '--width must be even for video',
    });
    expect(parse('--out', 'a.gif', '--width', '1081').ok).toBe(true);
    expect(parse('--out', 'a.png', '--move-camera')).toEqual({
      ok: false,
      error: '--move-camera is for video and GIF',
    });
  });

  it('takes the defaults: 1200 × 630 at 2×, English, no project, no view', () => {
    expect(parse('--out', 'a.png')).toEqual({
      ok: true,
      options: {
        out: 'a.png',
        format: 'png',
        moveCamera: false,
        print: null,
        printStyle: false,
        width: 1200,
        height: 630,
        scale: 2,
        project: null,
        lang: 'en',
        theme: 'light',
        view: null,
        date: null,
      },
    });
  });

  it('reads every option', () => {
    const result = parse(
      '--out',
      'b.png',
      '--project',
      'titr',
      '--width',
      '1080',
      '--height',
      '1080',
      '--scale',
      '4',
      '--lang',
      'kk',
      '--theme',
      'dark',
      '--view',
      '5/41.5/50',
      '--date',
      '2024-01-31',
    );
    expect(result).toEqual({
      ok: true,
      options: {
        out: 'b.png',
        format: 'png',
        moveCamera: false,
        print: null,
        printStyle: false,
        width: 1080,
        height: 1080,
        scale: 4,
        project: 'titr',
        lang: 'kk',
        theme: 'dark',
        view: { zoom: 5, lat: 41.5, lng: 50, bearing: 0, pitch: 0 },
        date: '2024-01-31',
      },
    });
  });

  it('reads a print size in millimetres, its height by aspect or given, and print style', () => {
    const byAspect = parsePictureArgs(
      ['--out', 'c.pdf', '--width-mm', '115', '--aspect', '4:3', '--print', '--project', 'titr'],
      ['titr'],
    );
    expect(byAspect).toMatchObject({
      ok: true,
      options: {
        format: 'pdf',
        print: { widthMm: 115, heightMm: 86.3 },
        printStyle: true,
        project: 'titr',
        // 115 mm at 96 px to the inch.
        width: 434.65,
        height: 326.17,
      },
    });
    const given = parsePictureArgs(
      ['--format', 'svg', '--out', 'c.svg', '--width-mm', '55', '--height-mm', '70'],
      [],
    );
    expect(given).toMatchObject({
      ok: true,
      options: { format: 'svg', print: { widthMm: 55, heightMm: 70 }, printStyle: false },
    });
    const defaultAspect = parsePictureArgs(['--out', 'c.svg', '--width-mm', '250'], []);
    expect(defaultAspect).toMatchObject({
      ok: true,
      options: { print: { widthMm: 250, heightMm: 166.7 } },
    });
  });

  it('answers --help with the usage, not an error about its value', () => {
    expect(errorOf('--help')).toBe('help');
  });

  it.each([
    [[], '--out FILE.png (or .svg, .pdf, .mp4, .webm, .gif) is required'],
    [['--out', 'a.jpg'], '--out must name a .png, .svg, .pdf, .mp4, .webm or .gif file'],
    [['--out', 'a.png', '--format', 'svg'], '--out must name a .svg file'],
    [['--out', 'a.svg', '--format', 'eps'], '--format must be one of png, svg, pdf'],
    [['--out', 'a.png', '--width-mm', '115'], '--width-mm is for SVG and PDF'],
    [['--out', 'a.svg', '--width-mm', '30'], '--width-mm must be a number from 40 to 500'],
    [['--out', 'a.svg', '--width-mm', '115', '--width', '800'], 'not both'],
    [['--out', 'a.pdf', '--width-mm', '115', '--aspect', 'wide'], '--aspect must be WIDTH:HEIGHT'],
    [['--out', 'a.pdf', '--aspect', '3:2'], '--height-mm and --aspect need --width-mm'],
    [['--out', 'a.pdf', '--scale', '2'], '--scale is for PNG'],
    [['--out', 'a.png', '--print'], '--print is for SVG and PDF'],
    [['--out', 'a.png', '--scale', '3'], '--scale must be one of 1, 2, 4'],
    [['--out', 'a.png', '--scale', '2.0'], '--scale must be one of 1, 2, 4'],
    [['--out', 'a.png', '--width', '12.5'], '--width must be a whole number from 200 to 4000'],
    [['--out', 'a.png', '--height', '99999'], '--height must be a whole number from 200 to 4000'],
    [['--out', 'a.png', '--project', 'nope'], 'unknown project "nope"'],
    [
      ['--out', 'a.png', '--date', '2024-02-30'],
      '--date must be a day of the calendar, YYYY-MM-DD',
    ],
    [['--out', 'a.png', '--date', '2024'], '--date must be a day of the calendar, YYYY-MM-DD'],
    [['--out', 'a.png', '--lang', 'de'], '--lang must be one of en, ru, az, kk'],
    [['--out', 'a.png', '--theme', 'auto'], '--theme must be one of light, dark'],
    [['--out', 'a.png', '--view', 'abc'], '--view must be ZOOM/LAT/LNG'],
    [['--out', 'a.png', '--colour', 'red'], 'unknown option --colour'],
    [['--out'], '--out needs a value'],
    [['--out', '--scale', '2'], '--out needs a value'],
    [['a.png'], 'unexpected argument "a.png"'],
  ])('refuses %j with a message that says what is wrong', (argv, message) => {
    expect(errorOf(...argv)).toContain(message);
  });
});
