import type { Day } from '../../dates.js';
import { lastIndexOnOrBefore } from '../../series/daily.js';
import type { Subject } from '../../subjects.js';

/**
 * A series of daily cumulative counts used as a reference for claims: whose losses it counts, who
 * counts them, and the counts. Pure.
 */
export interface SeriesReference {
  /** "general-staff": names the series in comparisons' sources. */
  id: string;
  /** The file or built-in name shown in reports. */
  name: string;
  /** Who publishes the counts: "Ukraine's General Staff". */
  claimant: string;
  /** What a count counts: "Russian personnel losses, killed and wounded". */
  measures: string;
  subject: Subject;
  /** Reported days, oldest first, and the cumulative count through each. */
  days: Day[];
  counts: number[];
  /** The day before losses began, when the series starts from nothing then: counts are 0 on and before it. */
  zeroDay?: Day;
}

/** The count through a day: the last report on or before it; 0 on or before the zero day; undefined earlier. */
export function countAt(series: SeriesReference, day: Day): number | undefined {
  const { days, counts, zeroDay } = series;
  if (day >= days[0]!) return counts[lastIndexOnOrBefore(days, day)];
  if (zeroDay === undefined) return undefined;
  return day <= zeroDay ? 0 : interpolateFromZero(series, day);
}

/** Between the zero day and the first report, the count grows in a straight line. */
function interpolateFromZero(series: SeriesReference, day: Day): number {
  const zero = series.zeroDay!;
  const first = series.days[0]!;
  return (series.counts[0]! * (day - zero)) / (first - zero);
}

/** The series as it stood on a day: its reports through that day; undefined before its first. */
export function seriesThrough(series: SeriesReference, day: Day): SeriesReference | undefined {
  if (day < series.days[0]!) return undefined;
  if (day >= series.days.at(-1)!) return series;
  const n = lastIndexOnOrBefore(series.days, day) + 1;
  return { ...series, days: series.days.slice(0, n), counts: series.counts.slice(0, n) };
}

/** Days of increase the projection's rate averages. */
export const PROJECTION_WINDOW = 30;
/** The fewest past errors at a horizon that calibrate a projection that far ahead. */
export const MIN_ERRORS = 60;
/** Origins whose errors calibrate a projection's interval: the last year's. */
export const CALIBRATION_ORIGINS = 365;

export interface Projection {
  from: number;
  rate: number;
  window: number;
  horizon: number;
  low: number;
  high: number;
}

/**
 * The count on a day past the last report: the last count plus the last 30 days' average rate times
 * the days ahead, with the 5th and 95th percentiles of the same projection's relative errors at
 * that horizon from the last year's origins (each using only what was known then). Never below the
 * last count.
 */
export function projectionAt(series: SeriesReference, day: Day): Projection | undefined {
  const { days, counts } = series;
  const n = days.length;
  const last = n - 1;
  const horizon = day - days[last]!;
  const rateAt = (i: number) => {
    const j = Math.max(0, lastIndexOnOrBefore(days, days[i]! - PROJECTION_WINDOW));
    const span = days[i]! - days[j]!;
    return span > 0 ? (counts[i]! - counts[j]!) / span : 0;
  };
  const rate = rateAt(last);
  const errors: number[] = [];
  for (let i = last; i >= 0 && errors.length < CALIBRATION_ORIGINS; i--) {
    const target = days[i]! + horizon;
    if (target > days[last]!) continue;
    const k = lastIndexOnOrBefore(days, target);
    const predicted = rateAt(i) * horizon;
    if (predicted <= 0) continue;
    errors.push((counts[k]! - counts[i]!) / predicted - 1);
  }
  errors.sort((a, b) => a - b);
  const q = (p: number) =>
    errors.length === 0 ? 0 : errors[Math.min(errors.length - 1, Math.floor(p * errors.length))]!;
  const from = counts[last]!;
  const ahead = rate * horizon;
  // Too few past projections that far ahead have come due to say how far off one can be: no projection.
  if (errors.length < MIN_ERRORS) return undefined;
  const spread = { low: q(0.05), high: q(0.95) };
  return {
    from,
    rate,
    window: PROJECTION_WINDOW,
    horizon,
    low: from + Math.max(0, ahead * (1 + spread.low)),
    high: from + Math.max(0, ahead * (1 + spread.high)),
  };
}
