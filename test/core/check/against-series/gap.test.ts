import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapOf } from '../../../../src/core/check/against-series/against-series.js';

const point = (x: number) => ({ low: x, high: x });

describe('gapOf: how far a claim lies from a series', () => {
  it('measures from the smaller figure, positive when the claim is the higher', () => {
    expect(gapOf(point(455_750), point(355_750))).toBeCloseTo(100_000 / 355_750, 12);
    expect(gapOf(point(1_200), point(1_585))).toBeCloseTo(-385 / 1_200, 12);
    // "more than 300,000" against 350,000: the bound holds, no gap.
    expect(gapOf({ low: 300_000, high: Infinity }, point(350_000))).toBe(0);
    expect(gapOf(point(28_000), { low: 27_000, high: 29_000 })).toBe(0);
  });

  it('is symmetric: a claim k times the series is as far as a series k times the claim', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 1.001, max: 10, noNaN: true }), (base, k) => {
        const above = gapOf(point(base * k), point(base));
        const below = gapOf(point(base), point(base * k));
        expect(above).toBeGreaterThan(0);
        expect(below).toBeLessThan(0);
        expect(Math.abs(above + below)).toBeLessThan(1e-9 * k);
      }),
    );
  });
});
