import { isoDate, type Day } from '../dates.js';
import { formatNumber } from '../figures/format.js';
import { parseDay } from '../parse/days.js';
import { studentTQuantile } from '../series/tdist.js';
import { type DuelDay, DuelError, duelDays, type Reinforcement, type Side } from './duel.js';
import { type Law, LINEAR, lossRate, MAX_EXPONENT, parseLaw, SQUARE } from './laws.js';
import { echo } from '../wording.js';

/** One day of a battle's series: each side's cumulative losses or its strength at the day's end, and troops added. */
export interface DuelSeriesDay {
  date: string;
  xLosses?: number;
  yLosses?: number;
  xStrength?: number;
  yStrength?: number;
  /** Troops that joined at the start of the day. */
  xAdded?: number;
  yAdded?: number;
}

export type FitMethod = 'sums' | 'least-squares';

export interface DuelFitInput {
  days: readonly DuelSeriesDay[];
  /** Troops at the start of day 1, before that day's arrivals (default 0). */
  x0?: number;
  y0?: number;
  /** Troops at the end of the last day: what Engel's sums need for a side without a daily series. */
  xEnd?: number;
  yEnd?: number;
  /** square (default), linear, general (exponents estimated), a Law, or fixed exponents "P,Q". */
  law?: Law | string;
  /** sums (Engel's ratio of sums; the default where possible) or least-squares on the daily losses. */
  method?: FitMethod;
  /** The intervals' level (default 0.95). */
  level?: number;
  names?: { x: string; y: string };
}

export interface Estimate {
  value: number;
  low: number | null;
  high: number | null;
  standardError: number | null;
}

export interface FitSideDay {
  /** Troops at the end of the day: from the series (null: not in it), and on the fitted curve. */
  strength: number | null;
  fitted: number | null;
  /** The day's losses: from the series, from the fitted law and the day's opening strengths, and the difference. */
  loss: number | null;
  fittedLoss: number;
  error: number | null;
}

export interface FitDay {
  day: number;
  date: string;
  x: FitSideDay;
  y: FitSideDay;
}

export interface LawFit {
  law: Law;
  a: number;
  b: number;
  /** Parameters estimated: a, b, and the exponents when the law's are estimated. */
  parameters: number;
  rss: number;
  aic: number;
  /** Each side's strength at the end of every day, integrated with these coefficients. */
  curve: DuelDay[];
}

export interface DuelFitResult {
  law: Law;
  /** Whether the exponents were estimated (general) or given. */
  exponents: 'given' | 'estimated';
  method: FitMethod;
  /** What the method does, in words. */
  estimator: string;
  level: number;
  coefficients: { a: Estimate; b: Estimate; p?: Estimate; q?: Estimate };
  /** How the intervals are computed. */
  intervalMethod: string;
  names: { x: string; y: string };
  start: string;
  /** The sides with a daily series, and the daily losses fitted (one per side and day). */
  observed: Side[];
  observations: number;
  rss: number;
  aic: number;
  initial: { x: number; y: number };
  /** Each side's troops at the end of the last day, as duel's sides' `final`; null: not known. */
  final: { x: number | null; y: number | null };
  reinforcements: { x: Reinforcement[]; y: Reinforcement[] };
  /** Both estimators for the same law where both apply: how far apart they are. */
  estimators: { method: FitMethod; a: number; b: number }[];
  /** Each law fitted by least squares on the daily losses, compared by AIC. */
  comparison: { criterion: string; best: Law['name']; laws: LawFit[] };
  /** Each side's strength at the end of every day, integrated with the fitted coefficients. */
  curve: DuelDay[];
  days: FitDay[];
  notes: string[];
}

export const FIT_CRITERION =
  'AIC = n·ln(RSS/n) + 2k over the daily losses of the sides with a series, each law fitted by least squares ' +
  '(k = 2 for a and b, 4 with the exponents); the lowest is best, and a difference under 2 is no real evidence';

export const INTERVALS =
  'estimate ± t(n − k) standard errors from the curvature of the daily losses’ sum of squares at the estimate ' +
  '(Gauss–Newton), taking the days’ errors as independent: too narrow when they are correlated';

