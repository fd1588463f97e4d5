import type { Day } from '../dates.js';
import type { Range } from '../figures/range.js';
import { fieldName, wordWith, type Wording } from '../wording.js';
import type { Point, ScenarioOptions } from './types.js';
import type { SteppedProjector } from './scenario.js';

export const DISTRIBUTIONS = ['uniform', 'triangular'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export const MAX_SAMPLES = 10_000_000;
/**
 * The fewest scenarios the 5th and 95th percentiles can stand on: one in 20 beyond each. With fewer,
 * each is simply the lowest or highest draw and the 90 % interval means nothing.
 */
export const MIN_SAMPLES = 20;
export const SAMPLES_RULE = 'give 20 to 10,000,000 for the 5th and 95th percentiles';

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
  afterBy?: { date: string; past: number };
  /**
   * Share of scenarios whose threshold was already reached by the as-of date (named apart from
   * project's `reached`, a yes or no; schema version 1 of the Monte Carlo document called it `reached`).
   */
  reachedShare: number;
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
  static readonly code = 'ATTRITION_MONTE_CARLO';
  readonly code = MonteCarloError.code;
  /** The problem in the core's words, naming other inputs by their field names. */
  readonly problem: string;

  constructor(
    readonly field: keyof MonteCarloInput,
    private readonly wording: Wording,
  ) {
    const problem = wordWith(wording, fieldName);
    super(`${field} ${problem}`);
    this.name = 'MonteCarloError';
    this.problem = problem;
  }

  /** The problem with other inputs named by `name`, such as the flags a command reads. */
  problemNaming(name: (field: string) => string): string {
    return wordWith(this.wording, name);
  }
}
