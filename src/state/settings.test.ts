import { describe, expect, it } from 'vitest';
import { resolveTheme } from './documentSettings.ts';
import { withQueryParam } from './query.ts';

describe('resolveTheme', () => {
  it('follows the system when the reader chose nothing', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
  });

  it("keeps the reader's choice whatever the system prefers", () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('withQueryParam', () => {
  it('sets a parameter and keeps the others in their order', () => {
    expect(withQueryParam('?embed=1&lang=en&height=480', 'lang', 'kk')).toBe(
      '?embed=1&lang=kk&height=480',
    );
  });

  it('adds a parameter to an empty query', () => {
    expect(withQueryParam('', 'theme', 'dark')).toBe('?theme=dark');
  });

  it('removes a parameter, and the question mark with the last one', () => {
    expect(withQueryParam('?theme=dark', 'theme', null)).toBe('');
    expect(withQueryParam('?lang=ru&theme=dark', 'theme', null)).toBe('?lang=ru');
  });
});
