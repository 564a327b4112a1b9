import { describe, expect, it } from 'vitest';
import { previewHash, showsSelection, withSelection } from './Preview.tsx';

describe('the preview', () => {
  it('shows the selection of its hash wherever the reader moved the map', () => {
    const wanted = previewHash('titr', '2026-03-04');
    expect(showsSelection('#map=5/43/51&project=titr&date=2026-03-04', wanted)).toBe(true);
    expect(showsSelection('#map=5/43/51', wanted)).toBe(false);
    expect(showsSelection('#project=titr', wanted)).toBe(false);
    expect(showsSelection('', previewHash(null, null))).toBe(true);
  });
});

describe('a preview page loaded again', () => {
  it('keeps where its map is and takes the project and day wanted', () => {
    const wanted = previewHash('titr', null);
    expect(withSelection('#map=3.06/47.75/61.88', wanted)).toBe(
      '#map=3.06/47.75/61.88&project=titr',
    );
    expect(withSelection('#map=3/47/61&project=oil-transit&date=2025-01-01', wanted)).toBe(
      '#map=3/47/61&project=titr',
    );
    expect(withSelection('#project=titr', previewHash(null, null))).toBe('');
  });
});