const ESTIMATORS: Record<FitMethod, string> = {
  sums:
    "Engel's ratio of sums: each coefficient is the side's total losses over the sum of the day's starting " +
    'strengths that drive them (own^p · enemy^q); a side without a daily series is reconstructed day by day ' +
    'from its start, and its coefficient is the one that brings it to its end strength',
  'least-squares':
    'least squares on the daily losses: each day’s losses against the coefficient times the day’s starting ' +
    'strengths that drive them; a side without a daily series is reconstructed day by day from its start',
};

/** The fewest days a fit takes. */
export const MIN_FIT_DAYS = 3;

interface SideSeries {
  observed: boolean;
  /** Troops at the start of day 1 before arrivals. */
  initial: number;
  added: number[];
  /** Observed: losses of each day, strength at the start of each day (after arrivals) and at its end. */
  loss: number[];
  startOf: number[];
  endOf: number[];
  end: number | null;
}

interface Data {
  n: number;
  start: Day;
  x: SideSeries;
  y: SideSeries;
  notes: string[];
}

type Column = 'Losses' | 'Strength' | 'Added';
const value = (day: DuelSeriesDay, side: Side, column: Column): number | undefined =>
  day[`${side}${column}` as keyof DuelSeriesDay] as number | undefined;

function sideSeries(input: DuelFitInput, side: Side, notes: string[], name: string): SideSeries {
  const days = input.days;
  const n = days.length;
  const initialGiven = side === 'x' ? input.x0 : input.y0;
  const endGiven = side === 'x' ? input.xEnd : input.yEnd;
  for (const [field, given] of [
    [`${side}0`, initialGiven],
    [`${side}End`, endGiven],
  ] as const) {
    if (given !== undefined && !(Number.isFinite(given) && given >= 0)) {
      throw new DuelError(field, 'must be a number of troops, 0 or more');
    }
  }
  const added = days.map((d, i) => {
    const v = value(d, side, 'Added') ?? 0;
    if (!(Number.isFinite(v) && v >= 0)) throw new DuelError(`${side}Added`, `is not 0 or more on day ${i + 1}`);
    return v;
  });
  const has = (column: Column) => days.filter((d) => value(d, side, column) !== undefined).length;
  const losses = has('Losses');
  const strengths = has('Strength');
  if (losses > 0 && strengths > 0) {
    throw new DuelError(`${side}Losses`, `and ${side}Strength both describe one side; give one of them`);
  }
  const column: Column | null = losses > 0 ? 'Losses' : strengths > 0 ? 'Strength' : null;
  const initial = initialGiven ?? 0;
  if (column === null) {
    return { observed: false, initial, added, loss: [], startOf: [], endOf: [], end: endGiven ?? null };
  }
  if (has(column) < n) throw new DuelError(`${side}${column}`, 'has days without a figure; give every day one');
  const loss: number[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  let before = initial;
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    const figure = value(days[i]!, side, column)!;
    if (!Number.isFinite(figure) || figure < 0) {
      throw new DuelError(`${side}${column}`, `is not 0 or more on ${days[i]!.date}`);
    }
    const opening = before + added[i]!;
    const closing = column === 'Losses' ? opening - (figure - cumulative) : figure;
    const lost = opening - closing;
    if (column === 'Losses' && figure < cumulative) {
      notes.push(
        `the cumulative losses of ${name} fall on ${days[i]!.date} (${formatNumber(cumulative)} → ` +
          `${formatNumber(figure)}): taken as given, a day of ${formatNumber(lost)} losses`,
      );
    }
    if (column === 'Losses') cumulative = figure;
    startOf.push(opening);
    endOf.push(closing);
    loss.push(lost);
    before = closing;
  }
  if (initialGiven === undefined && column === 'Strength') {
    throw new DuelError(`${side}0`, `is needed with a strength series: the troops at the start of ${days[0]!.date}`);
  }
  return { observed: true, initial, added, loss, startOf, endOf, end: endOf[n - 1]! };
}

