import { describe, expect, it } from 'vitest';
import { directionOf, formatDate, formatNumber } from './formatters.js';

describe('formatters', () => {
  it('knows the writing direction of a locale', () => {
    expect(directionOf('km')).toBe('ltr');
    expect(directionOf('zh-Hans')).toBe('ltr');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he-IL')).toBe('rtl');
  });

  it('leaves an unreadable date as it was rather than throwing', () => {
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('en', 12500000000)).toBe('12,500,000,000');
    expect(formatNumber('id', 1440)).toBe('1.440');
  });
});
