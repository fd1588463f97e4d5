import { fuzzyLabel, isoDate, type Day } from '../dates.js';
import { UNREACHED, type HistogramBin, type MonteCarloPlan, type MonteCarloResult } from './montecarlo-types.js';

const MAX_BINS = 16;

/**
 * Sorts sampled days in place. They all lie between the plan's earliest and latest day, usually
 * a few hundred days apart, so counting them is much faster than a comparison sort.
 */
export function sortDays(days: Int32Array, plan: MonteCarloPlan): Int32Array {
  const first = plan.earliestDay;
  const span = plan.latestDay - first + 1;
  if (span > Math.max(1 << 16, days.length)) return days.sort();
  if (plan.stepped !== null) return countUnreachedLast(days, first, span);
  const counts = new Int32Array(span);
  for (let i = 0; i < days.length; i++) counts[days[i]! - first]!++;
  for (let d = 0, at = 0; d < span; d++) days.fill(first + d, at, (at += counts[d]!));
  return days;
}

/** The counting sort of a stepped run: UNREACHED days are counted apart and put last. */
function countUnreachedLast(days: Int32Array, first: Day, span: number): Int32Array {
  const counts = new Int32Array(span + 1);
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    counts[day === UNREACHED ? span : day - first]!++;
  }
  let at = 0;
  for (let d = 0; d < span; d++) days.fill(first + d, at, (at += counts[d]!));
  days.fill(UNREACHED, at);
  return days;
}

/**
 * Percentiles, the share past `by`, the reached share and the weekly histogram of sorted days. In a
 * stepped run, scenarios not lost within the horizon count as lost after every date: a percentile
 * that falls among them is null, and `unreached` gives their share. `strengths` (with `on`) are
 * the sampled strengths on that day, in any order; they are sorted in place.
 */
export function summarize(plan: MonteCarloPlan, sorted: Int32Array, strengths?: Float64Array): MonteCarloResult {
  const n = sorted.length;
  const rank = (p: number): number => Math.max(0, Math.ceil(p * n) - 1);
  const quantile = { p5: sorted[rank(0.05)]!, p50: sorted[rank(0.5)]!, p95: sorted[rank(0.95)]! };
  const date = (day: Day) => (day === UNREACHED ? null : isoDate(day));
  const label = (day: Day) => (day === UNREACHED ? null : fuzzyLabel(day));
  const reachedCount = plan.stepped === null ? n : upperBound(sorted, UNREACHED - 1);
  const result: MonteCarloResult = {
    samples: n,
    dist: plan.dist,
    threshold: plan.threshold,
    quantiles: { p5: date(quantile.p5), p50: date(quantile.p50), p95: date(quantile.p95) },
    labels: { p5: label(quantile.p5), p50: label(quantile.p50), p95: label(quantile.p95) },
    earliest: plan.earliest,
    latest: plan.latest,
    reachedShare: plan.asOf === undefined ? 0 : upperBound(sorted, plan.asOf) / n,
    ...histogram(sorted.subarray(0, reachedCount), n),
  };
  if (plan.by !== undefined) result.afterBy = { date: isoDate(plan.by), past: (n - upperBound(sorted, plan.by)) / n };
  if (plan.horizonEnd !== undefined) {
    result.horizonEnd = isoDate(plan.horizonEnd);
    result.unreached = (n - reachedCount) / n;
  }
  if (plan.on !== undefined && strengths !== undefined) {
    strengths.sort();
    result.strengthOn = {
      date: isoDate(plan.on),
      p5: strengths[rank(0.05)]!,
      p50: strengths[rank(0.5)]!,
      p95: strengths[rank(0.95)]!,
    };
  }
  return result;
}

/** How many sorted days are on or before `day`. */
function upperBound(sorted: Int32Array, day: Day): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Bins the sorted days (those lost within the horizon); each bin's share is of all `samples`. */
function histogram(sorted: Int32Array, samples: number): { histogram: HistogramBin[]; weeksPerBin: number } {
  const n = sorted.length;
  if (n === 0) return { histogram: [], weeksPerBin: 1 };
  const first = sorted[0]!;
  const weeks = Math.floor((sorted[n - 1]! - first) / 7) + 1;
  const width = 7 * Math.ceil(weeks / MAX_BINS);
  const bins: HistogramBin[] = [];
  for (let from = first, seen = 0; seen < n; from += width) {
    const through = upperBound(sorted, from + width - 1);
    bins.push({
      from: isoDate(from),
      to: isoDate(from + width - 1),
      count: through - seen,
      share: (through - seen) / samples,
    });
    seen = through;
  }
  return { histogram: bins, weeksPerBin: width / 7 };
}
