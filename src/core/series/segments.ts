/**
 * Change points in a rate: optimal partitioning of the daily increments into spans of near-constant
 * mean, solved exactly by PELT (Killick, Fearnhead & Eckley 2012). Each span's cost is its
 * Gaussian negative log-likelihood with its own mean and variance (m · ln σ̂²), so a quiet span and
 * a violent one are judged each on its own scatter. The penalty for one more span is BIC's: three
 * parameters (a mean, a variance, a change point) × ln n. Spans are at least `minSpan` days.
 */

export const MIN_SPAN_DAYS = 30;

export interface Partition {
  /** Where each span ends, as an index into the increments (exclusive); the last is n. */
  ends: number[];
  /**
   * For every prefix of length t, where the last span of its own optimal partition starts
   * (−1 when the prefix is shorter than one span): what the method would have said on day t.
   */
  lastStart: Int32Array;
  penalty: number;
}

export const bicPenalty = (n: number): number => 3 * Math.log(Math.max(n, 2));

export function partition(increments: readonly number[], minSpan = MIN_SPAN_DAYS, penalty = bicPenalty(increments.length)): Partition {
  const n = increments.length;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i]! + increments[i]!;
    s2[i + 1] = s2[i]! + increments[i]! ** 2;
  }
  // A floor on the variance keeps an exactly regular span from costing −∞.
  const floor = Math.max(1e-12, (1e-9 * s2[n]!) / Math.max(n, 1));
  const cost = (a: number, b: number): number => {
    const m = b - a;
    const mean = (s1[b]! - s1[a]!) / m;
    return m * Math.log(Math.max((s2[b]! - s2[a]!) / m - mean * mean, floor));
  };
  const best = new Float64Array(n + 1).fill(Infinity);
  const lastStart = new Int32Array(n + 1).fill(-1);
  best[0] = -penalty;
  if (n < minSpan) return { ends: n > 0 ? [n] : [], lastStart, penalty };
  // The candidate starts, compacted in place as PELT prunes them; their costs up to t beside them.
  const candidates = new Int32Array(n + 1);
  const costs = new Float64Array(n + 1);
  let size = 1;
  for (let t = minSpan; t <= n; t++) {
    if (t - minSpan >= minSpan) candidates[size++] = t - minSpan;
    let value = Infinity;
    let from = 0;
    for (let k = 0; k < size; k++) {
      const s = candidates[k]!;
      costs[k] = best[s]! + cost(s, t);
      if (costs[k]! + penalty < value) {
        value = costs[k]! + penalty;
        from = s;
      }
    }
    best[t] = value;
    lastStart[t] = from;
    // PELT's pruning: a start that cannot beat the best now can never win later.
    let kept = 0;
    for (let k = 0; k < size; k++) if (costs[k]! <= value) candidates[kept++] = candidates[k]!;
    size = kept;
  }
  const ends: number[] = [];
  for (let t = n; t > 0; t = lastStart[t]!) ends.push(t);
  return { ends: ends.reverse(), lastStart, penalty };
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
