import { describe, expect, it } from 'vitest';
import { formatEnds, formatLengthKm, formatPasses } from './format.ts';

describe('formatLengthKm', () => {
  it('writes tenths of a kilometre below 1,000 km', () => {
    expect(formatLengthKm(417.94)).toBe('417.9 km');
    expect(formatLengthKm(9.46)).toBe('9.5 km');
    expect(formatLengthKm(12)).toBe('12.0 km');
  });

  it('writes whole kilometres, grouped, from 1,000 km', () => {
    expect(formatLengthKm(1234.4)).toBe('1,234 km');
  });
});

describe('formatEnds and formatPasses', () => {
  it('names the places at the ends', () => {
    expect(formatEnds('Beyneu', 'Aktau port')).toBe('Beyneu → Aktau port');
    expect(formatEnds(null, 'Aktau port')).toBe('no named place → Aktau port');
  });

  it('lists countries and seas in order', () => {
    expect(
      formatPasses([{ country: 'Kazakhstan' }, { sea: 'Caspian Sea' }, { country: 'Azerbaijan' }]),
    ).toBe('Kazakhstan, Caspian Sea, Azerbaijan');
    expect(formatPasses(null)).toMatch(/not measured/);
  });
});
