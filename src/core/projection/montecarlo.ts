import { fuzzyLabel, isoDate, LAST_DAY, type Day } from '../dates.js';
import { parseDay } from '../parse/index.js';
import { type Range } from '../figures/range.js';
import { daysToReach, lossesAt, project, ProjectionError, reachDay, type Point } from './project.js';
import { seededUniform, type Uniform } from './random.js';
import { pickScenarioOptions, SteppedProjector, usesScenario, type ScenarioOptions } from './scenario.js';

export const DISTRIBUTIONS = ['uniform', 'triangular'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export const MAX_SAMPLES = 10_000_000;

/**
 * Dates as ISO strings, as in ProjectInput; a range is drawn from, a single value is held. The
 * scenario options (phases, reinforcements, …) are the same for every draw; with any of them each
 * draw is stepped day by day, as project does.
 */
export interface MonteCarloInput extends ScenarioOptions {
  force: number | Range;
  rate: number | Range;
  start: string | { low: string; high: string };
  threshold?: number;
  casualties?: number | Range;
  asOf?: string;
  samples: number;
  /** uniform over each range (the default), or triangular with the mode at its middle. */
  dist?: Distribution;
  /** Reports the share of scenarios whose date falls after this day. */
  by?: string;
}

/** Percentile dates; null where the scenario at that rank is not lost within the simulation's horizon. */
export interface Quantiles {
  p5: string | null;
  p50: string | null;
  p95: string | null;
}

export interface HistogramBin {
  /** First and last day of the bin (whole weeks from the earliest sampled date). */
  from: string;
  to: string;
  count: number;
  share: number;
}

export interface MonteCarloResult {
  samples: number;
  seed?: number;
  dist: Distribution;
  threshold: number;
  /** 5th, 50th and 95th percentile dates (nearest rank: each is a sampled date). */
  quantiles: Quantiles;
  labels: Quantiles;
  /**
   * The bounds project gives for the same ranges: no sampled date falls outside them. Null (in a
   * stepped run) when that end of the ranges is not lost within the horizon.
   */
  earliest: Point | null;
  latest: Point | null;
  /** The share of scenarios whose date falls after `by`. */
  by?: { date: string; past: number };
  /** Share of scenarios whose threshold was already reached by the as-of date. */
  reached: number;
  /** Scenarios by week from the earliest sampled date; weeks are merged so that there are at most 16 bins. */
  histogram: HistogramBin[];
  weeksPerBin: number;
  /**
   * Stepped runs only: the last day simulated for the earliest start. Every scenario not lost
   * within its horizon is not lost by this day; it counts as lost after it (+∞) in the percentiles.
   */
  horizonEnd?: string;
  /** Stepped runs only: the share of scenarios not lost within the horizon. */
  unreached?: number;
  /** With `on`: percentiles of the strength at the end of that day (nearest rank). */
  strengthOn?: { date: string; p5: number; p50: number; p95: number };
}

const MAX_BINS = 16;

/** A plan fixed from the input: the checks done once, numbers ready for the loop. */
export interface MonteCarloPlan {
  input: MonteCarloInput;
  threshold: number;
  dist: Distribution;
  force: Range;
  rate: Range;
  start: Range;
  casualties: Range | null;
  asOf: Day | undefined;
  by: Day | undefined;
  earliest: Point | null;
  latest: Point | null;
  /** No sampled day falls before the first or after the last, except UNREACHED. */
  earliestDay: Day;
  latestDay: Day;
  /** The day-by-day projector when scenario options are given; null for the closed form. */
  stepped: SteppedProjector | null;
  /** Stepped runs: the last day simulated for the earliest start. */
  horizonEnd: Day | undefined;
  on: Day | undefined;
}

/** A sampled scenario not lost within its horizon: after every day, so it sorts last (+∞). */
export const UNREACHED: Day = 0x7fffffff;

/** An input a Monte Carlo run cannot use; `problem` follows the field and its value. */
export class MonteCarloError extends Error {
  constructor(
    readonly field: keyof MonteCarloInput,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'MonteCarloError';
  }
}

const asRange = (value: number | Range): Range => (typeof value === 'number' ? { low: value, high: value } : value);

function dayOf(field: 'start' | 'asOf' | 'by' | 'on', text: string): Day {
  const parsed = parseDay(text);
  if (!parsed.ok) throw new MonteCarloError(field, parsed.problem);
  return parsed.value;
}

/**
 * Checks the input with project's own rules (at the latest start and the most casualties), and
 * works out the earliest and latest dates any scenario can give. Throws ProjectionError.
 */
export function planMonteCarlo(input: MonteCarloInput): MonteCarloPlan {
  const threshold = input.threshold ?? 1;
  const startText = typeof input.start === 'string' ? { low: input.start, high: input.start } : input.start;
  const start = { low: dayOf('start', startText.low), high: dayOf('start', startText.high) };
  if (start.low > start.high) throw new MonteCarloError('start', 'has its first date after its last; write the range as FIRST..LAST');
  const casualties = input.casualties === undefined ? null : asRange(input.casualties);
  if (casualties !== null && casualties.low > casualties.high) throw new MonteCarloError('casualties', 'has its low end above its high end');
  const options = scenarioOptionsOf(input);
  const checkAt = (first: Day) =>
    project({
      force: input.force,
      rate: input.rate,
      start: isoDate(first),
      threshold,
      ...(casualties !== null && { casualties: casualties.high }),
      ...(input.asOf !== undefined && { asOf: input.asOf }),
      ...options,
    });
  checkAt(start.high);
  // A stepped run's horizon is shortest for the earliest start: the as-of date must fall within it.
  if (options !== null && start.low !== start.high) checkAt(start.low);
  const asOf = input.asOf === undefined ? undefined : dayOf('asOf', input.asOf);
  const force = asRange(input.force);
  const rate = asRange(input.rate);
  const by = input.by === undefined ? undefined : dayOf('by', input.by);
  const common = { input, threshold, dist: input.dist ?? 'uniform', force, rate, start, casualties, asOf, by } as const;
  if (options !== null) return planStepped(common, options);
  const bound = (f: number, r: number, s: Day, c: number) => {
    const days = daysToReach(lossesAt(f, threshold), r, asOf === undefined ? 0 : c);
    const day = reachDay(days, s, asOf);
    if (!(day <= LAST_DAY)) {
      throw new ProjectionError('rate', 'puts the latest projected date after 9999-12-31; the calendar ends there');
    }
    return { day, point: { date: isoDate(day), days, label: fuzzyLabel(day) } };
  };
  const earliest = bound(force.low, rate.high, start.low, casualties?.high ?? 0);
  const latest = bound(force.high, rate.low, start.high, casualties?.low ?? 0);
  return {
    ...common,
    earliest: earliest.point,
    latest: latest.point,
    earliestDay: earliest.day,
    latestDay: latest.day,
    stepped: null,
    horizonEnd: undefined,
    on: undefined,
  };
}

/** The scenario options of the input when it asks for a scenario model; null for the closed form. */
function scenarioOptionsOf(input: MonteCarloInput): ScenarioOptions | null {
  const options = pickScenarioOptions(input);
  return usesScenario(options) ? options : null;
}

type CommonPlan = Pick<MonteCarloPlan, 'input' | 'threshold' | 'dist' | 'force' | 'rate' | 'start' | 'casualties' | 'asOf' | 'by'>;

/**
 * A stepped plan: the bounds are the corners of the ranges projected day by day; sampled days lie
 * between the earliest start and the last day simulated for the latest start, or are UNREACHED.
 */
function planStepped(common: CommonPlan, options: ScenarioOptions): MonteCarloPlan {
  const { force, rate, start, casualties, asOf, threshold, by } = common;
  const stepped = new SteppedProjector(options, threshold);
  const horizonEnd = stepped.horizonEnd(start.low);
  if (by !== undefined && by > horizonEnd) {
    throw new MonteCarloError('by', `is after the end of the simulation on ${isoDate(horizonEnd)}; set a longer --horizon to look that far`);
  }
  const bound = (f: number, r: number, s: Day, c: number): Point | null => {
    const run = stepped.project({ force: f, rate: r, start: s, threshold, ...(asOf !== undefined && { casualties: c, asOf }) });
    return Number.isNaN(run.days) ? null : { date: isoDate(run.day), days: run.days, label: fuzzyLabel(run.day) };
  };
  return {
    ...common,
    earliest: bound(force.low, rate.high, start.low, casualties?.high ?? 0),
    latest: bound(force.high, rate.low, start.high, casualties?.low ?? 0),
    earliestDay: start.low,
    latestDay: stepped.horizonEnd(start.high),
    stepped,
    horizonEnd,
    on: options.on === undefined ? undefined : dayOf('on', options.on),
  };
}

/** Draws from [low, high]: uniformly, or triangular with the mode at the middle. */
function drawer(range: Range, dist: Distribution, uniform: Uniform): () => number {
  const { low, high } = range;
  const width = high - low;
  if (width === 0) return () => low;
  if (dist === 'uniform') return () => low + width * uniform();
  return () => {
    const u = uniform();
    const x = low + width * (u < 0.5 ? Math.sqrt(u / 2) : 1 - Math.sqrt((1 - u) / 2));
    return x > high ? high : x;
  };
}

/**
 * Fills days[from, to) with the projected day of one drawn scenario each, using project's own
 * arithmetic. Draws are taken in a fixed order (force, rate, start, casualties; only for ranges),
 * so a seed gives the same days whatever the batch sizes.
 */
export function sampleDays(
  plan: MonteCarloPlan,
  uniform: Uniform,
  days: Int32Array,
  from: number,
  to: number,
  strengths?: Float64Array,
): void {
  const force = drawer(plan.force, plan.dist, uniform);
  const rate = drawer(plan.rate, plan.dist, uniform);
  // A start day is drawn from [first, last + 1) and rounded down, so each day gets its whole share.
  const startSpan = plan.start.low === plan.start.high ? plan.start : { low: plan.start.low, high: plan.start.high + 1 };
  const start = drawer(startSpan, plan.dist, uniform);
  const casualties = plan.casualties === null ? () => 0 : drawer(plan.casualties, plan.dist, uniform);
  const { threshold, asOf } = plan;
  const lastStart = plan.start.high;
  const counted = asOf !== undefined;
  if (plan.stepped !== null) {
    const stepped = plan.stepped;
    for (let i = from; i < to; i++) {
      const f = force();
      const r = rate();
      const s = Math.min(Math.floor(start()), lastStart);
      const c = casualties();
      stepped.project({ force: f, rate: r, start: s, threshold, ...(counted && { casualties: c, asOf }) });
      days[i] = Number.isNaN(stepped.days) ? UNREACHED : stepped.day;
      if (strengths !== undefined) strengths[i] = stepped.strengthOn;
    }
    return;
  }
  for (let i = from; i < to; i++) {
    const f = force();
    const r = rate();
    const s = Math.min(Math.floor(start()), lastStart);
    const c = casualties();
    days[i] = reachDay(daysToReach(lossesAt(f, threshold), r, counted ? c : 0), s, asOf);
  }
}

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

/** Percentiles, the share past `by`, the reached share and the weekly histogram of sorted days. */
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
    reached: plan.asOf === undefined ? 0 : upperBound(sorted, plan.asOf) / n,
    ...histogram(sorted.subarray(0, reachedCount), n),
  };
  if (plan.by !== undefined) result.by = { date: isoDate(plan.by), past: (n - upperBound(sorted, plan.by)) / n };
  if (plan.horizonEnd !== undefined) {
    result.horizonEnd = isoDate(plan.horizonEnd);
    result.unreached = (n - reachedCount) / n;
  }
  if (plan.on !== undefined && strengths !== undefined) {
    strengths.sort();
    result.strengthOn = { date: isoDate(plan.on), p5: strengths[rank(0.05)]!, p50: strengths[rank(0.5)]!, p95: strengths[rank(0.95)]! };
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
    bins.push({ from: isoDate(from), to: isoDate(from + width - 1), count: through - seen, share: (through - seen) / samples });
    seen = through;
  }
  return { histogram: bins, weeksPerBin: width / 7 };
}

/** Draws `input.samples` scenarios with a seeded generator and summarizes them (the library API). */
export function monteCarlo(input: MonteCarloInput & { seed: number }): MonteCarloResult {
  const plan = planMonteCarlo(input);
  const days = new Int32Array(checkedSamples(input.samples));
  const strengths = plan.on === undefined ? undefined : new Float64Array(days.length);
  sampleDays(plan, seededUniform(input.seed), days, 0, days.length, strengths);
  return { ...summarize(plan, sortDays(days, plan), strengths), seed: input.seed };
}

export function checkedSamples(samples: number): number {
  if (!(Number.isInteger(samples) && samples >= 1 && samples <= MAX_SAMPLES)) {
    throw new MonteCarloError('samples', 'must be a whole number from 1 to 10,000,000');
  }
  return samples;
}
