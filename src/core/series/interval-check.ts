/**
 * How the calibrated intervals do on a series, measured the way a reader would: over the last origins whose outcome
 * is known, the share of outcomes inside the interval and the median width, beside a plain split-conformal interval
 * over the latest known errors (no adaptation, symmetric in the relative error). Both are built at each origin from
 * what was known that day alone. Also the constructed series the intervals are checked on.
 */

import { isoDate, type Day } from '../dates.js';
import type { Uniform } from '../projection/random.js';
import { backtest, type BacktestRow } from './backtest.js';
import { CALIBRATION_WINDOW, MIN_CALIBRATION_ERRORS } from './calibrate.js';
import type { Report } from './fit.js';

export interface IntervalCheckOptions {
  horizon: number;
  level: number;
  /** Days the rate is fitted over (backtest's --window). */
  window?: number;
  /** How many of the last origins with an outcome are judged. */
  last?: number;
}

export interface IntervalCheck {
  horizon: number;
  level: number;
  /** Origins judged: the last ones with an outcome and both intervals. */
  origins: number;
  from: string | null;
  to: string | null;
  coverage: number | null;
  medianWidth: number | null;
  /** The plain split-conformal interval on the same origins. */
  plain: { coverage: number | null; medianWidth: number | null };
  /** medianWidth ÷ plain.medianWidth. */
  widthRatio: number | null;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const dayOfIso = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * The plain interval at each row (in origin order, one horizon): ± the ⌈(m + 1)(1 − α)⌉-th smallest absolute
 * relative error of the latest CALIBRATION_WINDOW earlier origins whose outcome was dated on or before this origin.
 */
export function plainIntervals(rows: readonly BacktestRow[], level: number): ({ low: number; high: number } | null)[] {
  const known: number[] = [];
  const out: ({ low: number; high: number } | null)[] = [];
  let due = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const day = dayOfIso(row.origin);
    for (; due < k && dayOfIso(rows[due]!.origin) + row.horizon <= day; due++)
      if (rows[due]!.error !== null) known.push(Math.abs(rows[due]!.error!));
    const recent = known.slice(-CALIBRATION_WINDOW).sort((a, b) => a - b);
    const m = recent.length;
    if (m < MIN_CALIBRATION_ERRORS || !(row.rate > 0)) {
      out.push(null);
      continue;
    }
    const q = recent[Math.min(m, Math.ceil((m + 1) * level)) - 1]!;
    const increase = row.rate * row.horizon;
    out.push({ low: row.projected - q * increase, high: row.projected + q * increase });
  }
  return out;
}

export function intervalCheck(reports: readonly Report[], options: IntervalCheckOptions): IntervalCheck {
  const { horizon, level } = options;
  const last = options.last ?? 365;
  const result = backtest(reports, { window: options.window ?? 30, horizons: [horizon], level });
  const rows = result.rows.filter((r) => r.horizon === horizon);
  const plain = plainIntervals(rows, level);
  const judged = rows
    .map((row, k) => ({ row, plain: plain[k]! }))
    .filter((x) => x.row.actual !== null && x.row.low !== null && x.row.high !== null && x.plain !== null)
    .slice(-last);
  const share = (flags: boolean[]) => (flags.length === 0 ? null : flags.filter(Boolean).length / flags.length);
  const inside = (actual: number, low: number, high: number) => actual >= low && actual <= high;
  const medianWidth = median(judged.map((x) => x.row.high! - x.row.low!));
  const plainWidth = median(judged.map((x) => x.plain!.high - x.plain!.low));
  return {
    horizon,
    level,
    origins: judged.length,
    from: judged[0]?.row.origin ?? null,
    to: judged[judged.length - 1]?.row.origin ?? null,
    coverage: share(judged.map((x) => inside(x.row.actual!, x.row.low!, x.row.high!))),
    medianWidth,
    plain: {
      coverage: share(judged.map((x) => inside(x.row.actual!, x.plain!.low, x.plain!.high))),
      medianWidth: plainWidth,
    },
    widthRatio: medianWidth === null || plainWidth === null || plainWidth === 0 ? null : medianWidth / plainWidth,
  };
}

