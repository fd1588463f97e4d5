/**
 * Calibrated intervals for constant-rate projections, from the projections' own track record.
 *
 * A projection from origin O at rate r for h days expects the count to grow by E = max(r, 0)·h. Its score, once the
 * count at O + h is known, is the log of the growth ratio, log((increase + τ) / (E + τ)), where τ is 0.3 × the
 * increase the year before O gives over h days. Growth is multiplicative, so the score is roughly symmetric where the
 * increase is not, and an interval [a, b] of it gives the count an asymmetric interval that never goes below the
 * count at O. The shift τ keeps the ratio finite and meaningful where the window's rate is near zero (a pause, the
 * tail of one); no increase at all scores −∞ when τ is 0.
 *
 * At an origin O, the scores known are those of earlier origins whose horizon had ended (their outcome is dated on or
 * before O); only the latest CALIBRATION_WINDOW of them are used, since a war's rate drifts and old errors say little
 * about the next ones. The interval is split-conformal: its ends are the quantiles of those scores that leave α of
 * them outside, α split between the tails where the interval of the count is narrowest.
 *
 * That band leans the way the last year's scores leaned. Beside it, each origin also gets a symmetric band, ± the
 * quantile at 1 − α of the scores' sizes |s| (centred on the projection). As outcomes come due, both, and the hull of
 * the two, are scored by the interval score (Gneiting & Raftery 2007), and an origin is given the one whose
 * exponentially weighted mean score (a memory of CALIBRATION_WINDOW outcomes) is the lowest: where the rate comes in
 * slow waves, the lean turns with the wave, and the leaning band, calibrated on outcomes h days late, sits on the
 * wrong side for months; where the rate keeps its course, the lean holds and the narrower leaning band is kept.
 *
 * α itself is adapted by adaptive conformal inference (Gibbs & Candès 2021) on the misses of the bands given: each time
 * an earlier origin's outcome comes due, α moves by γ (α* − miss), where miss says whether the band that origin was
 * given missed it, so a run of misses widens the next intervals and a run of hits narrows them, and the coverage of
 * the intervals given tracks the nominal level when the errors drift. The three bands of an origin are built at the
 * same α: adapting each on its own misses, as if it had been given, let the choice fall on whichever band had been
 * lucky lately, and the intervals given held less often than any of the three.
 *
 * Origins whose window ran at under half the long-run rate (a pause, or its tail) are scored apart from the others
 * (Mondrian conformal prediction, Vovk et al. 2005): a count that has stopped resumes, so such an origin's growth ratio
 * runs far above those of origins at their usual pace, and pooled with them (most of the scores) it would be covered
 * far less often than the level says. Each class is calibrated on the latest CALIBRATION_WINDOW scores of its own, and
 * adapted on its own misses, once MIN_CALIBRATION_ERRORS are known; until then on all of them.
 *
 * Where E + τ is 0 (a rate of zero or below, and no increase in the year before either), a ratio is undefined: the
 * interval is then E plus quantiles of the absolute errors (count at O + h − projected, in counts), from the same
 * window and adapted the same way, and still never below the count at O. A rate of exactly zero means the count did
 * not change in the window.
 */

export const MIN_CALIBRATION_ERRORS = 60;
/** The known errors an interval is calibrated on: the latest this many. */
export const CALIBRATION_WINDOW = 365;
/**
 * γ × h: how far α moves when an outcome comes due, for a horizon of one day. Outcomes of origins a day apart share
 * most of their days, so misses come in runs of about h; the step is divided by h to keep a run's pull the same at
 * every horizon. A run of h misses moves α by 0.3 × (1 − α*): from 0.1 to its floor at the 90 % level.
 */
export const ADAPTATION_STEP = 0.3;
/**
 * The adapted α stays within these multiples of α* = 1 − level. At its floor (0.002 at the 90 % level) the band
 * reaches the extreme scores of the latest CALIBRATION_WINDOW: adaptive conformal inference lets α fall below zero
 * (an interval without end) until the hits bring it back, and a run of misses here widens the band to the year's
 * largest error instead, never to one older than a year. At most twice α*.
 */
