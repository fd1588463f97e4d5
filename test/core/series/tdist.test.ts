import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incompleteBeta, logGamma, studentTCdf, studentTQuantile } from '../../../src/core/series/tdist.js';
import * as reference from './tdist-reference.js';

describe("Student's t", () => {
  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
        expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
      }),
    );
  });

  it('gives the table values of t at 97.5 %', () => {
    const table: [number, number][] = [
      [1, 12.706204736],
      [2, 4.30265273],
      [3, 3.182446305],
      [5, 2.570581836],
      [10, 2.228138852],
      [30, 2.042272456],
      [1000, 1.962339081],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 8);
  });

  it('inverts its CDF and is symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
        // Newton's method stops once its step is within the CDF's own error: near the middle (t close to 0,
        // where a relative step is tiny) that leaves about 1e-10 in p, so 9 digits, not 10.
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-studentTQuantile(p, df), 8);
      }),
    );
  });

  it('has a correct gamma and incomplete beta underneath', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
    expect(incompleteBeta(0.2, 2, 3)).toBeCloseTo(0.1808, 12);
  });

  it('gives the very same quantile and CDF as the bisection that evaluates the CDF at every step', () => {
    const level = fc.oneof(
      fc.constantFrom(0.5, 0.9, 0.95, 0.975, 0.995, 0.9995),
      fc.double({ min: 1e-4, max: 1 - 1e-4, noNaN: true }),
    );
    const df = fc.oneof(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0.5, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(level, df, fc.double({ min: -50, max: 50, noNaN: true }), (p, n, t) => {
        expect(studentTQuantile(p, n)).toBe(reference.studentTQuantile(p, n));
        expect(studentTCdf(t, n)).toBe(reference.studentTCdf(t, n));
      }),
      { numRuns: 500 },
    );
  });
});
