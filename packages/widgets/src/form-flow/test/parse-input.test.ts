import { describe, expect, it } from 'vitest';
import { asciiDigits, isEmpty, parseInput } from '../parse-input.js';

describe('parseInput', () => {
  it('reads whole numbers in any digits, and leaves what it cannot read as typed', () => {
    expect(parseInput('integer', ' 18 ')).toBe(18);
    expect(parseInput('integer', '១៨')).toBe(18);
    expect(parseInput('integer', '１８')).toBe(18);
    expect(parseInput('integer', '1,200')).toBe(1200);
    expect(parseInput('integer', '18.5')).toBe('18.5');
    expect(parseInput('integer', 'eighteen')).toBe('eighteen');
  });

  it('reads amounts with a decimal comma or thousands separators', () => {
    expect(parseInput('decimal', '600')).toBe(600);
    expect(parseInput('decimal', '4,800')).toBe(4800);
    expect(parseInput('decimal', '4 800,50')).toBe(4800.5);
    expect(parseInput('decimal', '4\u202f800')).toBe(4800);
    expect(parseInput('decimal', '1,5')).toBe(1.5);
    expect(parseInput('decimal', 'US$600')).toBe('US$600');
  });

  it('writes phone numbers as E.164 and keeps what is not a number for the validator to judge', () => {
    expect(parseInput('tel', '+62 812-3456 (7890)')).toBe('+6281234567890');
    expect(parseInput('tel', 'call me')).toBe('callme');
  });

  it('reads yes and no as booleans, and nothing as nothing', () => {
    expect(parseInput('yesno', 'yes')).toBe(true);
    expect(parseInput('yesno', 'no')).toBe(false);
    expect(parseInput('yesno', '')).toBeUndefined();
    expect(parseInput('text', '   ')).toBeUndefined();
    expect(parseInput('checkboxes', [])).toBeUndefined();
    expect(parseInput('checkboxes', ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('keeps text as typed, markup included, trimming only its ends', () => {
    expect(parseInput('text', ' <b>Rizky</b> ')).toBe('<b>Rizky</b>');
    expect(parseInput('textarea', 'line one\n\n  line two ')).toBe('line one\n\n  line two');
  });

  it('knows an empty answer', () => {
    expect(isEmpty(undefined)).toBe(true);
    expect(isEmpty(' ')).toBe(true);
    expect(isEmpty([])).toBe(true);
    expect(isEmpty('0')).toBe(false);
    expect(asciiDigits('٠١٢ ۳۴')).toBe('012 34');
  });
});
