/**
 * Student's t distribution, enough for confidence intervals: the CDF through the regularized
 * incomplete beta function (continued fraction, modified Lentz) and the quantile by bisection.
 * Small and exact to about 1e-12, so no statistics library is needed.
 *
 * The quantile runs on every `fit`, cold: Newton's method first finds a narrow bracket, so the
 * bisection evaluates the CDF only inside it and returns the very same double as a bisection that
 * evaluates it at every step.
 */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = 0.99999999999980993;
  for (let i = 0; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i + 1);
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;

function betaContinuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    // The even and the odd step of the fraction, written out (no array per step).
    let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/** ln B(a, b)⁻¹, the part of the incomplete beta's front that depends on a and b only. */
const logBetaNorm = (a: number, b: number): number => logGamma(a + b) - logGamma(a) - logGamma(b);

function incompleteBetaWith(x: number, a: number, b: number, norm: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(norm + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return incompleteBetaWith(x, a, b, logBetaNorm(a, b));
}

const tCdfWith = (t: number, df: number, norm: number): number => {
  const tail = 0.5 * incompleteBetaWith(df / (df + t * t), df / 2, 0.5, norm);
  return t >= 0 ? 1 - tail : tail;
};

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  return tCdfWith(t, df, logBetaNorm(df / 2, 0.5));
}

/** How far around Newton's root the bisection still evaluates the CDF, relative to the root. */
const MARGIN = 1e-10;

/**
 * A bracket [low, high] with cdf(low) < p ≤ cdf(high), a relative 2e-10 wide, found by Newton's
 * method (kept inside the bracket it narrows); null if the CDF does not confirm it.
 */
function newtonBracket(p: number, df: number, cdf: (t: number) => number): { low: number; high: number } | null {
  const logDensityNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (t: number) => Math.exp(logDensityNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  let t = 2;
  for (let i = 0; i < 60; i++) {
    const excess = cdf(t) - p;
    if (excess < 0) low = t;
    else high = t;
    let next = t - excess / density(t);
    if (!(next > low && next < high)) next = Number.isFinite(high) ? (low + high) / 2 : 2 * t;
    // Quadratic convergence: after a step this small, t is as close as the CDF's own error allows.
    const done = Math.abs(next - t) <= 1e-9 * t;
    t = next;
    if (done) break;
  }
  const bracket = { low: t * (1 - MARGIN), high: t * (1 + MARGIN) };
  return t > 0 && cdf(bracket.low) < p && cdf(bracket.high) >= p ? bracket : null;
}

/** The t with P(T ≤ t) = p, for 0 < p < 1 (t_{0.975, 10} = 2.228…). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError('studentTQuantile needs 0 < p < 1 and df > 0');
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const norm = logBetaNorm(df / 2, 0.5);
  const cdf = (t: number) => tCdfWith(t, df, norm);
  const bracket = p > 0.5 ? newtonBracket(p, df, cdf) : null;
  // cdf(t) < p; outside the bracket the CDF's monotony answers without evaluating it.
  const below = (t: number): boolean => {
    if (bracket !== null && t <= bracket.low) return true;
    if (bracket !== null && t >= bracket.high) return false;
    return cdf(t) < p;
  };
  let low = 0;
  let high = 1;
  while (below(high)) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-14 * high; i++) {
    const mid = (low + high) / 2;
    if (below(mid)) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