function prepareData(input: DuelFitInput): Data {
  const n = input.days.length;
  if (n < MIN_FIT_DAYS) {
    throw new DuelError('days', `has ${n} day${n === 1 ? '' : 's'}; a fit needs at least ${MIN_FIT_DAYS}`);
  }
  const first = parseDay(input.days[0]!.date);
  if (!first.ok) throw new DuelError('date', `${echo(input.days[0]!.date)} ${first.problem}`);
  input.days.forEach((d, i) => {
    const day = parseDay(d.date);
    if (!day.ok) throw new DuelError('date', `${echo(d.date)} ${day.problem}`);
    if (day.value !== first.value + i) {
      throw new DuelError('date', `${echo(d.date)} is not the day after ${isoDate(first.value + i - 1)}`);
    }
  });
  const names = input.names ?? { x: 'x', y: 'y' };
  const notes: string[] = [];
  const x = sideSeries(input, 'x', notes, names.x);
  const y = sideSeries(input, 'y', notes, names.y);
  if (!x.observed && !y.observed) {
    throw new DuelError(null, "needs a daily series of one side's losses or strength at least");
  }
  for (const [side, s] of [
    ['x', x],
    ['y', y],
  ] as const) {
    if (!s.observed && s.initial + (s.added[0] ?? 0) <= 0) {
      throw new DuelError(`${side}0`, `is needed: ${names[side]} has no daily series, so it starts from its troops`);
    }
  }
  return { n, start: first.value, x, y, notes };
}

interface Params {
  law: Law;
  a: number;
  b: number;
}

interface Prediction {
  /** Strength at the start of each day (observed or reconstructed) and the losses the law gives. */
  x: { startOf: number[]; loss: number[] };
  y: { startOf: number[]; loss: number[] };
  /** A reconstructed side's strength at the end of the last day. */
  end: { x: number; y: number };
}

/** Each day's losses by the law from the day's opening strengths; a side without a series is stepped day by day. */
function predict(data: Data, { law, a, b }: Params): Prediction {
  const out: Prediction = { x: { startOf: [], loss: [] }, y: { startOf: [], loss: [] }, end: { x: 0, y: 0 } };
  let rx = data.x.initial;
  let ry = data.y.initial;
  for (let i = 0; i < data.n; i++) {
    rx += data.x.added[i]!;
    ry += data.y.added[i]!;
    const sx = data.x.observed ? data.x.startOf[i]! : rx;
    const sy = data.y.observed ? data.y.startOf[i]! : ry;
    const lx = lossRate(law, a, sx, sy);
    const ly = lossRate(law, b, sy, sx);
    out.x.startOf.push(sx);
    out.y.startOf.push(sy);
    out.x.loss.push(lx);
    out.y.loss.push(ly);
    rx = Math.max(0, rx - lx);
    ry = Math.max(0, ry - ly);
  }
  out.end = { x: rx, y: ry };
  return out;
}

function rssOf(data: Data, p: Prediction): number {
  let rss = 0;
  for (const side of ['x', 'y'] as const) {
    if (!data[side].observed) continue;
    for (let i = 0; i < data.n; i++) rss += (data[side].loss[i]! - p[side].loss[i]!) ** 2;
  }
  return rss;
}

const sum = (values: readonly number[]): number => values.reduce((t, v) => t + v, 0);

/** An observed side's coefficient from its losses and what drives them: ratio of sums, or least squares through 0. */
function closedForm(method: FitMethod, loss: readonly number[], drive: readonly number[]): number {
  if (method === 'sums') {
    const total = sum(drive);
    return total > 0 ? Math.max(0, sum(loss) / total) : 0;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < loss.length; i++) {
    sxy += loss[i]! * drive[i]!;
    sxx += drive[i]! ** 2;
  }
  return sxx > 0 ? Math.max(0, sxy / sxx) : 0;
}

