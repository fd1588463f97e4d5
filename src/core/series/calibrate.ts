/**
 * Calibrated intervals for constant-rate projections, from the projections' own track record.
 *
 * At an origin O, the errors known are those of earlier origins whose horizon had ended by O
 * (their actual count is dated on or before O). The interval's half-width is a split-conformal
 * quantile of their absolute relative errors: the ⌈(m + 1)(1 − α)⌉-th smallest of m. Absolute
 * errors make the interval symmetric, which uses both tails' data and holds up on short series.
 * Because a war's rate drifts, errors are not exchangeable; adaptive conformal inference (Gibbs &
 * Candès 2021) corrects for that: each time an earlier interval's outcome becomes known, α moves
 * by γ (α − miss), so a run of misses widens the next intervals and a run of hits narrows them.
 */

export const MIN_CALIBRATION_ERRORS = 60;
export const ADAPTATION_STEP = 0.005;

/** An origin's day and its relative error once known (null when there is no actual count). */
export interface ScoredOrigin {
  day: number;
  error: number | null;
}

export interface Calibration {
  /** Half-width of the interval of the relative error; null before enough errors are known. */
  halfWidth: number | null;
  /** How many past errors it was built from. */
  known: number;
}

/** Counts of values by rank in a fixed, sorted universe: add one, find the k-th smallest, in O(log n). */
class RankCounts {
  private readonly tree: Int32Array;
  private readonly top: number;
  size = 0;
  constructor(private readonly universe: Float64Array) {
    this.tree = new Int32Array(universe.length + 1);
    this.top = 2 ** Math.floor(Math.log2(Math.max(universe.length, 1)));
  }
  add(value: number): void {
    let low = 0;
    let high = this.universe.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.universe[mid]! < value) low = mid + 1;
      else high = mid;
    }
    for (let i = low + 1; i < this.tree.length; i += i & -i) this.tree[i]!++;
    this.size++;
  }
  /** The k-th smallest value added (1-based). */
  kth(k: number): number {
    let position = 0;
    let remaining = k;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = position + step;
      if (next < this.tree.length && this.tree[next]! < remaining) {
        position = next;
        remaining -= this.tree[next]!;
      }
    }
    return this.universe[position]!;
  }
}

/**
 * For each origin (in day order) at horizon h: the interval's half-width built from what was known
 * on its day alone. The sorted universe of all errors only indexes the counts; a value enters them
 * on the day it becomes known, so no interval depends on a later count.
 */
export function calibrate(
  origins: readonly ScoredOrigin[],
  horizon: number,
  level: number,
  options: { minErrors?: number; step?: number } = {},
): Calibration[] {
  const minErrors = options.minErrors ?? MIN_CALIBRATION_ERRORS;
  const step = options.step ?? ADAPTATION_STEP;
  const alpha = 1 - level;
  const universe = Float64Array.from(origins.flatMap((o) => (o.error === null ? [] : [Math.abs(o.error)]))).sort();
  const counts = new RankCounts(universe);
  const out: Calibration[] = [];
  const halfWidths: (number | null)[] = [];
  let adjustment = 0;
  let known = 0;
  for (let k = 0; k < origins.length; k++) {
    const day = origins[k]!.day;
    for (; known < k && origins[known]!.day + horizon <= day; known++) {
      const { error } = origins[known]!;
      if (error === null) continue;
      counts.add(Math.abs(error));
      const earlier = halfWidths[known];
      if (earlier !== null && earlier !== undefined) adjustment += step * (alpha - (Math.abs(error) > earlier ? 1 : 0));
    }
    let halfWidth: number | null = null;
    if (counts.size >= minErrors) {
      const a = Math.min(1, Math.max(0, alpha + adjustment));
      const rank = Math.min(counts.size, Math.max(1, Math.ceil((counts.size + 1) * (1 - a))));
      halfWidth = counts.kth(rank);
    }
    halfWidths.push(halfWidth);
    out.push({ halfWidth, known: counts.size });
  }
  return out;
}
