import { describe, expect, it } from 'vitest';
import { parseTextPath, type TextLocation, textPath } from './paths.ts';

const examples: [string, TextLocation][] = [
  ['mapTitle', { kind: 'mapTitle' }],
  ['projects.titr.name', { kind: 'project', project: 'titr', field: 'name' }],
  [
    'projects.oil-transit.certaintyNote',
    { kind: 'project', project: 'oil-transit', field: 'certaintyNote' },
  ],
  ['projects.titr.facts[0].label', { kind: 'fact', project: 'titr', index: 0, field: 'label' }],
  ['projects.titr.milestones[3].event', { kind: 'milestone', project: 'titr', index: 3 }],
  [
    'projects.titr.routeSources."Kazakh rail: Beyneu – Aktau port"',
    {
      kind: 'route',
      project: 'titr',
      table: 'routeSources',
      key: 'Kazakh rail: Beyneu – Aktau port',
    },
  ],
  ['places."Aktau port"', { kind: 'place', key: 'Aktau port' }],
  ['ui."panel.close"', { kind: 'ui', key: 'panel.close' }],
];

describe('text paths', () => {
  it.each(examples)('%s names its text', (path, location) => {
    expect(parseTextPath(path)).toEqual(location);
  });

  it.each(examples)('%s is written back the same', (path, location) => {
    expect(textPath(location)).toBe(path);
  });

  it('keeps a key holding quotes, dots and brackets', () => {
    const location: TextLocation = { kind: 'place', key: 'The "new" port. [2]' };
    expect(parseTextPath(textPath(location))).toEqual(location);
  });

  it.each([
    'projects.titr',
    'projects.titr.milestones[3].date',
    'projects.titr.facts[01].label',
    'projects.Titr.name',
    'places.Aktau',
    'ui."panel.close',
    'stale',
  ])('names no text with %s', (path) => {
    expect(parseTextPath(path)).toBeNull();
  });
});
