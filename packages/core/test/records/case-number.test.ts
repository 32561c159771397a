import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseNumberCheckDigit,
  caseNumberPrefix,
  formatCaseNumber,
  isCaseNumber,
  parseCaseNumber,
} from '../../src/index.js';

const parts = fc.record({
  prefix: fc.stringMatching(/^[A-Z]{2,5}$/),
  year: fc.integer({ min: 0, max: 99 }),
  sequence: fc.integer({ min: 1, max: 999_999_999 }),
});

describe('case numbers', () => {
  it('formats prefix, year, a 5-digit sequence and a check digit', () => {
    const number = formatCaseNumber({ prefix: 'PNH', year: 26, sequence: 42 });
    expect(number).toMatch(/^PNH-26-00042-\d$/);
    expect(number.at(-1)).toBe(String(caseNumberCheckDigit({ prefix: 'PNH', year: 26, sequence: 42 })));
    expect(formatCaseNumber({ prefix: 'ab', year: 5, sequence: 123456 })).toMatch(/^AB-05-123456-\d$/);
  });

  it('reads back what it writes, also typed in lower case, with spaces or without separators', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const number = formatCaseNumber(p);
        const parsed = parseCaseNumber(number);
        expect(parsed).toEqual({ ok: true, value: number, parts: p });
        expect(parseCaseNumber(number.toLowerCase().replaceAll('-', ' '))).toMatchObject({ value: number });
        expect(parseCaseNumber(number.replaceAll('-', ''))).toMatchObject({ value: number });
      }),
    );
  });

  it('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(parts, fc.nat(), fc.integer({ min: 1, max: 9 }), (p, at, shift) => {
        const number = formatCaseNumber(p);
        const digitPositions = [...number].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
        const i = digitPositions[at % digitPositions.length]!;
        const wrong = number.slice(0, i) + String((Number(number[i]) + shift) % 10) + number.slice(i + 1);
        expect(parseCaseNumber(wrong).ok).toBe(false);
      }),
    );
  });

  it('catches two neighbouring digits swapped', () => {
    fc.assert(
      fc.property(parts, fc.nat(), (p, at) => {
        const number = formatCaseNumber(p);
        const pairs = [...number].flatMap((c, i) =>
          /\d/.test(c) && /\d/.test(number[i + 1] ?? '') && c !== number[i + 1] ? [i] : [],
        );
        if (pairs.length === 0) return;
        const i = pairs[at % pairs.length]!;
        const swapped = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2);
        // Refused either way: by the check digit, or by the format when a 0 moves to the front of the sequence.
        expect(parseCaseNumber(swapped).ok).toBe(false);
      }),
    );
  });

  it.each([
    '',
    'PNH-26-42-7',
    'P-26-00042-7',
    'PNHXYZ-26-00042-7',
    'PNH-2026-00042-7',
    'PNH-26-00000-0',
    '<b>PNH</b>',
  ])('refuses %j without throwing', (input) => {
    const parsed = parseCaseNumber(input);
    expect(parsed.ok).toBe(false);
    expect(isCaseNumber(input)).toBe(false);
  });

  it('throws on parts no case number can have (a programming error)', () => {
    expect(() => formatCaseNumber({ prefix: 'P1', year: 26, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ prefix: 'PNH', year: 100, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ prefix: 'PNH', year: 26, sequence: 0 })).toThrow(RangeError);
  });

  it('derives a stable prefix from an office slug', () => {
    expect(caseNumberPrefix('idn-embassy-phnom-penh')).toBe('IEPP');
    expect(caseNumberPrefix('chn-embassy-phnom-penh')).toBe('CEPP');
    expect(caseNumberPrefix('ngo-sihanoukville')).toBe('NS');
    expect(caseNumberPrefix('shelter')).toBe('SH');
    expect(caseNumberPrefix('x')).toMatch(/^[A-Z]{2}$/);
    expect(caseNumberPrefix('a-very-long-office-name-here')).toBe('AVLON');
  });
});
