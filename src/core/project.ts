import { fuzzyLabel, isoDate, LAST_DAY, type Day } from './dates.js';
import { parseDay, type Range } from './parse.js';

export interface ProjectInput {
  /** Troops at the start, or an interval of plausible sizes. */
  force: number | Range;
  /** Casualties a day, or an interval. */
  rate: number | Range;
  /** First day of losses, YYYY-MM-DD. */
  start: string;
  /** Share of the force whose loss counts, in (0, 1]. Default 1. */
  threshold?: number;
  /** Casualties counted through the end of `asOf`. */
  casualties?: number;
  asOf?: string;
}

export interface Point {
  date: string;
  /** Unrounded days of losses: from the start, or from the as-of date when casualties are given. */
  days: number;
  label: string;
}

export interface Milestone extends Point {
  /** Share of the force lost. */
  share: number;
  losses: number;
  /** True when casualties counted by the as-of date already reach it: the date is on or before as-of. */
  reached: boolean;
}

export interface ProjectResult extends Point {
  start: string;
  threshold: number;
  /** Losses that count as the threshold: force × threshold. */
  losses: number;
  weeks: number;
  /** The rate as a share of the starting force, per day. */
  dailyShare: number;
  /** Casualties already counted reach the threshold: the date is the as-of date or earlier. */
  reached: boolean;
  milestones: Milestone[];
  earliest?: Point;
  latest?: Point;
}

/**
 * A projection that cannot be made from the figures given. `problem` completes a sentence that
 * starts with the field and its value: "casualties 13000 | is more than the force (12000)".
 */
export class ProjectionError extends Error {
  constructor(
    readonly field: keyof ProjectInput,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'ProjectionError';
  }
}

export const MILESTONE_SHARES = [0.25, 0.5, 0.75, 1] as const;

/** Floating-point noise such as 3599.9999999999995 must not move a date by a day. */
export function snapToWhole(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x)) ? nearest : x;
}

function dayOf(field: 'start' | 'asOf', text: string): Day {
  const parsed = parseDay(text);
  if (!parsed.ok) throw new ProjectionError(field, parsed.problem);
  return parsed.value;
}

const midpoint = (value: number | Range): number =>
  typeof value === 'number' ? value : (value.low + value.high) / 2;

interface Scenario {
  force: number;
  rate: number;
  start: Day;
  threshold: number;
  casualties?: number;
  asOf?: Day;
}

interface Crossing {
  day: Day;
  days: number;
  reached: boolean;
}

/** Losses that count for a force and a threshold share: force × threshold, without float noise. */
export const lossesAt = (force: number, threshold: number): number => snapToWhole(force * threshold);

/**
 * Unrounded days of losses until cumulative losses reach `losses` at `rate` a day, after `counted`
 * casualties already counted (0 without an as-of date); 0 when those already reach it.
 */
export const daysToReach = (losses: number, rate: number, counted: number): number =>
  counted >= losses ? 0 : (losses - counted) / rate;

/**
 * The day during which losses reach the total after `days` days of losses: the start is day 1;
 * with casualties counted through `asOf`, losses go on from the day after it. Allocation-free, so
 * sweeps and Monte Carlo runs call it once per scenario.
 */
export function reachDay(days: number, start: Day, asOf: Day | undefined): Day {
  const wholeDays = Math.ceil(snapToWhole(days));
  return asOf === undefined ? start + wholeDays - 1 : asOf + wholeDays;
}

/** The day during which cumulative losses reach `losses`, refused past the end of the calendar. */
function crossing(s: Scenario, losses: number): Crossing {
  const counted = s.asOf === undefined ? 0 : s.casualties ?? 0;
  const days = daysToReach(losses, s.rate, counted);
  const day = reachDay(days, s.start, s.asOf);
  if (!(day <= LAST_DAY)) {
    throw new ProjectionError(
      'rate',
      `puts the projected date after 9999-12-31 (${formatDays(days)} days of losses); the calendar ends there`,
    );
  }
  return { day, days, reached: s.asOf !== undefined && counted >= losses };
}

const formatDays = (days: number): string => (days < 1e6 ? days.toFixed(1) : days.toExponential(2));

const point = (c: Crossing): Point => ({ date: isoDate(c.day), days: c.days, label: fuzzyLabel(c.day) });

/** Projects the day a force is lost at a constant daily rate. Pure: same input, same result. */
export function project(input: ProjectInput): ProjectResult {
  const threshold = input.threshold ?? 1;
  const start = dayOf('start', input.start);
  const asOf = input.asOf === undefined ? undefined : dayOf('asOf', input.asOf);
  validate(input, threshold, start, asOf);
  const central: Scenario = {
    force: midpoint(input.force),
    rate: midpoint(input.rate),
    start,
    threshold,
    casualties: input.casualties,
    asOf,
  };
  const losses = lossesAt(central.force, threshold);
  const main = crossing(central, losses);
  const result: ProjectResult = {
    start: input.start,
    ...point(main),
    threshold,
    losses,
    weeks: main.days / 7,
    dailyShare: central.rate / central.force,
    reached: main.reached,
    milestones: milestones(central),
  };
  if (typeof input.force !== 'number' || typeof input.rate !== 'number') {
    const bound = (force: number, rate: number): Point =>
      point(crossing({ ...central, force, rate }, lossesAt(force, threshold)));
    result.earliest = bound(low(input.force), high(input.rate));
    result.latest = bound(high(input.force), low(input.rate));
  }
  return result;
}

/** 25, 50, 75 and 100 % of the force; those that would fall after 9999-12-31 are left out. */
function milestones(central: Scenario): Milestone[] {
  const list: Milestone[] = [];
  for (const share of MILESTONE_SHARES) {
    const losses = lossesAt(central.force, share);
    try {
      const c = crossing(central, losses);
      list.push({ share, losses, ...point(c), reached: c.reached });
    } catch (error) {
      if (error instanceof ProjectionError) break;
      throw error;
    }
  }
  return list;
}

const low = (value: number | Range): number => (typeof value === 'number' ? value : value.low);
const high = (value: number | Range): number => (typeof value === 'number' ? value : value.high);

function validate(input: ProjectInput, threshold: number, start: Day, asOf: Day | undefined): void {
  for (const field of ['force', 'rate'] as const) {
    const value = input[field];
    if (!(low(value) > 0 && Number.isFinite(high(value)))) {
      throw new ProjectionError(field, 'must be a finite number above zero');
    }
    if (low(value) > high(value)) throw new ProjectionError(field, 'has its low end above its high end');
  }
  if (!(threshold > 0 && threshold <= 1)) throw new ProjectionError('threshold', 'must be a share in (0, 1]');
  if (input.casualties !== undefined && asOf === undefined) {
    throw new ProjectionError('casualties', 'needs an as-of date: casualties are counted through the end of that day');
  }
  if (input.casualties === undefined && asOf !== undefined) {
    throw new ProjectionError('asOf', 'needs casualties: the number lost through the end of that day');
  }
  if (input.casualties !== undefined) {
    if (!(Number.isFinite(input.casualties) && input.casualties >= 0)) {
      throw new ProjectionError('casualties', 'must be a finite number, zero or more');
    }
    if (input.casualties > high(input.force)) {
      throw new ProjectionError('casualties', `is more than the force (${high(input.force)})`);
    }
  }
  if (asOf !== undefined && asOf < start) {
    throw new ProjectionError('asOf', `is before the start date ${isoDate(start)}`);
  }
}
