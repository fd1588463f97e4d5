import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import {
  monteCarlo,
  MonteCarloError,
  planMonteCarlo,
  sampleDays,
  sortDays,
  summarize,
  type MonteCarloInput,
} from '../../../src/core/projection/montecarlo.js';
import { project, ProjectionError } from '../../../src/core/projection/project.js';
import { seededUniform } from '../../../src/core/projection/random.js';

const RANGES: MonteCarloInput = {
  force: { low: 11000, high: 12000 },
  rate: { low: 80, high: 92 },
  start: '2024-12-06',
  samples: 20_000,
};

describe('Monte Carlo projections', () => {
  it('puts the percentiles of the ISW ranges between project’s bounds, in order', () => {
    const result = monteCarlo({ ...RANGES, seed: 7 });
    const bounds = project({ force: RANGES.force, rate: RANGES.rate, start: '2024-12-06' });
    expect(result.earliest).toEqual(bounds.earliest);
    expect(result.latest).toEqual(bounds.latest);
    const { p5, p50, p95 } = result.quantiles as { p5: string; p50: string; p95: string };
    expect(bounds.earliest!.date <= p5 && p5 <= p50 && p50 <= p95 && p95 <= bounds.latest!.date).toBe(true);
    expect(result.samples).toBe(20_000);
    expect(result.seed).toBe(7);
    expect(result.labels.p50).toMatch(/April 2025$/);
  });

  it('repeats exactly with the same seed, whatever the batch sizes', () => {
    expect(monteCarlo({ ...RANGES, seed: 42 })).toEqual(monteCarlo({ ...RANGES, seed: 42 }));
    const plan = planMonteCarlo(RANGES);
    const whole = new Int32Array(1000);
    sampleDays(plan, seededUniform(3), whole, 0, 1000);
    const pieces = new Int32Array(1000);
    const uniform = seededUniform(3);
    for (const [from, to] of [
      [0, 1],
      [1, 250],
      [250, 999],
      [999, 1000],
    ] as const)
      sampleDays(plan, uniform, pieces, from, to);
    expect(pieces).toEqual(whole);
  });

  it('keeps every quantile within project’s bounds for random ranges (property)', () => {
    const range = (min: number, max: number) =>
      fc
        .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
        .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
    fc.assert(
      fc.property(
        range(100, 50_000),
        range(1, 2000),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('uniform', 'triangular'),
        fc.nat(),
        (force, rate, percent, dist, seed) => {
          const input: MonteCarloInput = {
            force,
            rate,
            start: '2024-12-06',
            threshold: percent / 100,
            samples: 500,
            dist: dist as 'uniform',
          };
          const result = monteCarlo({ ...input, seed });
          const bounds = project({ force, rate, start: '2024-12-06', threshold: percent / 100 });
          const earliest = bounds.earliest?.date ?? bounds.date;
          const latest = bounds.latest?.date ?? bounds.date;
          for (const q of [result.quantiles.p5, result.quantiles.p50, result.quantiles.p95]) {
            expect(q! >= earliest && q! <= latest).toBe(true);
          }
          expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(500);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives project’s own date when nothing is a range', () => {
    const result = monteCarlo({ force: 12000, rate: 92, start: '2024-12-06', samples: 20, seed: 1 });
    expect(result.quantiles).toEqual({ p5: '2025-04-15', p50: '2025-04-15', p95: '2025-04-15' });
    expect(result.histogram).toEqual([{ from: '2025-04-15', to: '2025-04-21', count: 20, share: 1 }]);
  });

  it('draws start days from a date range, each day in it', () => {
    const plan = planMonteCarlo({
      force: 1000,
      rate: 100,
      start: { low: '2025-01-01', high: '2025-01-05' },
      samples: 5000,
    });
    const days = new Int32Array(5000);
    sampleDays(plan, seededUniform(9), days, 0, days.length);
    const first = dayFromParts(2025, 1, 10)!;
    const seen = new Set(days);
    expect([...seen].sort().map(isoDate)).toEqual([
      '2025-01-10',
      '2025-01-11',
      '2025-01-12',
      '2025-01-13',
      '2025-01-14',
    ]);
    for (const day of seen) expect(days.filter((d) => d === day).length).toBeGreaterThan(800);
    expect(plan.earliest!.date).toBe(isoDate(first));
  });

  it('draws casualties counted by an as-of date, and counts scenarios already past the threshold', () => {
    const counted = { force: 5000, rate: 92, start: '2024-12-06', threshold: 0.8, asOf: '2025-01-16' };
    const result = monteCarlo({ ...counted, casualties: { low: 3000, high: 5000 }, samples: 10_000, seed: 5 });
    expect(result.reachedShare).toBeGreaterThan(0.45);
    expect(result.reachedShare).toBeLessThan(0.55);
    expect(result.quantiles.p5).toBe('2025-01-16');
    expect(result.latest!.date).toBe(project({ ...counted, casualties: 3000 }).date);
    expect(result.quantiles.p95! <= result.latest!.date).toBe(true);
  });

  it('gives the share of scenarios past --by', () => {
    const result = monteCarlo({ ...RANGES, by: '2025-04-15', seed: 11 });
    const plan = planMonteCarlo(RANGES);
    const days = new Int32Array(RANGES.samples);
    sampleDays(plan, seededUniform(11), days, 0, days.length);
    const by = dayFromParts(2025, 4, 15)!;
    expect(result.afterBy).toEqual({ date: '2025-04-15', past: days.filter((d) => d > by).length / days.length });
    expect(monteCarlo({ ...RANGES, by: '2030-01-01', seed: 1 }).afterBy!.past).toBe(0);
    expect(monteCarlo({ ...RANGES, by: '2025-01-01', seed: 1 }).afterBy!.past).toBe(1);
  });

  it('concentrates triangular draws in the middle of the ranges', () => {
    const spread = (dist: 'uniform' | 'triangular') => {
      const r = monteCarlo({ ...RANGES, dist, seed: 2 });
      return Date.parse(r.quantiles.p95!) - Date.parse(r.quantiles.p5!);
    };
    expect(spread('triangular')).toBeLessThan(spread('uniform'));
  });

  it('merges weeks so that the histogram stays short', () => {
    const result = monteCarlo({
      force: 12000,
      rate: { low: 10, high: 500 },
      start: '2024-12-06',
      samples: 5000,
      seed: 3,
    });
    expect(result.histogram.length).toBeLessThanOrEqual(16);
    expect(result.weeksPerBin).toBeGreaterThan(1);
    expect(result.histogram.reduce((sum, bin) => sum + bin.share, 0)).toBeCloseTo(1, 12);
  });

  it('refuses what project refuses, and reversed date ranges', () => {
    expect(() => planMonteCarlo({ ...RANGES, casualties: { low: 100, high: 13000 }, asOf: '2025-01-16' })).toThrow(
      ProjectionError,
    );
    expect(() => planMonteCarlo({ ...RANGES, start: { low: '2025-01-05', high: '2025-01-01' } })).toThrow(
      MonteCarloError,
    );
    expect(() =>
      planMonteCarlo({
        ...RANGES,
        casualties: 100,
        asOf: '2024-12-10',
        start: { low: '2024-12-01', high: '2024-12-20' },
      }),
    ).toThrow(/asOf is before the start date 2024-12-20/);
    expect(() => monteCarlo({ ...RANGES, samples: 0, seed: 1 })).toThrow(MonteCarloError);
  });

  it('summarizes sorted days by nearest rank', () => {
    const plan = planMonteCarlo({ force: 100, rate: 1, start: '2025-01-01', samples: 20 });
    const days = Int32Array.from({ length: 20 }, (_, i) => dayFromParts(2025, 1, 1)! + i);
    const result = summarize(plan, days);
    expect(result.quantiles).toEqual({ p5: '2025-01-01', p50: '2025-01-10', p95: '2025-01-19' });
  });

  it('sorts sampled days by counting them, as a comparison sort would (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.nat(),
        (rateLow, width, seed) => {
          const plan = planMonteCarlo({
            force: { low: 1000, high: 90_000 },
            rate: { low: rateLow, high: rateLow + width },
            start: '2024-12-06',
            samples: 300,
          });
          const days = new Int32Array(300);
          sampleDays(plan, seededUniform(seed), days, 0, days.length);
          expect(sortDays(days.slice(), plan)).toEqual(days.slice().sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
