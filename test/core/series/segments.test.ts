import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/core/dates.js';
import { dayOf } from '../../../src/render/chart/project-chart.js';
import { seededUniform } from '../../../src/core/projection/random.js';
import { fitSeries } from '../../../src/core/series/fit-series.js';
import { dailySeries } from '../../../src/core/series/daily.js';
import {
  MIN_SPAN_DAYS,
  neweyWestStandardError,
  partition,
  partitionSeries,
} from '../../../src/core/series/segments.js';
import { dailyReports, generalStaffReports } from '../../helpers/general-staff.js';

const FIRST = dayFromParts(2023, 1, 1)!;

/** Cumulative counts from daily increases, starting at `base`. */
const cumulative = (base: number, increases: readonly number[]): number[] => {
  const counts = [base];
  for (const x of increases) counts.push(counts[counts.length - 1]! + x);
  return counts;
};

describe('spans of near-constant rate', () => {
  it('on an exactly linear series, every span has the slope as its rate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 2, max: 400 }),
        (rate, base, days) => {
          const result = fitSeries(dailyReports(FIRST, cumulative(base, Array(days).fill(rate))));
          for (const s of result.segments) {
            expect(s.rate).toBeCloseTo(rate, 6);
            expect(s.rateInterval!.high - s.rateInterval!.low).toBeCloseTo(0, 6);
          }
          expect(result.current.rate).toBeCloseTo(rate, 6);
          expect(result.segments.map((s) => s.days).reduce((a, b) => a + b, 0)).toBe(days);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds a step change in rate within a few days, and the current rate, with or without noise (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 2000 }),
        fc.double({ min: 1.5, max: 3, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: MIN_SPAN_DAYS, max: 200 }),
        fc.integer({ min: MIN_SPAN_DAYS, max: 200 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (rate, factor, upward, before, after, seed, quiet) => {
          const second = upward ? rate * factor : rate / factor;
          const uniform = seededUniform(seed);
          const noisy = (r: number) => (quiet ? r : Math.round(r * (0.8 + 0.4 * uniform())));
          const increases = [
            ...Array.from({ length: before }, () => noisy(rate)),
            ...Array.from({ length: after }, () => noisy(second)),
          ];
          const cuts = partition(increases);
          const result = fitSeries(dailyReports(FIRST, cumulative(1000, increases)));
          const lastStart = dayOf(result.segments[result.segments.length - 1]!.start);
          if (quiet) {
            expect(cuts.ends).toHaveLength(2);
            expect(Math.abs(cuts.ends[0]! - before)).toBeLessThanOrEqual(3);
            expect(result.segments).toHaveLength(2);
            expect(Math.abs(lastStart - (FIRST + before))).toBeLessThanOrEqual(3);
          } else {
            // Noise may now and then look like a change of its own (the penalty makes that rare, not
            // impossible); the real change is always found, and the current span lies after it.
            expect(cuts.ends.some((end) => Math.abs(end - before) <= 3)).toBe(true);
            expect(lastStart).toBeGreaterThanOrEqual(FIRST + before - 3);
          }
          expect(Math.abs(result.current.rate - second)).toBeLessThanOrEqual(0.1 * second);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never makes a span shorter than the minimum', () => {
    const cuts = partition(
      generalStaffReports()
        .slice(1)
        .map((r, i, all) => r.casualties - (i === 0 ? 2800 : all[i - 1]!.casualties)),
    );
    const lengths = cuts.ends.map((end, i) => end - (i === 0 ? 0 : cuts.ends[i - 1]!));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_SPAN_DAYS);
  });

  it("knows, for every day, where that day's own last span began: the final answer is the last span", () => {
    const increases = [...Array(80).fill(100), ...Array(80).fill(300)];
    const cuts = partition(increases);
    expect(cuts.ends).toEqual([80, 160]);
    expect(cuts.lastStart[160]).toBe(80);
    expect(cuts.lastStart[79]).toBe(0);
    expect(cuts.lastStart[MIN_SPAN_DAYS - 1]).toBe(-1);
  });

  it('gives a Newey–West standard error that widens with positive autocorrelation', () => {
    const uniform = seededUniform(7);
    const white = Array.from({ length: 400 }, () => uniform() - 0.5);
    const smooth = white.map((_, i) => white.slice(Math.max(0, i - 5), i + 1).reduce((a, b) => a + b, 0));
    const plain = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length / xs.length);
    };
    expect(neweyWestStandardError(white) / plain(white)).toBeLessThan(1.3);
    expect(neweyWestStandardError(smooth) / plain(smooth)).toBeGreaterThan(1.5);
  });

  it('thins candidate starts only where nothing changes: the shipped series is cut exactly as without thinning', () => {
    const series = dailySeries(generalStaffReports());
    const exact = partitionSeries(series, MIN_SPAN_DAYS, Number.POSITIVE_INFINITY);
    const thinned = partitionSeries(series, MIN_SPAN_DAYS, 64);
    expect(thinned.ends).toEqual(exact.ends);
    expect(thinned.lastStart).toEqual(exact.lastStart);
  });

  it('stays near-linear with no change of rate: 4 × the days, about 4 × the span costs (exact PELT: 16 ×)', () => {
    const uniform = seededUniform(5);
    const increases = (n: number) => Array.from({ length: n }, () => Math.round(200 * (0.7 + 0.6 * uniform())));
    const small = increases(2000);
    const large = increases(8000);
    const ratio = partition(large).evaluations / partition(small).evaluations;
    expect(ratio).toBeLessThan(4.5);
    // Without thinning nothing is pruned in a stretch without a change: the work grows with the square of the days.
    const exact = partition(large, undefined, Infinity).evaluations / partition(small, undefined, Infinity).evaluations;
    expect(exact).toBeGreaterThan(12);
  });

  it('still places a change to the day in a long series where old starts were thinned', () => {
    const uniform = seededUniform(9);
    const days = 40_000;
    const increases = Array.from({ length: days }, (_, i) => (i < 30_000 ? 200 : 400) * (0.8 + 0.4 * uniform()));
    const result = partition(increases);
    expect(result.ends).toHaveLength(2);
    expect(Math.abs(result.ends[0]! - 30_000)).toBeLessThanOrEqual(3);
  });
});
