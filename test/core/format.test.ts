import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFixed,
  formatInterval,
  formatNumber,
  formatPercent,
  formatSigned,
  SIGNIFICANT_DIGITS,
} from '../../src/core/figures/format.js';

const digits = (text: string): number => text.replace(/^[-+]|[,.]/g, '').replace(/^0+/, '').length;

describe('the one number format', () => {
  it('groups thousands, never writes an exponent, and caps at 10^15', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        for (const text of [formatNumber(x), formatFixed(x), formatSigned(x), formatPercent(x)]) {
          expect(text).not.toMatch(/\.\d{8}/);
          expect(text).not.toMatch(/\de[+-]?\d/i);
          expect(text.replace(/\.\d+/g, '')).not.toMatch(/\d{4}/);
        }
        if (Math.abs(x) >= 1e15) expect(formatNumber(x)).toMatch(/10\^15/);
      }),
    );
  });

  it('groups whole numbers in threes from the right, as the usual pattern for it does', () => {
    const byPattern = (n: bigint) =>
      `${n < 0n ? '-' : ''}${(n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (n) => {
        expect(formatNumber(Number(n))).toBe(byPattern(n));
        expect(formatFixed(Number(n), 0)).toBe(byPattern(n));
      }),
    );
  });

  it('keeps a fixed number of significant digits in a fraction, whole numbers in full', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), (x) => {
        const text = formatNumber(x);
        if (text.includes('.')) expect(digits(text)).toBeLessThanOrEqual(SIGNIFICANT_DIGITS);
        expect(Math.abs(Number(text.replace(/,/g, '')) - x)).toBeLessThanOrEqual(
          Math.max(0.005, x * 10 ** -(SIGNIFICANT_DIGITS - 1)),
        );
      }),
    );
    expect(formatNumber(214.33)).toBe('214.3');
    expect(formatNumber(12000)).toBe('12,000');
    expect(formatNumber(0.0001)).toBe('0.0001');
  });

  it('writes both ends of an interval with the same places, and signs differences', () => {
    expect(formatInterval(-49, 214.33)).toBe('-49.0 to 214.3');
    expect(formatSigned(59.34)).toBe('+59.3');
    expect(formatSigned(-339.3)).toBe('-339.3');
    expect(formatSigned(0.01)).toBe('0.0');
    expect(formatSigned(2.5e28)).toBe('more than +10^15');
  });
});