/** The coefficients for a law with fixed exponents, by one method. */
function fitLaw(data: Data, law: Law, method: FitMethod, around?: number): Params {
  const hidden: Side | null = !data.x.observed ? 'x' : !data.y.observed ? 'y' : null;
  const withHidden = (c: number): Params => {
    // The observed sides' coefficients follow in closed form from the strengths the hidden one's gives.
    const trial: Params = { law, a: hidden === 'x' ? c : 0, b: hidden === 'y' ? c : 0 };
    const unit = predict(data, { law, a: hidden === 'x' ? c : 1, b: hidden === 'y' ? c : 1 });
    if (data.x.observed) trial.a = closedForm(method, data.x.loss, unit.x.loss);
    if (data.y.observed) trial.b = closedForm(method, data.y.loss, unit.y.loss);
    return trial;
  };
  if (hidden === null) return withHidden(0);
  const series = data[hidden];
  if (method === 'sums') {
    if (series.end === null) {
      throw new DuelError(`${hidden}End`, 'is needed for the ratio of sums: the troops left at the end of the series');
    }
    return withHidden(coefficientReaching(data, law, hidden, series.end));
  }
  const objective = (logC: number) => profileRss(data, law, hidden, Math.exp(logC));
  // A search near an earlier answer (the general law's exponents moving a little) looks only nearby.
  const centre = Math.log(around ?? naturalScale(data, law, hidden));
  const reach = around === undefined ? 9 : 1;
  return withHidden(Math.exp(minimise1d(objective, centre - reach, centre + reach, around === undefined ? 61 : 9)));
}

/**
 * The least-squares sum of squares with the hidden side's coefficient c and the observed side's in
 * closed form, in one pass without allocating: what the searches evaluate thousands of times.
 */

function profileRss(data: Data, law: Law, hidden: Side, c: number): number {
  const seen = hidden === 'x' ? data.y : data.x;
  const other = data[hidden];
  let r = other.initial;
  let sll = 0;
  let slg = 0;
  let sgg = 0;
  for (let i = 0; i < data.n; i++) {
    r += other.added[i]!;
    const s = seen.startOf[i]!;
    const g = lossRate(law, 1, s, r);
    const l = seen.loss[i]!;
    sll += l * l;
    slg += l * g;
    sgg += g * g;
    r = Math.max(0, r - lossRate(law, c, r, s));
  }
  const coefficient = sgg > 0 ? Math.max(0, slg / sgg) : 0;
  return sll - 2 * coefficient * slg + coefficient * coefficient * sgg;
}

/** A coefficient that would remove the hidden side's troops over the series if they held: a scale to search around. */
function naturalScale(data: Data, law: Law, hidden: Side): number {
  const other = hidden === 'x' ? data.y : data.x;
  const own = data[hidden].initial + data[hidden].added[0]!;
  const total = data[hidden].initial + sum(data[hidden].added);
  // With a unit coefficient, the hidden side's loss on day 1; the series' length spreads the total over the days.
  const enemy = other.observed ? other.startOf[0]! : other.initial + other.added[0]!;
  const first = lossRate(law, 1, own, enemy) || 1;
  return total / (first * data.n);
}

/** The hidden side's troops after the last day with coefficient c, stepped as predict steps it, without allocating. */
function hiddenEnd(data: Data, law: Law, hidden: Side, c: number): number {
  const seen = hidden === 'x' ? data.y : data.x;
  const other = data[hidden];
  let r = other.initial;
  for (let i = 0; i < data.n; i++) {
    r += other.added[i]!;
    r = Math.max(0, r - lossRate(law, c, r, seen.startOf[i]!));
  }
  return r;
}

/** The hidden side's coefficient leaving it `end` troops after the last day (bisection: the end falls as it grows). */
function coefficientReaching(data: Data, law: Law, hidden: Side, end: number): number {
  const at = (c: number) => hiddenEnd(data, law, hidden, c);
  if (at(0) <= end) return 0;
  let high = naturalScale(data, law, hidden);
  for (let i = 0; i < 200 && at(high) > end; i++) high *= 2;
  if (at(high) > end) throw new DuelError(`${hidden}End`, 'cannot be reached under this law by any coefficient');
  let low = 0;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (at(mid) > end) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The minimum of f on [low, high]: a grid of points, then golden-section search around the best. */
function minimise1d(f: (t: number) => number, low: number, high: number, points: number): number {
  const step = (high - low) / (points - 1);
  let best = low;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points; i++) {
    const t = low + i * step;
    const v = f(t);
    if (v < bestValue) {
      bestValue = v;
      best = t;
    }
  }
  let l = best - step;
  let h = best + step;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = h - g * (h - l);
  let d = l + g * (h - l);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 80 && h - l > 1e-6; i++) {
    if (fc < fd) {
      h = d;
      d = c;
      fd = fc;
      c = h - g * (h - l);
      fc = f(c);
    } else {
      l = c;
      c = d;
      fc = fd;
      d = l + g * (h - l);
      fd = f(d);
    }
  }
  const t = (l + h) / 2;
  return f(t) <= bestValue ? t : best;
}

