import { fuzzyLabel, isoDate } from '../dates.js';
import { projectedIncrease, scoreOrigins } from './backtest.js';
import { lastIndexOnOrBefore, type DailySeries } from './daily.js';
import { windowStarts, type SlopeSums } from './window-slope.js';

export const OUTLOOK_HORIZONS = [30, 90, 180] as const;

/** The count some days after the latest report if the current rate holds, and its calibrated interval. */
export interface OutlookRow {
  horizon: number;
  date: string;
  label: string;
  projected: number;
  /** Null while fewer than 60 earlier projections that far ahead have come due. */
  low: number | null;
  high: number | null;
  /** How many earlier projections the interval was calibrated on. */
  known: number;
}

/**
 * Each report's rate as the fit would have given it on that day, from the data up to that day
 * alone: the least-squares rate over its own last span (PELT's answer for that prefix), or over
 * its last `window` days.
 */
export function ratesAtOrigins(
  series: DailySeries,
  sums: SlopeSums,
  lastStart: Int32Array,
  window: number | undefined,
): Float64Array {
  const { days } = series;
  const rates = new Float64Array(days.length).fill(NaN);
  const starts = window === undefined ? null : windowStarts(series, window);
  for (let i = 0; i < days.length; i++) {
    let first = -1;
    if (starts !== null) first = starts[i]!;
    else {
      const from = lastStart[days[i]! - days[0]!] ?? -1;
      if (from >= 0) first = lastIndexOnOrBefore(days, days[0]! + from - 1) + 1;
    }
    if (first >= 0 && i - first >= 2) rates[i] = sums.slope(first, i);
  }
  return rates;
}

export function outlook(
  series: DailySeries,
  rates: Float64Array,
  rate: number,
  level: number,
  horizons: readonly number[] = OUTLOOK_HORIZONS,
): OutlookRow[] {
  const last = series.days.length - 1;
  const latest = series.counts[last]!;
  return horizons.map((horizon) => {
    const scored = scoreOrigins(series, rates, horizon, level, true);
    const mine = scored[scored.length - 1];
    const band = mine?.index === last ? mine.band : null;
    const day = series.days[last]! + horizon;
    return {
      horizon,
      date: isoDate(day),
      label: fuzzyLabel(day),
      ...projectedIncrease(latest, rate, horizon, band),
      known: mine?.known ?? 0,
    };
  });
}