export const ALPHA_BOUNDS = [0.02, 2] as const;
/** The splits of α between the two tails tried, in steps of 1 / TAIL_SPLITS. */
const TAIL_SPLITS = 10;

/** An origin: its day, count and rate, the long-run rate known then, and the count h days later once known. */
export interface CalibrationOrigin {
  day: number;
  count: number;
  rate: number;
  /** The rate over the year (or as much of it as the series has) up to the origin: the scale of a typical increase. */
  longRun: number;
  actual: number | null;
}

/**
 * An origin's calibrated band: the count at O + h lies in count + [low, high], an interval of the increase, never
 * below zero. `basis` says which past errors made it: growth ratios, or absolute errors where no ratio is defined.
 */
export interface Band {
  basis: 'ratio' | 'absolute';
  low: number;
  high: number;
}

export interface Calibration {
  /** Null before MIN_CALIBRATION_ERRORS errors of its kind are known. */
  band: Band | null;
  /** How many past errors it was built from. */
  known: number;
}

/** The increase a projection expects: a count that only grows is never projected to fall. */
export const expectedIncrease = (rate: number, horizon: number): number => Math.max(rate, 0) * horizon;

/** The share of the long-run increase added to both sides of the growth ratio, so a near-zero rate has a finite one. */
export const RATIO_SHIFT = 0.3;

/** The shift τ of an origin's growth ratio, in counts. */
export const ratioShift = (longRun: number, horizon: number): number => RATIO_SHIFT * Math.max(longRun, 0) * horizon;

/** The projected count at O + h and its interval from a band; the interval never goes below the count at O. */
export function applyBand(count: number, rate: number, horizon: number, band: Band | null) {
  const projected = count + expectedIncrease(rate, horizon);
  if (band === null) return { projected, low: null, high: null };
  return { projected, low: count + band.low, high: count + band.high };
}

/**
 * The log growth ratio of an outcome, log((increase + τ) / (expected + τ)) (−∞ for no increase when τ is 0), or null
 * when expected + τ is 0 (nothing expected, no scale to compare with).
 */
export function logGrowthRatio(o: CalibrationOrigin, horizon: number, actual: number): number | null {
  const shift = ratioShift(o.longRun, horizon);
  const expected = expectedIncrease(o.rate, horizon) + shift;
  if (!(expected > 0)) return null;
  const increase = Math.max(actual - o.count, 0) + shift;
  return increase > 0 ? Math.log(increase / expected) : -Infinity;
}
/**
 * An origin whose window's rate is below this share of its long-run rate is calibrated with the other such origins:
 * its window saw a pause, or the tail of one.
 */
export const SLOW_SHARE = 0.5;

/** The class an origin is calibrated in: 1 when its window ran slow against the long-run rate, else 0. */
export const rateClass = (o: CalibrationOrigin): number => (o.rate < SLOW_SHARE * o.longRun ? 1 : 0);

/** The scores in a window, kept sorted: add and remove by binary search and a shift, the k-th smallest at once. */
class SortedScores {
  private readonly values: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(capacity, 1));
  }
  /** The first position whose value is not below `value`. */
  private position(value: number): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.values[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  add(value: number): void {
    const at = this.position(value);
    this.values.copyWithin(at + 1, at, this.size);
    this.values[at] = value;
    this.size++;
  }
  remove(value: number): void {
    const at = this.position(value);
    this.values.copyWithin(at, at + 1, this.size);
    this.size--;
  }
  /** The k-th smallest value held (1-based). */
  kth(k: number): number {
    return this.values[k - 1]!;
  }
}