export const CONSTRUCTED_KINDS = ['accelerating', 'bursty', 'pausing'] as const;
/** Series the intervals are known to do less well on (bench/intervals.js prints them; docs/backtest.md says why). */
export const STRESS_KINDS = ['waves', 'cycles', 'sparse'] as const;
export type ConstructedKind = (typeof CONSTRUCTED_KINDS)[number] | (typeof STRESS_KINDS)[number];

/** A Poisson count of the given mean, by inversion. */
function poisson(mean: number, uniform: Uniform): number {
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const x = uniform();
  while (x > sum && p > 0) {
    k++;
    p *= mean / k;
    sum += p;
  }
  return k;
}

/**
 * A daily cumulative series of `days` reports from `first`, made to test the intervals:
 * - accelerating: a rate that grows fourfold, faster and faster, with day-to-day scatter;
 * - bursty: a steady rate with bursts of several days at three to eight times it;
 * - pausing: a steady rate with stretches of one to eight weeks when the count does not change;
 * - waves: a Poisson count of about 8 a day whose rate swings between 4 and 12 over a cycle of about 3½ years;
 * - cycles: waves drawn afresh from the seed: a mean of 3, 8, 20 or 150 a day swinging by 30–65 % over a cycle of
 *   500 to 1,800 days from any phase, half of them with day-to-day scatter of ± 40 % on top of the Poisson count;
 * - sparse: a Poisson count whose rate decays from 0.85 a day to 0.05 (most days see none).
 */
export function constructedSeries(kind: ConstructedKind, first: Day, days: number, uniform: Uniform): Report[] {
  const reports: Report[] = [];
  let count = 1000;
  let burst = 0;
  let burstSize = 1;
  let pause = 0;
  const cycle =
    kind === 'cycles'
      ? {
          mean: [3, 8, 20, 150][Math.floor(uniform() * 4)]!,
          swing: 0.3 + 0.35 * uniform(),
          period: 500 + 1300 * uniform(),
          phase: 2 * Math.PI * uniform(),
          scattered: uniform() < 0.5,
        }
      : null;
  for (let i = 0; i < days; i++) {
    const scatter = 0.6 + 0.8 * uniform();
    let rate: number;
    if (cycle !== null) {
      const wave = 1 + cycle.swing * Math.sin((2 * Math.PI * i) / cycle.period + cycle.phase);
      count += poisson(cycle.mean * wave * (cycle.scattered ? scatter : 1), uniform);
      reports.push({ date: isoDate(first + i), casualties: count });
      continue;
    }
    if (kind === 'waves' || kind === 'sparse') {
      const mean = kind === 'waves' ? 8 + 4 * Math.sin(i / 200) : 0.8 * Math.exp(-i / 400) + 0.05;
      count += poisson(mean, uniform);
      reports.push({ date: isoDate(first + i), casualties: count });
      continue;
    }
    if (kind === 'accelerating') rate = 100 * 4 ** ((i / days) ** 2);
    else if (kind === 'bursty') {
      if (burst === 0 && uniform() < 0.015) {
        burst = 3 + Math.floor(uniform() * 8);
        burstSize = 3 + 5 * uniform();
      }
      rate = 200 * (burst > 0 ? burstSize : 1);
      if (burst > 0) burst--;
    } else {
      if (pause === 0 && uniform() < 0.006) pause = 7 + Math.floor(uniform() * 50);
      rate = pause > 0 ? 0 : 150;
      if (pause > 0) pause--;
    }
    count += Math.round(rate * scatter);
    reports.push({ date: isoDate(first + i), casualties: count });
  }
  return reports;
}
