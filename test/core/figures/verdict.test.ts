import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, divide, figureOf, subtract, type Stated } from '../../../src/core/figures/amount.js';
import { QUALIFIERS } from '../../../src/core/figures/vocabulary.js';
import { deviation, overallVerdict, verdictOf } from '../../../src/core/figures/verdict.js';

const stated = (qualifier: Stated['qualifier'], low: number, high = low): Stated => ({ qualifier, low, high });

describe('qualifiers as bounds', () => {
  it('opens the side each qualifier leaves open', () => {
    expect(boundsOf(stated('exact', 300))).toEqual({ low: 300, high: 300 });
    expect(boundsOf(stated('approximately', 92))).toEqual({ low: 92, high: 92 });
    expect(boundsOf(stated('at-least', 100))).toEqual({ low: 100, high: Infinity });
    expect(boundsOf(stated('more-than', 10000))).toEqual({ low: 10000, high: Infinity });
    expect(boundsOf(stated('up-to', 1000))).toEqual({ low: 0, high: 1000 });
    expect(boundsOf(stated('range', 80, 90))).toEqual({ low: 80, high: 90 });
  });

  it('names every qualifier the ledger allows', () => {
    expect([...QUALIFIERS].sort()).toEqual(['approximately', 'at-least', 'exact', 'more-than', 'range', 'up-to']);
  });

  it('divides and subtracts intervals end to end', () => {
    expect(divide({ low: 3800, high: 3800 }, { low: 27, high: 36 })).toEqual({ low: 3800 / 36, high: 3800 / 27 });
    expect(divide({ low: 1100, high: Infinity }, { low: 6, high: 15 })).toEqual({ low: 1100 / 15, high: Infinity });
    expect(subtract({ low: 12000, high: 12000 }, { low: 3800, high: 3800 })).toEqual({ low: 8200, high: 8200 });
    expect(subtract({ low: 100, high: 100 }, { low: 300, high: 300 })).toEqual({ low: 0, high: 0 });
    expect(figureOf({ low: 5, high: 5 })).toBe(5);
    expect(figureOf({ low: 5, high: 6 })).toEqual({ low: 5, high: 6 });
  });
});

describe('deviation', () => {
  it('is (computed − stated) ÷ stated for single values', () => {
    expect(deviation({ low: 3000 / 39, high: 3000 / 39 }, { low: 92, high: 92 })).toBeCloseTo(3000 / 39 / 92 - 1, 12);
    expect(deviation({ low: 110, high: 110 }, { low: 100, high: 100 })).toBeCloseTo(0.1, 12);
  });

  it('is zero when a figure satisfies a bound, and measured to the bound when it does not', () => {
    // "at least 100 killed": 150 satisfies it, 80 falls 20 % short.
    expect(deviation({ low: 150, high: 150 }, boundsOf(stated('at-least', 100)))).toBe(0);
    expect(deviation({ low: 80, high: 80 }, boundsOf(stated('at-least', 100)))).toBeCloseTo(-0.2, 12);
    // "up to 1,000": 900 satisfies it, 1,200 is 20 % over.
    expect(deviation({ low: 900, high: 900 }, boundsOf(stated('up-to', 1000)))).toBe(0);
    expect(deviation({ low: 1200, high: 1200 }, boundsOf(stated('up-to', 1000)))).toBeCloseTo(0.2, 12);
    // "more than 10,000": 12,000 satisfies it.
    expect(deviation({ low: 12000, high: 12000 }, boundsOf(stated('more-than', 10000)))).toBe(0);
    // A range: inside is zero, outside is measured to the nearer end.
    expect(deviation({ low: 85, high: 85 }, boundsOf(stated('range', 80, 90)))).toBe(0);
    expect(deviation({ low: 99, high: 99 }, boundsOf(stated('range', 80, 90)))).toBeCloseTo(0.1, 12);
    expect(deviation({ low: 60, high: 60 }, boundsOf(stated('range', 80, 90)))).toBeCloseTo(-0.25, 12);
  });

  it('is zero exactly when the intervals meet', () => {
    const interval = fc
      .tuple(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }))
      .map(([low, width]) => ({ low, high: low + width }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const meets = a.low <= b.high && b.low <= a.high;
        expect(deviation(a, b) === 0).toBe(meets);
        if (!meets) expect(Math.sign(deviation(a, b))).toBe(a.low > b.high ? 1 : -1);
      }),
    );
  });
});

describe('verdicts', () => {
  it('is consistent up to the tolerance, tension up to 2.5 ×, inconsistent beyond', () => {
    expect(verdictOf(0, 0.1)).toBe('consistent');
    expect(verdictOf(0.1, 0.1)).toBe('consistent');
    expect(verdictOf(-0.1, 0.1)).toBe('consistent');
    expect(verdictOf(0.1001, 0.1)).toBe('tension');
    expect(verdictOf(0.25, 0.1)).toBe('tension');
    expect(verdictOf(-0.25, 0.1)).toBe('tension');
    expect(verdictOf(0.2501, 0.1)).toBe('inconsistent');
    expect(verdictOf(Infinity, 0.1)).toBe('inconsistent');
  });

  it('treats a boundary reached through decimal arithmetic as the boundary', () => {
    // 0.1 + 0.2 − 0.2 is 0.10000000000000003 in binary floating point.
    expect(verdictOf(0.1 + 0.2 - 0.2, 0.1)).toBe('consistent');
    expect(verdictOf((115 - 92) / 92, 0.1)).toBe('tension');
    expect(verdictOf(2.5 * 0.07, 0.07)).toBe('tension');
  });

  it('never gets better as the deviation grows', () => {
    const rank = { consistent: 0, tension: 1, inconsistent: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (a, b, tol) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(rank[verdictOf(small, tol)]).toBeLessThanOrEqual(rank[verdictOf(large, tol)]);
        },
      ),
    );
  });

  it('takes the worst verdict overall', () => {
    expect(overallVerdict([])).toBe('consistent');
    expect(overallVerdict(['consistent', 'tension'])).toBe('tension');
    expect(overallVerdict(['tension', 'inconsistent', 'consistent'])).toBe('inconsistent');
  });
});
