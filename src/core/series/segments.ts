/**
 * Change points in a rate: optimal partitioning of the daily increments into spans of near-constant
 * mean, solved exactly by PELT (Killick, Fearnhead & Eckley 2012). Each span's cost is its
 * Gaussian negative log-likelihood with its own mean and variance (m · ln σ̂²), so a quiet span and
 * a violent one are judged each on its own scatter. The penalty for one more span is BIC's: three
 * parameters (a mean, a variance, a change point) × ln n. Spans are at least `minSpan` days. Where more than
 * MAX_CANDIDATES starts survive pruning, the older ones are thinned: the cost per day stays bounded.
 */

import type { DailySeries } from './daily.js';

export const MIN_SPAN_DAYS = 30;

/**
 * PELT prunes nothing in a long stretch without a change, which makes it quadratic there. Beyond this many candidate
 * starts, the older half is thinned (see `thin`): near-linear whatever the series, exact below it.
 */
export const MAX_CANDIDATES = 256;

export interface Partition {
  /** Where each span ends, as an index into the increments (exclusive); the last is n. */
  ends: number[];
  /**
   * For every prefix of length t, where the last span of its own optimal partition starts
   * (−1 when the prefix is shorter than one span): what the method would have said on day t.
   */
  lastStart: Int32Array;
  penalty: number;
  /** How many span costs were evaluated: near-linear in the series' length, whatever its changes of rate. */
  evaluations: number;
}

export const bicPenalty = (n: number): number => 3 * Math.log(Math.max(n, 2));

/** Spans of the daily increments of a gap-free series (day i's increase is increments[i]). */
export function partition(
  increments: readonly number[],
  minSpan = MIN_SPAN_DAYS,
  maxCandidates = MAX_CANDIDATES,
): Partition {
  const counts = [0];
  for (const x of increments) counts.push(counts[counts.length - 1]! + x);
  return partitionSeries({ days: counts.map((_, i) => i), counts }, minSpan, maxCandidates);
}

/**
 * Spans of a series with or without gaps. The observations are the intervals between consecutive
 * reports: an increase over g days is the sum of g daily increases, so its rate has variance σ²/g
 * and it weighs g. Without gaps this is the daily increase itself. Positions are day offsets from
 * the first report; a span ends on a report.
 */
export function partitionSeries(
  series: DailySeries,
  minSpan = MIN_SPAN_DAYS,
  maxCandidates = MAX_CANDIDATES,
): Partition {
  const { days, counts } = series;
  const n = days.length - 1;
  const offset = (k: number) => days[k]! - days[0]!;
  const lastStart = new Int32Array(Math.max(offset(n) + 1, 1)).fill(-1);
  const penalty = bicPenalty(n);
  if (n < 1) return { ends: [], lastStart, penalty, evaluations: 0 };
  const gaps = new Float64Array(n + 1);
  const sums = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) {
    const g = days[k]! - days[k - 1]!;
    const increase = counts[k]! - counts[k - 1]!;
    gaps[k] = gaps[k - 1]! + g;
    sums[k] = sums[k - 1]! + increase;
    squares[k] = squares[k - 1]! + (increase * increase) / g;
  }
  // A floor on the variance keeps an exactly regular span from costing −∞.
  const floor = Math.max(1e-12, (1e-9 * squares[n]!) / gaps[n]!);
  const cost = (a: number, b: number): number => {
    const total = sums[b]! - sums[a]!;
    const spread = (squares[b]! - squares[a]! - (total * total) / (gaps[b]! - gaps[a]!)) / (b - a);
    return (b - a) * Math.log(Math.max(spread, floor));
  };
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = -penalty;
  // The candidate starts, compacted in place as PELT prunes them; their costs up to b beside them.
  const candidates = new Int32Array(n + 1);
  const costs = new Float64Array(n + 1);
  let size = 0;
  let next = 0;
  let evaluations = 0;
  for (let b = 1; b <= n; b++) {
    for (; next < b && days[b]! - days[next]! >= minSpan; next++)
      if (Number.isFinite(best[next]!)) candidates[size++] = next;
    let value = Infinity;
    evaluations += size;
    for (let k = 0; k < size; k++) {
      const a = candidates[k]!;
      costs[k] = best[a]! + cost(a, b);
      if (costs[k]! + penalty < value) {
        value = costs[k]! + penalty;
        from[b] = a;
      }
    }
    best[b] = value;
    if (from[b]! >= 0) lastStart[offset(b)] = offset(from[b]!);
    // PELT's pruning: a start that cannot beat the best now can never win later.
    let kept = 0;
    for (let k = 0; k < size; k++) {
      if (costs[k]! <= value) {
        candidates[kept] = candidates[k]!;
        costs[kept++] = costs[k]!;
      }
    }
    size = kept;
    if (size > maxCandidates) size = thin(candidates, costs, size);
  }
  if (!Number.isFinite(best[n]!)) return { ends: [offset(n)], lastStart, penalty, evaluations };
  const ends: number[] = [];
  for (let b = n; b > 0; b = from[b]!) ends.push(offset(b));
  return { ends: ends.reverse(), lastStart, penalty, evaluations };
}

/**
 * Halves the older half of the candidate starts: of each pair of neighbours, the one whose partition costs less so
 * far stays. The newer half stays whole, so a recent change is placed to the day; an old start that survived pruning
 * lies in a long stretch without a change, where a few days either way barely change the cost.
 */
function thin(candidates: Int32Array, costs: Float64Array, size: number): number {
  const older = size >> 1;
  let kept = 0;
  let k = 0;
  for (; k + 1 < older; k += 2) {
    const pick = costs[k + 1]! < costs[k]! ? k + 1 : k;
    candidates[kept] = candidates[pick]!;
    costs[kept++] = costs[pick]!;
  }
  for (; k < size; k++) {
    candidates[kept] = candidates[k]!;
    costs[kept++] = costs[k]!;
  }
  return kept;
}

/** The Newey–West long-run standard error of a mean (Bartlett kernel, lag ⌊4 (m/100)^(2/9)⌋). */
export function neweyWestStandardError(values: readonly number[], from = 0, to = values.length): number {
  const m = to - from;
  if (m < 2) return NaN;
  let mean = 0;
  for (let i = from; i < to; i++) mean += values[i]!;
  mean /= m;
  const lags = Math.min(m - 1, Math.floor(4 * (m / 100) ** (2 / 9)));
  let longRun = 0;
  for (let k = 0; k <= lags; k++) {
    let gamma = 0;
    for (let i = from + k; i < to; i++) gamma += (values[i]! - mean) * (values[i - k]! - mean);
    gamma /= m;
    longRun += k === 0 ? gamma : 2 * (1 - k / (lags + 1)) * gamma;
  }
  return Math.sqrt(Math.max(longRun, 0) / m);
}