/** One kind of score (log ratios, or absolute errors): the latest known ones. */
class ScoreWindow {
  private readonly counts: SortedScores;
  private readonly held: number[] = [];
  private first = 0;
  /**
   * Symmetric: the window holds the scores' sizes |s|, and its band is ± their quantile at 1 − α, centred on the
   * projection instead of leaning the way the scores leaned.
   */
  constructor(
    private readonly window: number,
    private readonly minErrors: number,
    private readonly symmetric = false,
  ) {
    this.counts = new SortedScores(window + 1);
  }
  get size(): number {
    return this.counts.size;
  }
  add(value: number): void {
    const score = this.symmetric ? Math.abs(value) : value;
    this.counts.add(score);
    this.held.push(score);
    if (this.held.length - this.first > this.window) this.counts.remove(this.held[this.first++]!);
  }
  /** The ⌊(m + 1)·a⌋-th smallest score, −∞ below rank 1. */
  private lower(a: number): number {
    const m = this.counts.size;
    const rank = Math.floor((m + 1) * a);
    return rank < 1 ? -Infinity : this.counts.kth(Math.min(rank, m));
  }
  /** The ⌈(m + 1)(1 − a)⌉-th smallest score, the largest above rank m. */
  private upper(a: number): number {
    const m = this.counts.size;
    return this.counts.kth(Math.min(Math.max(Math.ceil((m + 1) * (1 - a)), 1), m));
  }
  /**
   * The band now at miscoverage `alpha`, written to `out`: of the splits of α between the two tails in tenths, the one
   * whose interval of the count is the narrowest; false below the minimum of known scores.
   */
  band(scale: Scale, alpha: number, out: { low: number; high: number }): boolean {
    if (this.counts.size < this.minErrors) return false;
    if (this.symmetric) {
      out.high = this.upper(alpha);
      out.low = -out.high;
      return true;
    }
    let narrowest = Infinity;
    for (let j = 0; j <= TAIL_SPLITS; j++) {
      const low = this.lower((alpha * j) / TAIL_SPLITS);
      const high = Math.max(low, this.upper((alpha * (TAIL_SPLITS - j)) / TAIL_SPLITS));
      const width = increaseOf(scale, high) - increaseOf(scale, low);
      if (width < narrowest) {
        narrowest = width;
        out.low = low;
        out.high = high;
      }
    }
    return true;
  }
}

/** What turns an origin's score into an increase: its expected increase, shift, and which kind of score. */
interface Scale {
  expected: number;
  shift: number;
  ratio: boolean;
}

/**
 * The interval score of a band of scores (Gneiting & Raftery 2007): its width, plus 2 / α times how far the outcome
 * fell outside it; lower is better, and in the long run lowest for the band whose ends are the true quantiles. The
 * band's low end is taken no lower than `floor`, the score of no increase at all: below it, the interval of the count
 * is the same.
 */
function intervalScore(low: number, high: number, floor: number, score: number, alpha: number): number {
  const a = Math.min(Math.max(low, floor), high);
  return high - a + (2 / alpha) * (Math.max(0, a - score) + Math.max(0, score - high));
}

/** The increase a score gives at an origin, never below zero. */
const increaseOf = (scale: Scale, score: number): number =>
  scale.ratio
    ? Math.max(0, (scale.expected + scale.shift) * Math.exp(score) - scale.shift)
    : Math.max(0, scale.expected + score);

/**
 * For each origin (in day order) at horizon h: its band, built from what was known on its day alone: a score enters
 * the window on the day its outcome is dated, so no band depends on a later count.
 */
export function calibrate(
  origins: readonly CalibrationOrigin[],
  horizon: number,
  level: number,
  options: CalibrationOptions = {},
): Calibration[] {
  const bands = calibrateBands(origins, horizon, level, options);
  return origins.map((_, k) => ({ band: bandAt(bands, k), known: bands.known[k]! }));
}

export interface CalibrationOptions {
  minErrors?: number;
  step?: number;
  window?: number;
  /** False: always the leaning band, never the symmetric one (default true: whichever scored better lately). */
  compare?: boolean;
}

/** Each origin's band as `calibrate` gives it, in arrays: low and high NaN where there is none. */
export interface CalibrationBands {
  low: Float64Array;
  high: Float64Array;
  /** 1 where the band comes from growth ratios, 0 from absolute errors. */
  ratio: Uint8Array;
  known: Int32Array;
}

