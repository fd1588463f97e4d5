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
  UNREACHED,
  type MonteCarloInput,
} from '../../../src/core/projection/montecarlo.js';
import { project, ProjectionError } from '../../../src/core/projection/project.js';
import { seededUniform } from '../../../src/core/projection/random.js';
import { scenarioOptionsFrom } from '../../helpers/scenario-options.js';
import { ISW_START } from '../../helpers/sweep.js';

const PULLED_BACK: MonteCarloInput = {
  force: { low: 11000, high: 12000 },
  rate: { low: 80, high: 92 },
  start: '2024-12-06',
  samples: 5000,
  phases: [
    { from: '2025-01-17', rate: 15 },
    { from: '2025-02-07', rate: 60 },
  ],
  reinforcements: [{ on: '2025-02-07', troops: 3000 }],
};

describe('Monte Carlo runs with scenario options', () => {
  it('repeats exactly with the same seed, and steps each draw as project does', () => {
    const a = monteCarlo({ ...PULLED_BACK, seed: 7 });
    expect(monteCarlo({ ...PULLED_BACK, seed: 7 })).toEqual(a);
    expect(monteCarlo({ ...PULLED_BACK, seed: 8 })).not.toEqual(a);
    const plain = monteCarlo({ ...PULLED_BACK, phases: undefined, reinforcements: undefined, seed: 7 });
    expect(a.quantiles.p50! > plain.quantiles.p50!).toBe(true);
    expect(a.unreached).toBe(0);
    expect(a.horizonEnd).toBe('2034-12-05');
    expect(plain.unreached).toBeUndefined();
    // Nothing drawn: every sample is project's own stepped date.
    const held = monteCarlo({ ...PULLED_BACK, force: 12000, rate: 92, samples: 50, seed: 1 });
    const date = project({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      phases: PULLED_BACK.phases,
      reinforcements: PULLED_BACK.reinforcements,
    }).date;
    expect(held.quantiles).toEqual({ p5: date, p50: date, p95: date });
  });

  it('gives the same draws whatever the batch sizes', () => {
    const plan = planMonteCarlo({ ...PULLED_BACK, on: '2025-03-01' });
    const whole = new Int32Array(500);
    const strengths = new Float64Array(500);
    sampleDays(plan, seededUniform(3), whole, 0, 500, strengths);
    const pieces = new Int32Array(500);
    const pieceStrengths = new Float64Array(500);
    const uniform = seededUniform(3);
    for (const [from, to] of [
      [0, 7],
      [7, 300],
      [300, 500],
    ] as const)
      sampleDays(plan, uniform, pieces, from, to, pieceStrengths);
    expect(pieces).toEqual(whole);
    expect(pieceStrengths).toEqual(strengths);
  });

  it('counts scenarios not lost within the horizon as lost after it (+∞) in the percentiles', () => {
    // 42 days at 200–320 a day before the force leaves the line: some are lost by then, most are not.
    const input: MonteCarloInput = {
      force: { low: 11000, high: 12000 },
      rate: { low: 200, high: 320 },
      start: '2024-12-06',
      samples: 4000,
      phases: [{ from: '2025-01-17', rate: 0 }],
    };
    const result = monteCarlo({ ...input, by: '2025-01-31', seed: 5 });
    const plan = planMonteCarlo(input);
    const days = new Int32Array(4000);
    sampleDays(plan, seededUniform(5), days, 0, days.length);
    const unreached = days.filter((d) => d === UNREACHED).length;
    expect(unreached).toBeGreaterThan(2000);
    expect(result.unreached).toBe(unreached / 4000);
    expect(result.quantiles.p5).toMatch(/^2025-01-/);
    expect(result.quantiles.p50).toBeNull();
    expect(result.labels.p50).toBeNull();
    expect(result.quantiles.p95).toBeNull();
    expect(result.latest).toBeNull();
    expect(result.afterBy!.past).toBe(days.filter((d) => d > dayFromParts(2025, 1, 31)!).length / 4000);
    expect(result.histogram.reduce((sum, bin) => sum + bin.share, 0)).toBeCloseTo(1 - result.unreached!, 12);
    expect(sortDays(days.slice(), plan)).toEqual(days.slice().sort());
  });

  it('reports nothing lost and an empty histogram when no scenario is lost within the horizon', () => {
    const result = monteCarlo({
      force: 12000,
      rate: { low: 10, high: 20 },
      start: '2024-12-06',
      samples: 100,
      horizonDays: 100,
      seed: 1,
    });
    expect(result.quantiles).toEqual({ p5: null, p50: null, p95: null });
    expect(result.unreached).toBe(1);
    expect(result.histogram).toEqual([]);
    expect(result.earliest).toBeNull();
    expect(result.horizonEnd).toBe(isoDate(ISW_START + 99));
  });

  it('gives percentiles of the strength on the --on day', () => {
    const result = monteCarlo({
      force: 12000,
      rate: { low: 80, high: 100 },
      start: '2024-12-06',
      samples: 2000,
      on: '2024-12-15',
      seed: 2,
    });
    const { p5, p50, p95 } = result.strengthOn!;
    expect(result.strengthOn!.date).toBe('2024-12-15');
    expect(12000 - 10 * 100 <= p5 && p5 <= p50 && p50 <= p95 && p95 <= 12000 - 10 * 80).toBe(true);
  });

  it('keeps every percentile within project’s bounds with the same options (property)', () => {
    const range = (min: number, max: number) =>
      fc
        .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
        .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
    fc.assert(
      fc.property(
        range(100, 30_000),
        range(1, 1000),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean().chain((decay) => scenarioOptionsFrom(ISW_START, decay).map((options) => ({ decay, options }))),
        fc.nat(),
        (force, rate, percent, { decay, options }, seed) => {
          const threshold = (decay ? Math.min(percent, 99) : percent) / 100;
          const input = { force, rate, start: '2024-12-06', threshold, ...options };
          let bounds;
          try {
            bounds = project(input);
          } catch (error) {
            if (error instanceof ProjectionError) return fc.pre(false);
            throw error;
          }
          const result = monteCarlo({ ...input, samples: 300, seed });
          const earliest = bounds.earliest === undefined ? bounds.date : (bounds.earliest?.date ?? null);
          const latest = bounds.latest === undefined ? bounds.date : (bounds.latest?.date ?? null);
          for (const q of [result.quantiles.p5, result.quantiles.p50, result.quantiles.p95]) {
            if (q === null) {
              expect(latest).toBeNull();
            } else {
              expect(earliest !== null && q >= earliest).toBe(true);
              expect(latest === null || q <= latest).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses options project refuses, and --by past the end of the simulation', () => {
    expect(() => planMonteCarlo({ ...PULLED_BACK, phases: [{ from: '2024-12-01', rate: 0 }] })).toThrow(
      ProjectionError,
    );
    expect(() => planMonteCarlo({ ...PULLED_BACK, model: 'decay' })).toThrow(/model needs a threshold below 100 %/);
    expect(() => planMonteCarlo({ ...PULLED_BACK, horizonDays: 30, by: '2025-02-01' })).toThrow(MonteCarloError);
    expect(() => planMonteCarlo({ ...PULLED_BACK, horizonDays: 30, by: '2025-02-01' })).toThrow(
      /; give a longer horizon$/,
    );
    expect(() =>
      planMonteCarlo({
        ...PULLED_BACK,
        start: { low: '2024-12-01', high: '2024-12-10' },
        horizonDays: 50,
        casualties: 10,
        asOf: '2025-01-25',
      }),
    ).toThrow(/horizon ends before the as-of date 2025-01-25/);
  });

  it('summarizes the days it is given by nearest rank, unreached last', () => {
    const plan = planMonteCarlo({ force: 100, rate: 1, start: '2025-01-01', samples: 20, horizonDays: 200 });
    const first = dayFromParts(2025, 1, 1)!;
    const days = Int32Array.from({ length: 20 }, (_, i) => (i < 10 ? first + i : UNREACHED));
    const result = summarize(plan, days);
    expect(result.quantiles).toEqual({ p5: '2025-01-01', p50: '2025-01-10', p95: null });
    expect(result.unreached).toBe(0.5);
  });
});
