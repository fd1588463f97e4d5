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

  it('on series that pause (eight seeds): the same at 30 and 90 days; at 180 days no narrower hold than plain', () => {
    for (const horizon of HORIZONS) {
      const checks = SEEDS.map((seed) =>
        intervalCheck(constructedSeries('pausing', FIRST, 1600, seededUniform(seed)), { horizon, level: 0.9 }),
      );
      const coverage = mean(checks.map((c) => c.coverage!));
      const plain = mean(checks.map((c) => c.plain.coverage!));
      if (horizon < 180) {
        expect(coverage).toBeGreaterThanOrEqual(0.8);
        expect(coverage).toBeLessThanOrEqual(0.97);
        expect(median(checks.map((c) => c.widthRatio!))).toBeLessThanOrEqual(1.3);
      } else {
        // A pause of up to eight weeks inside a 180-day horizon is rare in any one year: neither interval holds 80 %.
        expect(coverage).toBeGreaterThan(plain - 0.05);
      }
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