/** The band of origin k, or null. */
export const bandAt = (bands: CalibrationBands, k: number): Band | null =>
  Number.isNaN(bands.low[k]!)
    ? null
    : { basis: bands.ratio[k] === 1 ? 'ratio' : 'absolute', low: bands.low[k]!, high: bands.high[k]! };

/** `calibrate`, without an object per origin: what a series of 100,000 days calibrates at each horizon. */
export function calibrateBands(
  origins: readonly CalibrationOrigin[],
  horizon: number,
  level: number,
  options: CalibrationOptions = {},
): CalibrationBands {
  const minErrors = options.minErrors ?? MIN_CALIBRATION_ERRORS;
  const step = options.step ?? ADAPTATION_STEP / horizon;
  const window = options.window ?? CALIBRATION_WINDOW;
  const compare = options.compare ?? true;
  const alpha = 1 - level;
  const n = origins.length;
  // Each origin's scores once its outcome is known (NaN before; a ratio also where none is defined).
  const ratios = new Float64Array(n).fill(NaN);
  const absolutes = new Float64Array(n).fill(NaN);
  const classes = new Uint8Array(n);
  // The last origin of each rate class, and whether any origin has no ratio: windows no origin will use are not kept.
  const lastOfClass = [-1, -1];
  let anyAbsolute = false;
  for (let k = 0; k < n; k++) {
    const o = origins[k]!;
    classes[k] = rateClass(o);
    lastOfClass[classes[k]!] = k;
    if (!(expectedIncrease(o.rate, horizon) + ratioShift(o.longRun, horizon) > 0)) anyAbsolute = true;
    if (o.actual === null) continue;
    ratios[k] = logGrowthRatio(o, horizon, o.actual) ?? NaN;
    absolutes[k] = o.actual - o.count - expectedIncrease(o.rate, horizon);
  }
  // Ratios of all origins, and of each rate class apart; absolute errors where no ratio exists. Each kind twice: the
  // band that leans the way its scores leaned, and the symmetric one.
  const windows = [0, 1, 2, 3].map(() => new ScoreWindow(window, minErrors));
  const symmetric = [0, 1, 2, 3].map(() => new ScoreWindow(window, minErrors, true));
  // Of each kind, α adapted to the misses of the bands given.
  const adapted = [alpha, alpha, alpha, alpha];
  const [fewest, most] = [alpha * ALPHA_BOUNDS[0], alpha * ALPHA_BOUNDS[1]];
  const [byRatio, class0, class1, byAbsolute] = windows as [ScoreWindow, ScoreWindow, ScoreWindow, ScoreWindow];
  const byClass = [class0, class1];
  // Of each kind, the mean interval score of its leaning bands, its symmetric ones, and the hulls of the two, over the
  // outcomes known, the latest weighing most: the band given is the one whose mean is the lowest (on a tie, the
  // leaning band, then the symmetric one).
  const record = [0, 1, 2, 3].map(() => [0, 0, 0]);
  const keep = 1 - 1 / window;
  // The pooled ratios serve a class until it has enough of its own (it then keeps them): once no class still short
  // of them has an origin to come, they are no longer kept.
  let pooled = true;
  // Both bands each origin had, in its own score's units, to judge them by when its outcome comes due (NaN: none).
  const leanLow = new Float64Array(n).fill(NaN);
  const leanHigh = new Float64Array(n).fill(NaN);
  const evenHigh = new Float64Array(n).fill(NaN);
  // Which kind of score gave them (255: none), and which band was given: 0 leaning, 1 symmetric, 2 the hull.
  const givenBy = new Uint8Array(n).fill(255);
  const givenBand = new Uint8Array(n);
  const out: CalibrationBands = {
    low: new Float64Array(n).fill(NaN),
    high: new Float64Array(n).fill(NaN),
    ratio: new Uint8Array(n),
    known: new Int32Array(n),
  };
  const band = { low: 0, high: 0 };
  const even = { low: 0, high: 0 };
  const hull = { low: 0, high: 0 };
  const scale: Scale = { expected: 0, shift: 0, ratio: true };
  let due = 0;
  for (let k = 0; k < n; k++) {
    const origin = origins[k]!;
    for (; due < k && origins[due]!.day + horizon <= origin.day; due++) {
      const absolute = absolutes[due]!;
      if (Number.isNaN(absolute)) continue;
      const ratio = ratios[due]!;
      const by = givenBy[due]!;
      const score = by === 3 ? absolute : ratio;
      if (by !== 255 && !Number.isNaN(score)) {
        const low = leanLow[due]!;
        const high = leanHigh[due]!;
        const half = evenHigh[due]!;
        const chosen = givenBand[due]!;
        const top = chosen === 0 ? high : chosen === 1 ? half : Math.max(high, half);
        const bottom = chosen === 0 ? low : chosen === 1 ? -half : Math.min(low, -half);
        const miss = score < bottom || score > top ? 1 : 0;
        adapted[by] = Math.min(most, Math.max(fewest, adapted[by]! + step * (alpha - miss)));
        const o = origins[due]!;
        const floor = by === 3 ? -expectedIncrease(o.rate, horizon) : (logGrowthRatio(o, horizon, o.count) ?? NaN);
        const lean = intervalScore(low, high, floor, score, alpha);
        const even = intervalScore(-half, half, floor, score, alpha);
        // Where no increase scores −∞ (τ = 0) and a band is open below, the scores cannot be compared.
        if (Number.isFinite(lean) && Number.isFinite(even)) {
          const hull = intervalScore(Math.min(low, -half), Math.max(high, half), floor, score, alpha);
          const means = record[by]!;
          means[0] = keep * means[0]! + (1 - keep) * lean;
          means[1] = keep * means[1]! + (1 - keep) * even;
          means[2] = keep * means[2]! + (1 - keep) * hull;
        }
      }
      if (!Number.isNaN(ratio)) {
        if (pooled) {
          byRatio.add(ratio);
          symmetric[0]!.add(ratio);
        }
        byClass[classes[due]!]!.add(ratio);
        symmetric[1 + classes[due]!]!.add(ratio);
      }
      if (anyAbsolute) {
        byAbsolute.add(absolute);
        symmetric[3]!.add(absolute);
      }
    }
    if (pooled) pooled = byClass.some((w, c) => w.size < minErrors && lastOfClass[c]! >= k);
    scale.shift = ratioShift(origin.longRun, horizon);
    scale.expected = expectedIncrease(origin.rate, horizon);
    scale.ratio = scale.expected + scale.shift > 0;
    const own = 1 + classes[k]!;
    const by = !scale.ratio ? 3 : windows[own]!.size >= minErrors ? own : 0;
    out.known[k] = windows[by]!.size;
    if (windows[by]!.band(scale, adapted[by]!, band) && symmetric[by]!.band(scale, adapted[by]!, even)) {
      leanLow[k] = band.low;
      leanHigh[k] = band.high;
      evenHigh[k] = even.high;
      givenBy[k] = by;
      hull.low = Math.min(band.low, even.low);
      hull.high = Math.max(band.high, even.high);
      const [lean, symmetricMean, hullMean] = record[by]! as [number, number, number];
      // (A symmetric band without end, from scores of no increase where τ is 0, is never given.)
      const chosen =
        !compare || !Number.isFinite(even.high) || (lean <= symmetricMean && lean <= hullMean)
          ? 0
          : symmetricMean <= hullMean
            ? 1
            : 2;
      givenBand[k] = chosen;
      const given = chosen === 0 ? band : chosen === 1 ? even : hull;
      out.low[k] = increaseOf(scale, given.low);
      out.high[k] = increaseOf(scale, given.high);
      out.ratio[k] = scale.ratio ? 1 : 0;
    }
  }
  return out;
}
