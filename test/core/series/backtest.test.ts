import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/core/dates.js';
import { seededUniform } from '../../../src/core/projection/random.js';
import { backtest, BacktestError, increaseError } from '../../../src/core/series/backtest.js';
import { calibrate, MIN_CALIBRATION_ERRORS } from '../../../src/core/series/calibrate.js';
import { fitSeries } from '../../../src/core/series/fit-series.js';
import { dailyReports, generalStaffReports } from '../../helpers/general-staff.js';

const FIRST = dayFromParts(2023, 1, 1)!;
const OPTIONS = { window: 30, horizons: [30, 90, 180], level: 0.9 };

describe('backtest', () => {
  it('on an exactly linear series, every rate is the slope and every error is 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 40, max: 300 }),
        (rate, base, days) => {
          const result = backtest(
            dailyReports(
              FIRST,
              Array.from({ length: days }, (_, i) => base + rate * i),
            ),
            { window: 10, horizons: [1, 7, 30], level: 0.9 },
          );
          expect(result.rows.length).toBeGreaterThan(0);
          for (const row of result.rows) {
            expect(row.rate).toBeCloseTo(rate, 6);
            if (row.actual !== null) {
              expect(row.error).toBeCloseTo(0, 9);
              expect(row.projected).toBeCloseTo(row.actual, 4);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('defines each field as documented, on the shipped series', () => {
    const reports = generalStaffReports();
    const count = new Map(reports.map((r) => [r.date, r.casualties]));
    const result = backtest(reports, OPTIONS);
    expect(Object.keys(result.rows[0]!)).toEqual([
      'origin',
      'horizon',
      'window',
      'rate',
      'projected',
      'low',
      'high',
      'actual',
      'error',
    ]);
    // The first origin is the first day with a full 30-day window.
    expect(result.rows[0]!.origin).toBe('2022-03-26');
    for (const row of result.rows.filter((_, i) => i % 97 === 0)) {
      const atOrigin = count.get(row.origin)!;
      expect(row.projected).toBeCloseTo(atOrigin + row.rate * row.horizon, 6);
      const due = new Date(Date.parse(row.origin) + row.horizon * 86_400_000).toISOString().slice(0, 10);
      expect(row.actual).toBe(count.get(due) ?? null);
      expect(row.error).toBe(increaseError(row.actual, atOrigin, row.rate, row.horizon));
      if (row.low !== null) expect(row.low).toBeLessThanOrEqual(row.projected);
    }
    expect(result.summary.map((s) => s.horizon)).toEqual([30, 90, 180]);
  });

  it(
    'meets its coverage on the shipped series: within 5 points of 90 % at 30 and 90 days, where the naive t ' +
      'interval is far off',
    () => {
      const result = backtest(generalStaffReports(), OPTIONS);
      for (const horizon of [30, 90]) {
        const s = result.summary.find((x) => x.horizon === horizon)!;
        expect(s.intervals).toBeGreaterThan(900);
        expect(Math.abs(s.coverage! - 0.9)).toBeLessThanOrEqual(0.05);
        expect(s.naiveCoverage!).toBeLessThan(0.2);
        // Coverage recomputed from the rows agrees with the summary.
        const judged = result.rows.filter((r) => r.horizon === horizon && r.actual !== null && r.low !== null);
        expect(judged.filter((r) => r.actual! >= r.low! && r.actual! <= r.high!).length / judged.length).toBe(
          s.coverage,
        );
      }
    },
  );

  it(
    'never uses a count dated after its origin: truncating the future leaves the earlier rows unchanged ' +
      '(property)',
    () => {
      const reports = generalStaffReports();
      const full = backtest(reports, OPTIONS);
      fc.assert(
        fc.property(fc.integer({ min: 200, max: reports.length - 1 }), (keep) => {
          const cut = reports[keep - 1]!.date;
          const truncated = backtest(reports.slice(0, keep), OPTIONS);
          const earlier = full.rows.filter((r) => r.origin <= cut);
          expect(truncated.rows).toHaveLength(earlier.length);
          truncated.rows.forEach((row, i) => {
            const { actual: _a, error: _e, ...known } = earlier[i]!;
            expect(row).toMatchObject(known);
          });
        }),
        { numRuns: 8 },
      );
    },
  );

  it('refuses a window longer than the series', () => {
    expect(() => backtest(generalStaffReports().slice(0, 20), OPTIONS)).toThrow(BacktestError);
  });

  it('stays fast on 10,000 days: well under a second for three horizons, and fit with its spans too', () => {
    const uniform = seededUniform(3);
    let count = 0;
    const counts = Array.from(
      { length: 10_000 },
      (_, i) => (count += Math.round((200 + 100 * Math.sin(i / 300)) * (0.7 + 0.6 * uniform()))),
    );
    const reports = dailyReports(FIRST - 10_000, counts);
    let started = performance.now();
    const result = backtest(reports, OPTIONS);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result.rows.length).toBeGreaterThan(29_000);
    started = performance.now();
    fitSeries(reports, { target: count * 1.2 });
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('calibration', () => {
  /** The same interval by sorting every known error at every origin: slow, plainly right. */
  const bySorting = (errors: (number | null)[], horizon: number, level: number) => {
    const out: (number | null)[] = [];
    const widths: (number | null)[] = [];
    let adjust = 0;
    for (let k = 0; k < errors.length; k++) {
      const known: number[] = [];
      adjust = 0;
      for (let j = 0; j + horizon <= k; j++) {
        if (errors[j] === null) continue;
        known.push(Math.abs(errors[j]!));
        if (widths[j] !== null && widths[j] !== undefined)
          adjust += 0.005 * (1 - level - (Math.abs(errors[j]!) > widths[j]! ? 1 : 0));
      }
      known.sort((a, b) => a - b);
      let width: number | null = null;
      if (known.length >= MIN_CALIBRATION_ERRORS) {
        const a = Math.min(1, Math.max(0, 1 - level + adjust));
        width = known[Math.min(known.length, Math.max(1, Math.ceil((known.length + 1) * (1 - a)))) - 1]!;
      }
      widths.push(width);
      out.push(width);
    }
    return out;
  };

  it('gives the quantile a full sort gives, origin by origin (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -3, max: 3, noNaN: true }), { nil: null, freq: 8 }), {
          minLength: 60,
          maxLength: 220,
        }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(0.5, 0.8, 0.9, 0.95),
        (errors, horizon, level) => {
          const fast = calibrate(
            errors.map((error, day) => ({ day, error })),
            horizon,
            level,
          ).map((c) => c.halfWidth);
          expect(fast).toEqual(bySorting(errors, horizon, level));
        },
      ),
      { numRuns: 60 },
    );
  });
});
