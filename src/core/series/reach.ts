import { fuzzyLabel, isoDate, LAST_DAY } from '../dates.js';
import { formatNumber } from '../figures/format.js';
import { reachDay } from '../projection/project.js';
import { scoreOrigins } from './backtest.js';
import type { DailySeries } from './daily.js';
import type { FitProjection } from './fit.js';

/** When a series reaches a count at its current rate, with an interval calibrated on its own past. */

export interface CurrentRate {
  rate: number;
  rateInterval: { low: number; high: number } | null;
  from: string;
  to: string;
  /** The last span of the segmentation, or a fit over the last `window` days. */
  basis: 'segment' | 'window';
  window: number | null;
}

export interface SeriesProjection extends FitProjection {
  /** What is reached: a force lost (--force) or a cumulative count (--target). */
  reach: 'force' | 'target';
  /** Counted from the implied start at the fitted rate, or from the latest report at the current rate. */
  from: 'start' | 'latest';
  /** With a range of forces (--force 11000..12000): the range, and when its low end is reached. */
  forceRange?: { low: number; high: number };
  lowEnd?: { date: string; days: number; label: string };
  /** The count and date the projection goes on from (the latest report), when from is latest. */
  lastReport: { date: string; casualties: number } | null;
  /** How the interval was made: t (the rate's interval), calibrated (past projections' errors), or none. */
  interval: {
    method: 'calibrated' | 't' | 'none';
    level: number;
    horizon: number | null;
    known: number | null;
    /** The larger of the interval's two distances from the rate, as a share of it (kept for older readers). */
    halfWidth: number | null;
    /** The interval of the rate's multiplier: the count grows by rate × h × [low, high] (calibrated only). */
    ratio?: { low: number; high: number } | null;
    why: string | null;
  };
}

/** When the count reaches `goal` at the current rate from the latest report, with its calibrated interval. */
export function fromLatest(
  series: DailySeries,
  pastRates: Float64Array,
  goal: number,
  reach: 'force' | 'target',
  current: CurrentRate,
  level: number,
  /** The rate's own interval, used where no calibrated one can be had (a series too short to calibrate on). */
  fallback: CurrentRate['rateInterval'] = null,
): SeriesProjection | string {
  const { days, counts } = series;
  const asOfDay = days[days.length - 1]!;
  const latest = counts[counts.length - 1]!;
  const lastReport = { date: isoDate(asOfDay), casualties: latest };
  const base = { force: goal, reach, from: 'latest' as const, lastReport };
  const at = (rate: number): FitProjection['latest'] => {
    if (!(rate > 0)) return null;
    const daysAhead = (goal - latest) / rate;
    const day = reachDay(daysAhead, asOfDay, asOfDay);
    return day > LAST_DAY ? null : { date: isoDate(day), days: daysAhead, label: fuzzyLabel(day) };
  };
  if (latest >= goal) {
    const i = counts.findIndex((c) => c >= goal);
    const day = days[i]!;
    return {
      ...base,
      date: isoDate(day),
      days: 0,
      label: fuzzyLabel(day),
      interval: { method: 'none', level, horizon: 0, known: null, halfWidth: null, why: 'already reached' },
    };
  }
  const central = at(current.rate);
  if (central === null || central === undefined) {
    return (
      `at the current rate of ${formatNumber(current.rate)} a day ${formatNumber(goal)} is never reached on the ` +
      `calendar: no projection`
    );
  }
  const horizon = Math.max(1, Math.ceil(central.days));
  const scored = scoreOrigins(series, pastRates, horizon, level, true);
  const mine = scored[scored.length - 1];
  const band = mine?.index === days.length - 1 ? mine.band : null;
  const expected = current.rate * horizon;
  const ratio = band === null || band === undefined ? null : { low: band.low / expected, high: band.high / expected };
  const halfWidth = ratio === null ? null : Math.max(ratio.high - 1, 1 - ratio.low);
  const projection: SeriesProjection = {
    ...base,
    ...central,
    interval: { method: 'none', level, horizon, known: mine?.known ?? 0, halfWidth, ratio, why: null },
  };
  if (ratio === null) {
    if (fallback !== null) {
      projection.interval.method = 't';
      projection.interval.level = level;
      projection.earliest = at(fallback.high) ?? undefined;
      projection.latest = fallback.low > 0 ? at(fallback.low) : null;
      if (projection.earliest === undefined) projection.interval.method = 'none';
      return projection;
    }
    projection.interval.why = `fewer than 60 earlier projections ${horizon} days ahead had come due`;
    return projection;
  }
  projection.interval.method = 'calibrated';
  projection.earliest = at(current.rate * ratio.high)!;
  projection.latest = ratio.low > 0 ? at(current.rate * ratio.low) : null;
  return projection;
}