/**
 * The general law: exponents and coefficients by least squares. Nelder–Mead over the exponents and, for a
 * side without a series, its coefficient as a multiple of the scale those exponents give it (so the
 * search need not follow the coefficient across orders of magnitude); the observed sides' coefficients
 * follow in closed form. It starts from the square and linear laws.
 */
function fitGeneral(data: Data): Params {
  const hidden: Side | null = !data.x.observed ? 'x' : !data.y.observed ? 'y' : null;
  const lawAt = (p: number, q: number): Law => ({ name: 'general', p: clampExponent(p), q: clampExponent(q) });
  const outside = (p: number, q: number) => (p - clampExponent(p)) ** 2 + (q - clampExponent(q)) ** 2;
  const coefficient = (law: Law, u: number) => (hidden === null ? 0 : naturalScale(data, law, hidden) * Math.exp(u));
  const objective = (v: readonly number[]): number => {
    const law = lawAt(v[0]!, v[1]!);
    const rss =
      hidden === null
        ? rssOf(data, predict(data, fitLaw(data, law, 'least-squares')))
        : profileRss(data, law, hidden, coefficient(law, v[2]!));
    return rss * (1 + outside(v[0]!, v[1]!));
  };
  const start = [SQUARE, LINEAR].map((law) => {
    const fitted = fitLaw(data, law, 'least-squares');
    const c = hidden === 'x' ? fitted.a : fitted.b;
    return [law.p, law.q, hidden === null || !(c > 0) ? 0 : Math.log(c / naturalScale(data, law, hidden))];
  });
  const [square, linear] = start as [number[], number[]];
  const simplex =
    hidden === null
      ? [square.slice(0, 2), linear.slice(0, 2), [0.5, 0.5]]
      : [square, linear, [0.5, 0.5, (square[2]! + linear[2]!) / 2], [0, 1.5, square[2]! - 0.5]];
  const best = nelderMead(objective, simplex, 400, 1e-4);
  const law = lawAt(best[0]!, best[1]!);
  if (hidden === null) return fitLaw(data, law, 'least-squares');
  return fitLaw(data, law, 'least-squares', coefficient(law, best[2]!));
}

const clampExponent = (e: number): number => Math.min(MAX_EXPONENT, Math.max(0, e));

/** The minimum of f by the Nelder–Mead simplex method from the given simplex, until the simplex is below `size`. */
function nelderMead(
  f: (v: readonly number[]) => number,
  start: number[][],
  iterations: number,
  size: number,
): number[] {
  let points = start.map((v) => ({ v, value: f(v) }));
  const n = start[0]!.length;
  const at = (from: readonly number[], towards: readonly number[], t: number) =>
    from.map((c, i) => c + t * (towards[i]! - c));
  for (let k = 0; k < iterations; k++) {
    points.sort((p, q) => p.value - q.value);
    const best = points[0]!;
    const worst = points[n]!;
    const spread = Math.max(...points.map((p) => Math.max(...p.v.map((c, i) => Math.abs(c - best.v[i]!)))));
    if (spread < size) break;
    const centre = Array.from({ length: n }, (_, i) => points.slice(0, n).reduce((t, p) => t + p.v[i]!, 0) / n);
    const reflected = at(centre, worst.v, -1);
    const r = f(reflected);
    if (r < best.value) {
      const expanded = at(centre, worst.v, -2);
      const e = f(expanded);
      points[n] = e < r ? { v: expanded, value: e } : { v: reflected, value: r };
    } else if (r < points[n - 1]!.value) {
      points[n] = { v: reflected, value: r };
    } else {
      const contracted = at(centre, worst.v, 0.5);
      const c = f(contracted);
      if (c < worst.value) points[n] = { v: contracted, value: c };
      else points = points.map((p, i) => (i === 0 ? p : { v: at(best.v, p.v, 0.5), value: f(at(best.v, p.v, 0.5)) }));
    }
  }
  points.sort((p, q) => p.value - q.value);
  return points[0]!.v;
}

