import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/core/dates.js';
import { seededUniform } from '../../../src/core/projection/random.js';
import { constructedSeries, intervalCheck, plainIntervals } from '../../../src/core/series/interval-check.js';
import { backtest } from '../../../src/core/series/backtest.js';
import { generalStaffReports } from '../../helpers/general-staff.js';

const FIRST = dayFromParts(2020, 1, 1)!;
const HORIZONS = [30, 90, 180];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

describe('calibrated intervals over the last year of origins, against plain split-conformal', () => {
  const personnel = generalStaffReports().filter((r) => r.date <= '2025-06-30');

  it.each(HORIZONS)(
    'on the personnel series at %i days: coverage within 80 to 97 percent, median width at most 1.3 × plain',
    (horizon) => {
      const check = intervalCheck(personnel, { horizon, level: 0.9 });
      expect(check.origins).toBe(365);
      expect(check.coverage!).toBeGreaterThanOrEqual(0.8);
      expect(check.coverage!).toBeLessThanOrEqual(0.97);
      expect(check.widthRatio!).toBeLessThanOrEqual(1.3);
    },
  );

  it.each(['accelerating', 'bursty'] as const)(
    'on %s series (eight seeds): mean coverage within 80 to 97 percent, median width at most 1.3 × plain',
    (kind) => {
      for (const horizon of HORIZONS) {
        const checks = SEEDS.map((seed) =>
          intervalCheck(constructedSeries(kind, FIRST, 1600, seededUniform(seed)), { horizon, level: 0.9 }),
        );
        const coverage = mean(checks.map((c) => c.coverage!));
        expect(coverage).toBeGreaterThanOrEqual(0.8);
        expect(coverage).toBeLessThanOrEqual(0.97);
        expect(median(checks.map((c) => c.widthRatio!))).toBeLessThanOrEqual(1.3);
      }
    },
  );

  it(
    'on series that pause (eight seeds): the same at 30 and 90 days; at 180 days as narrow, and no less often ' +
      'inside than plain',
    () => {
      for (const horizon of HORIZONS) {
        const checks = SEEDS.map((seed) =>
          intervalCheck(constructedSeries('pausing', FIRST, 1600, seededUniform(seed)), { horizon, level: 0.9 }),
        );
        const coverage = mean(checks.map((c) => c.coverage!));
        const plain = mean(checks.map((c) => c.plain.coverage!));
        expect(median(checks.map((c) => c.widthRatio!))).toBeLessThanOrEqual(1.3);
        if (horizon < 180) {
          expect(coverage).toBeGreaterThanOrEqual(0.8);
          expect(coverage).toBeLessThanOrEqual(0.97);
        } else {
          // A year of origins sees only about three independent 180-day outcomes, and how many pauses fall in them
          // varies from year to year: neither interval holds 80 % on these eight (75.8 and 72.4 %; over 32 seeds 82.1
          // and 80.9 %).
          expect(coverage).toBeGreaterThan(plain - 0.05);
        }
      }
    },
  );

  it(
    'on series whose rate comes in slow waves (eight seeds): coverage within 80 to 97 percent, but for the random ' +
      'waves at 180 days; wider than plain only where the fixed waves are projected 180 days',
    () => {
      // Mean coverage at least: the fixed waves (1,222 days), then waves of random size, period and phase. With α
      // adapted on each band's own misses, 80.9, 70.6 and 82.5 % on the first and 81.4, 81.7 and 70.8 % on the
      // second; with the leaning band alone, 76.6, 61.6 and 47.9 % and 75.8, 64.8 and 49.7 %.
      const floors = { waves: [0.8, 0.8, 0.8], cycles: [0.8, 0.8, 0.75] } as const;
      for (const kind of ['waves', 'cycles'] as const) {
        HORIZONS.forEach((horizon, h) => {
          const checks = SEEDS.map((seed) =>
            intervalCheck(constructedSeries(kind, FIRST, 1222, seededUniform(seed)), { horizon, level: 0.9 }),
          );
          const coverage = mean(checks.map((c) => c.coverage!));
          expect(coverage).toBeGreaterThanOrEqual(floors[kind][h]!);
          expect(coverage).toBeLessThanOrEqual(0.97);
          // The fixed waves at 180 days: 88.5 % inside at 1.50 × plain (plain holds 70.8 %); the others under 1.3.
          const widest = kind === 'waves' && horizon === 180 ? 1.55 : 1.3;
          expect(median(checks.map((c) => c.widthRatio!))).toBeLessThanOrEqual(widest);
        });
      }
    },
  );

  it('on series that pause: origins whose window fell in a pause (no growth) are covered as often as the rest', () => {
    for (const horizon of [90, 180]) {
      const inside: boolean[] = [];
      for (const seed of SEEDS) {
        const reports = constructedSeries('pausing', FIRST, 1600, seededUniform(seed));
        const rows = backtest(reports, { window: 30, horizons: [horizon], level: 0.9 }).rows;
        const judged = rows.filter((r) => r.actual !== null && r.low !== null).slice(-365);
        for (const r of judged) if (r.rate < 30) inside.push(r.actual! >= r.low! && r.actual! <= r.high!);
      }
      expect(inside.length).toBeGreaterThan(200);
      expect(inside.filter(Boolean).length / inside.length).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('builds the plain interval from the latest known errors only', () => {
    const rows = backtest(personnel, { window: 30, horizons: [30], level: 0.9 }).rows;
    const plain = plainIntervals(rows, 0.9);
    const k = rows.length - 1;
    const day = (iso: string) => Date.parse(iso) / 864e5;
    const known = rows
      .slice(0, k)
      .filter((r) => day(r.origin) + 30 <= day(rows[k]!.origin) && r.error !== null)
      .map((r) => Math.abs(r.error!))
      .slice(-365)
      .sort((a, b) => a - b);
    const q = known[Math.ceil(366 * 0.9) - 1]!;
    expect(plain[k]!.high - rows[k]!.projected).toBeCloseTo(q * rows[k]!.rate * 30, 6);
  });
});
