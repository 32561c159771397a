import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/i18n/interpolate.js';

describe('interpolate', () => {
  it('fills each placeholder, numbers through the locale formatter', () => {
    const fr = new Intl.NumberFormat('fr').format;
    expect(interpolate('{count} personnes à {office}', { count: 1440, office: 'Phnom Penh' }, fr)).toBe(
      `${fr(1440)} personnes à Phnom Penh`,
    );
  });

  it('leaves a placeholder without a value visible, so review catches it', () => {
    expect(interpolate('at most {max} of {total}', { max: 3 })).toBe('at most 3 of {total}');
    expect(interpolate('at most {max}', undefined)).toBe('at most {max}');
  });

  it('does not read inherited properties as values', () => {
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });
});