/** Standard errors from the Gauss–Newton approximation: s²·(JᵀJ)⁻¹, J by central differences. */
function standardErrors(data: Data, params: Params, estimated: boolean, n: number, rss: number): (number | null)[] {
  const names = estimated ? (['a', 'b', 'p', 'q'] as const) : (['a', 'b'] as const);
  const residualsAt = (shift: Record<string, number>): number[] => {
    const law = estimated
      ? { ...params.law, p: params.law.p + (shift.p ?? 0), q: params.law.q + (shift.q ?? 0) }
      : params.law;
    const p = predict(data, { law, a: params.a + (shift.a ?? 0), b: params.b + (shift.b ?? 0) });
    const out: number[] = [];
    for (const side of ['x', 'y'] as const) if (data[side].observed) out.push(...p[side].loss);
    return out;
  };
  const columns = names.map((name) => {
    const base = name === 'a' ? params.a : name === 'b' ? params.b : name === 'p' ? params.law.p : params.law.q;
    const h = name === 'a' || name === 'b' ? Math.max(Math.abs(base) * 1e-5, 1e-12) : 1e-5;
    const up = residualsAt({ [name]: h });
    const down = residualsAt({ [name]: -h });
    return up.map((u, i) => (u - down[i]!) / (2 * h));
  });
  const k = names.length;
  const df = n - k;
  if (df <= 0) return names.map(() => null);
  const jtj = columns.map((ci) => columns.map((cj) => ci.reduce((t, v, i) => t + v * cj[i]!, 0)));
  const inverse = invert(jtj);
  if (inverse === null) return names.map(() => null);
  const s2 = rss / df;
  return inverse.map((row, i) => {
    const v = row[i]! * s2;
    return v >= 0 && Number.isFinite(v) ? Math.sqrt(v) : null;
  });
}

/** The inverse of a small symmetric matrix by Gauss–Jordan elimination with pivoting; null when singular. */
function invert(m: number[][]): number[][] | null {
  const k = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    const scale = Math.abs(a[pivot]![c]!);
    if (!(scale > 1e-300)) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const div = a[c]![c]!;
    a[c] = a[c]!.map((v) => v / div);
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      if (f !== 0) a[r] = a[r]!.map((v, j) => v - f * a[c]![j]!);
    }
  }
  return a.map((row) => row.slice(k));
}

const aicOf = (n: number, rss: number, k: number): number => n * Math.log(Math.max(rss, 1e-300) / n) + 2 * k;

function reinforcementsOf(data: Data, side: Side): Reinforcement[] {
  return data[side].added.flatMap((troops, i) =>
    i > 0 && troops > 0 ? [{ on: isoDate(data.start + i), troops }] : [],
  );
}

/** The law integrated with fitted coefficients from the series' start, its troops and reinforcements. */
function curveOf(data: Data, params: Params): DuelDay[] {
  const x = data.x.initial + data.x.added[0]!;
  const y = data.y.initial + data.y.added[0]!;
  if (!(x > 0 && y > 0)) return [];
  return duelDays({
    x,
    y,
    a: params.a,
    b: params.b,
    law: params.law,
    start: isoDate(data.start),
    days: data.n,
    reinforcements: { x: reinforcementsOf(data, 'x'), y: reinforcementsOf(data, 'y') },
  });
}

function readLaw(law: DuelFitInput['law']): Law | 'general' {
  if (law === undefined) return SQUARE;
  if (typeof law !== 'string') return law;
  if (law.trim().toLowerCase() === 'general') return 'general';
  const parsed = parseLaw(law);
  if (!parsed.ok) {
    throw new DuelError('law', parsed.problem.replace('square, linear, or', 'square, linear, general, or'));
  }
  return parsed.value;
}

/**
 * Fits a Lanchester law to a battle's daily series: the coefficients with intervals, the fit day by
 * day, and the laws compared by AIC. One side's series is enough: the other is reconstructed from
 * its troops at the start. Engel's 1954 method for Iwo Jima is the ratio of sums (method sums).
 */
