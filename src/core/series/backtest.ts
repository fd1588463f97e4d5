import { FieldError } from '../coded-error.js';
import { isoDate } from '../dates.js';
import { formatNumber } from '../figures/format.js';
import {
  ADAPTATION_STEP,
  ALPHA_BOUNDS,
  applyBand,
  bandAt,
  calibrateBands,
  CALIBRATION_WINDOW,
  MIN_CALIBRATION_ERRORS,
  SLOW_SHARE,
  type Band,
  type Calibration,
  type CalibrationOrigin,
} from './calibrate.js';
import { dailySeries, fallingCounts, lastIndexOnOrBefore, type DailySeries } from './daily.js';
import type { Report } from './fit.js';
import { studentTQuantile } from './tdist.js';
import { slopeSums, windowStarts } from './window-slope.js';

export interface BacktestOptions {
  /** Days of reports the rate is fitted over, ending at each origin. */
  window: number;
  /** Days ahead each projection looks. */
  horizons: number[];
  /** Nominal coverage of the interval, in (0, 1). */
  level: number;
}

/** One projection: made at `origin` for `horizon` days ahead, and how it turned out. */
export interface BacktestRow {
  origin: string;
  horizon: number;
  window: number;
  rate: number;
  projected: number;
  low: number | null;
  high: number | null;
  actual: number | null;
  error: number | null;
}

export interface HorizonSummary {
  horizon: number;
  /** Origins with a projection at this horizon. */
  origins: number;
  /** Of those, origins whose actual count is known (a report dated origin + horizon). */
  scored: number;
  medianAbsoluteError: number | null;
  /** The median error: above zero, the count grew faster than projected. */
  medianError: number | null;
  /** Origins that had both a calibrated interval and an actual count, and the share inside it. */
  intervals: number;
  coverage: number | null;
  /** On the same origins, the share inside the textbook t interval of the window's slope. */
  naiveCoverage: number | null;
}

export interface BacktestResult {
  window: number;
  level: number;
  horizons: number[];
  first: string;
  last: string;
  reportCount: number;
  calibration: { method: string; minErrors: number; step: number; window: number };
  rows: BacktestRow[];
  summary: HorizonSummary[];
  warnings: string[];
}

/** A problem with the series or an option of a backtest: the field to blame (null: the series) and what is wrong. */
export class BacktestError extends FieldError {
  static readonly code = 'ATTRITION_BACKTEST';
  readonly code = BacktestError.code;
  override readonly name = 'BacktestError';
}

export const CALIBRATION_METHOD =
  'adaptive conformal on the log growth ratio log((increase + τ) / (rate × h + τ)), τ = 0.3 × the increase ' +
  `the year before gives over h days: quantiles of the latest ${CALIBRATION_WINDOW} such ratios of earlier origins ` +
  `whose horizon had ended, α split between the tails where the interval is narrowest, or ± the quantile of their ` +
  `sizes, or the hull of the two, whichever had the lowest interval score over the latest outcomes, α adapted to ` +
  `the misses of the intervals given (adaptive conformal inference, step ${ADAPTATION_STEP} / h, down to ` +
  `${ALPHA_BOUNDS[0]} α); origins whose window ran under ` +
  `${SLOW_SHARE} × the year's rate calibrated apart from the others; absolute errors in counts where no ratio ` +
  `exists; never below the count at the origin; none before ${MIN_CALIBRATION_ERRORS} errors are known`;

/** How a projection from `count` at `rate` for `horizon` days ends, and its interval from a calibrated band. */
export const projectedIncrease = (count: number, rate: number, horizon: number, band: Band | null) =>
  applyBand(count, rate, horizon, band);

/**
 * The relative error of a projected increase: (actual − count) / (rate × h) − 1; null where undefined (no actual
 * count, or a rate of zero or below, which projects no increase).
 */
export const increaseError = (actual: number | null, count: number, rate: number, horizon: number): number | null =>
  actual === null || !(rate > 0) ? null : (actual - count) / (rate * horizon) - 1;

/** Days the long-run rate (the scale of a typical increase) is taken over, up to each origin. */
export const LONG_RUN_DAYS = 365;

/** An origin at one horizon: its rate and count, the outcome once known, and its calibrated band. */
export interface ScoredOrigin extends CalibrationOrigin, Calibration {
  /** Its index in the daily series. */
  index: number;
  error: number | null;
}

/**
 * Errors at one horizon for each origin with a rate, and their calibration: the core both backtest
 * and fit use. The actual count is the one reported on origin + horizon; with `interpolate` (fit's
 * calibration on a series with gaps), a day between two reports takes the count on the straight
 * line between them.
 */