export function duelFit(input: DuelFitInput): DuelFitResult {
  const data = prepareData(input);
  const law = readLaw(input.law);
  const level = input.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new DuelError('level', 'is outside (0, 100 %)');
  const hidden: Side | null = !data.x.observed ? 'x' : !data.y.observed ? 'y' : null;
  const sumsPossible = hidden === null || data[hidden].end !== null;
  if (input.method !== undefined && input.method !== 'sums' && input.method !== 'least-squares') {
    throw new DuelError('method', 'is not a method; expected sums or least-squares');
  }
  if (input.method === 'sums' && law === 'general') {
    throw new DuelError('method', 'needs the exponents given: --law P,Q, or least-squares to estimate them');
  }
  const method: FitMethod = input.method ?? (law !== 'general' && sumsPossible ? 'sums' : 'least-squares');
  const observed = (['x', 'y'] as const).filter((s) => data[s].observed);
  const n = observed.length * data.n;

  const comparison: LawFit[] = [SQUARE, LINEAR, 'general' as const].map((l) => {
    const params = l === 'general' ? fitGeneral(data) : fitLaw(data, l, 'least-squares');
    const rss = rssOf(data, predict(data, params));
    const parameters = l === 'general' ? 4 : 2;
    return {
      law: params.law,
      a: params.a,
      b: params.b,
      parameters,
      rss,
      aic: aicOf(n, rss, parameters),
      curve: curveOf(data, params),
    };
  });
  const best = comparison.reduce((p, q) => (q.aic < p.aic ? q : p));

  const estimated = law === 'general';
  const params = estimated ? { ...comparison[2]! } : fitLaw(data, law, method);
  const prediction = predict(data, params);
  const rss = rssOf(data, prediction);
  const k = estimated ? 4 : 2;
  const errors = standardErrors(data, params, estimated, n, rss);
  const t = n - k > 0 ? studentTQuantile((1 + level) / 2, n - k) : null;
  const estimate = (v: number, se: number | null): Estimate => ({
    value: v,
    low: se === null || t === null ? null : v - t * se,
    high: se === null || t === null ? null : v + t * se,
    standardError: se,
  });
  const coefficients: DuelFitResult['coefficients'] = {
    a: estimate(params.a, errors[0]!),
    b: estimate(params.b, errors[1]!),
    ...(estimated && { p: estimate(params.law.p, errors[2]!), q: estimate(params.law.q, errors[3]!) }),
  };
  const estimators = estimated
    ? []
    : (['sums', 'least-squares'] as const)
        .filter((m) => m !== 'sums' || sumsPossible)
        .map((m) => {
          const fitted = m === method ? params : fitLaw(data, law, m);
          return { method: m, a: fitted.a, b: fitted.b };
        });
  const curve = curveOf(data, params);
  const days: FitDay[] = [];
  for (let i = 0; i < data.n; i++) {
    const sideDay = (side: Side): FitSideDay => {
      const s = data[side];
      const fittedLoss = prediction[side].loss[i]!;
      const point = curve[i];
      return {
        strength: s.observed ? s.endOf[i]! : null,
        fitted: point === undefined ? null : point[side],
        loss: s.observed ? s.loss[i]! : null,
        fittedLoss,
        error: s.observed ? fittedLoss - s.loss[i]! : null,
      };
    };
    days.push({ day: i + 1, date: isoDate(data.start + i), x: sideDay('x'), y: sideDay('y') });
  }
  return {
    law: params.law,
    exponents: estimated ? 'estimated' : 'given',
    method,
    estimator: ESTIMATORS[method],
    level,
    coefficients,
    intervalMethod: INTERVALS,
    names: input.names ?? { x: 'x', y: 'y' },
    start: isoDate(data.start),
    observed,
    observations: n,
    rss,
    aic: aicOf(n, rss, k),
    initial: { x: data.x.initial + data.x.added[0]!, y: data.y.initial + data.y.added[0]! },
    final: { x: data.x.end, y: data.y.end },
    reinforcements: { x: reinforcementsOf(data, 'x'), y: reinforcementsOf(data, 'y') },
    estimators,
    comparison: { criterion: FIT_CRITERION, best: best.law.name, laws: comparison },
    curve,
    days,
    notes: data.notes,
  };
}