export function scoreOrigins(
  series: DailySeries,
  rates: ArrayLike<number>,
  horizon: number,
  level: number,
  interpolate = false,
): ScoredOrigin[] {
  const yearStarts = windowStarts(series, LONG_RUN_DAYS);
  const longRun = (i: number): number => {
    const first = Math.max(yearStarts[i]!, 0);
    const days = series.days[i]! - series.days[first]!;
    return days > 0 ? (series.counts[i]! - series.counts[first]!) / days : 0;
  };
  const origins: ScoredOrigin[] = [];
  for (let i = 0; i < series.days.length; i++) {
    const rate = rates[i]!;
    if (!Number.isFinite(rate)) continue;
    const target = series.days[i]! + horizon;
    const j = lastIndexOnOrBefore(series.days, target);
    let actual = j >= 0 && series.days[j] === target ? series.counts[j]! : null;
    if (actual === null && interpolate && j >= 0 && j + 1 < series.days.length) {
      const share = (target - series.days[j]!) / (series.days[j + 1]! - series.days[j]!);
      actual = series.counts[j]! + share * (series.counts[j + 1]! - series.counts[j]!);
    }
    const count = series.counts[i]!;
    origins.push({
      index: i,
      day: series.days[i]!,
      count,
      rate,
      longRun: longRun(i),
      actual,
      error: increaseError(actual, count, rate, horizon),
      band: null,
      known: 0,
    });
  }
  const bands = calibrateBands(origins, horizon, level);
  origins.forEach((o, k) => {
    o.band = bandAt(bands, k);
    o.known = bands.known[k]!;
  });
  return origins;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * How well constant-rate projections would have done on this very series: at every report date
 * with a full window of history, the least-squares rate over the window, projected each horizon
 * ahead, with an interval calibrated on earlier origins only, against the count then reported.
 */
export function backtest(reports: readonly Report[], options: BacktestOptions): BacktestResult {
  const series = dailySeries(reports);
  const { days, counts } = series;
  if (days.length < 2) throw new BacktestError(null, `needs reports on at least two dates; found ${days.length}`);
  const span = days[days.length - 1]! - days[0]! + 1;
  const { window, level } = options;
  if (window > span) {
    throw new BacktestError(
      '--window',
      `is longer than the series: ${formatNumber(span)} days from ${isoDate(days[0]!)} ` +
        `to ${isoDate(days[days.length - 1]!)}`,
    );
  }
  const horizons = [...new Set(options.horizons)].sort((a, b) => a - b);
  const sums = slopeSums(series);
  const starts = windowStarts(series, window);
  const rates = new Float64Array(days.length).fill(NaN);
  const naive = new Float64Array(days.length).fill(NaN);
  for (let i = 0; i < days.length; i++) {
    const first = starts[i]!;
    if (first < 0 || i - first + 1 < 3) continue;
    rates[i] = sums.slope(first, i);
    naive[i] = sums.naiveStandardError(first, i);
  }
  // Each horizon's rows by origin index, interleaved into origin order at the end.
  const byHorizon: BacktestRow[][] = [];
  const quantiles = new Map<number, number>();
  const tQuantile = (df: number): number => {
    if (!quantiles.has(df)) quantiles.set(df, studentTQuantile(1 - (1 - level) / 2, df));
    return quantiles.get(df)!;
  };
  const summary: HorizonSummary[] = [];
  const unscored: number[] = [];
  // Each origin's date, written once for all its horizons.
  const dates: string[] = [];
  const dateOf = (i: number) => (dates[i] ??= isoDate(days[i]!));
  for (const horizon of horizons) {
    const scored = scoreOrigins(series, rates, horizon, level);
    const atOrigin: BacktestRow[] = new Array(days.length);
    byHorizon.push(atOrigin);
    const inside: boolean[] = [];
    const naiveInside: boolean[] = [];
    for (const o of scored) {
      const rate = rates[o.index]!;
      const { projected, low, high } = projectedIncrease(counts[o.index]!, rate, horizon, o.band);
      const row: BacktestRow = {
        origin: dateOf(o.index),
        horizon,
        window,
        rate,
        projected,
        low,
        high,
        actual: o.actual,
        error: o.error,
      };
      atOrigin[o.index] = row;
      if (o.actual !== null && low !== null && high !== null) {
        inside.push(o.actual >= low && o.actual <= high);
        const m = o.index - starts[o.index]! + 1;
        const half = tQuantile(m - 2) * naive[o.index]! * horizon;
        naiveInside.push(Math.abs(o.actual - projected) <= half);
      }
    }
    if (!scored.some((o) => o.actual !== null) && scored.length > 0) unscored.push(horizon);
    const errors = scored.flatMap((o) => (o.error === null ? [] : [o.error]));
    const share = (flags: boolean[]) => (flags.length === 0 ? null : flags.filter(Boolean).length / flags.length);
    summary.push({
      horizon,
      origins: scored.length,
      scored: errors.length,
      medianAbsoluteError: median(errors.map(Math.abs)),
      medianError: median(errors),
      intervals: inside.length,
      coverage: share(inside),
      naiveCoverage: share(naiveInside),
    });
  }
  const rows: BacktestRow[] = [];
  for (let i = 0; i < days.length; i++) {
    for (const atOrigin of byHorizon) {
      const row = atOrigin[i];
      if (row !== undefined) rows.push(row);
    }
  }
  const gapWarning =
    unscored.length === 0
      ? []
      : [`no actual counts at ${unscored.join(', ')} days: no report is dated that far after an origin`];
  const warnings = [
    ...gapWarning,
    ...fallingCounts(series).map(
      (f) =>
        `the cumulative count goes down from ${formatNumber(f.before)} on ${f.from} ` +
        `to ${formatNumber(f.after)} on ${f.to}`,
    ),
  ];
  return {
    window,
    level,
    horizons,
    first: isoDate(days[0]!),
    last: isoDate(days[days.length - 1]!),
    reportCount: days.length,
    calibration: {
      method: CALIBRATION_METHOD,
      minErrors: MIN_CALIBRATION_ERRORS,
      step: ADAPTATION_STEP,
      window: CALIBRATION_WINDOW,
    },
    rows,
    summary,
    warnings,
  };
}
