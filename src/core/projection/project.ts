import { fuzzyLabel, isoDate, LAST_DAY, type Day } from '../dates.js';
import {
  dayOf,
  lossesAt,
  pastCalendarError,
  ProjectionError,
  snapToWhole,
  type Crossing,
  type Engine,
  type Scenario,
  type StrengthPoint,
} from './engine.js';
import { highOf as high, lowOf as low, midpointOf as midpoint, type Range } from '../figures/range.js';

const isRange = (value: number | Range | undefined): value is Range => typeof value === 'object' && value !== null;
import { scenarioEngine } from './scenario.js';
import type {
  Milestone,
  Point,
  ProjectInput,
  ProjectResult,
  ScenarioExtras,
  ScenarioInput,
  ScenarioResult,
} from './types.js';

export { dayOf, lossesAt, ProjectionError, snapToWhole };
export type { Crossing, Engine, Scenario, StrengthPoint };
export type { Milestone, Point, ProjectInput, ProjectResult } from './types.js';

export const MILESTONE_SHARES = [0.25, 0.5, 0.75, 1] as const;

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

/** The closed form at a constant rate: the day during which cumulative losses reach force × share. */
function closedFormCrossing(s: Scenario, share: number): Crossing | undefined {
  const losses = lossesAt(s.force, share);
  const counted = s.asOf === undefined ? 0 : (s.casualties ?? 0);
  if (s.asOf !== undefined && counted >= losses) return { day: s.asOf, days: 0, reached: true, losses };
  const days = daysToReach(losses, s.rate, counted);
  const day = reachDay(days, s.start, s.asOf);
  return day <= LAST_DAY ? { day, days, reached: false, losses } : undefined;
}

const closedForm: Engine = {
  crossings: (s, shares) => ({ crossings: shares.map((share) => closedFormCrossing(s, share)), extras: {} }),
  unreached(s) {
    const origin = s.asOf === undefined ? s.start : s.asOf + 1;
    throw pastCalendarError(s, s.force * s.threshold - (s.casualties ?? 0), LAST_DAY - origin + 1);
  },
};

const point = (c: Crossing): Point => ({ date: isoDate(c.day), days: c.days, label: fuzzyLabel(c.day) });

/**
 * Projects the day a force is lost. Pure: same input, same result. With phases, reinforcements,
 * return to duty or the decay model it steps day by day (see scenario.ts); without them it is the
 * closed form at a constant rate.
 */
export function project(input: ProjectInput): ProjectResult;
export function project(input: ScenarioInput): ScenarioResult;
export function project(input: ScenarioInput): ProjectResult | ScenarioResult {
  const { engine, central, threshold } = prepare(input);
  // The decay model never loses the whole force: its strength only tends to zero.
  const shares = input.model === 'decay' ? MILESTONE_SHARES.filter((share) => share < 1) : MILESTONE_SHARES;
  const { crossings, extras } = engine.crossings(central, [threshold, ...shares]);
  const [main, ...milestoneCrossings] = crossings;
  const unreachedExtras = main === undefined ? engine.unreached(central) : {};
  const result = {
    start: isoDate(central.start),
    ...(main ? point(main) : { date: null, days: null, label: null }),
    threshold,
    losses: main?.losses ?? lossesAt(central.force, threshold),
    weeks: main ? main.days / 7 : null,
    dailyShare: central.rate / central.force,
    reached: main?.reached ?? false,
    milestones: milestones(shares, milestoneCrossings),
    ...extras,
    ...unreachedExtras,
  } as ProjectResult & Partial<ScenarioResult>;
  const { casualties } = input;
  if (typeof input.force !== 'number' || typeof input.rate !== 'number' || isRange(casualties)) {
    const bound = (force: number, rate: number, counted: number | undefined): Point | null => {
      const s: Scenario = { ...central, force, rate, ...(counted !== undefined && { casualties: counted }) };
      const [c] = engine.crossings(s, [threshold]).crossings;
      if (c === undefined) {
        // The closed form throws here (past the calendar); a stepped scenario reports no bound.
        engine.unreached(s);
        return null;
      }
      return point(c);
    };
    // Earliest: the smallest force at the highest rate with the most casualties already counted.
    const most = casualties === undefined ? undefined : high(casualties);
    const fewest = casualties === undefined ? undefined : low(casualties);
    result.earliest = bound(low(input.force), high(input.rate), most) as Point;
    result.latest = bound(high(input.force), low(input.rate), fewest) as Point;
  }
  return result;
}

/** Validates the input and picks the engine: day-by-day for scenario models, else the closed form. */
function prepare(input: ScenarioInput): {
  engine: Engine<Partial<ScenarioExtras>>;
  central: Scenario;
  threshold: number;
} {
  const threshold = input.threshold ?? 1;
  const start = dayOf('start', input.start);
  const asOf = input.asOf === undefined ? undefined : dayOf('asOf', input.asOf);
  validate(input, threshold, start, asOf);
  const central: Scenario = {
    force: midpoint(input.force),
    rate: midpoint(input.rate),
    start,
    threshold,
    ...(input.casualties !== undefined && { casualties: midpoint(input.casualties) }),
    ...(asOf !== undefined && { asOf }),
  };
  return { engine: scenarioEngine(input, start, asOf) ?? closedForm, central, threshold };
}

/**
 * The strength day by day for a scenario model (central values), from the day before losses to
 * the day the threshold is reached or the horizon ends; undefined at a constant rate, where the
 * strength falls in a straight line.
 */
export function projectTrajectory(input: ScenarioInput): StrengthPoint[] | undefined {
  const { engine, central, threshold } = prepare(input);
  return engine.trajectory?.(central, threshold);
}

/** 25, 50, 75 and 100 % of the force; those never reached on the calendar are left out. */
function milestones(shares: readonly number[], crossings: (Crossing | undefined)[]): Milestone[] {
  const list: Milestone[] = [];
  shares.forEach((share, i) => {
    const c = crossings[i];
    if (c) list.push({ share, losses: c.losses, ...point(c), reached: c.reached });
  });
  return list;
}

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
    throw new ProjectionError('casualties', 'needs an as-of date, the day they were counted through');
  }
  if (input.casualties === undefined && asOf !== undefined) {
    throw new ProjectionError('asOf', 'needs casualties: the number lost through the end of that day');
  }
  if (input.casualties !== undefined) {
    const { casualties } = input;
    if (!(low(casualties) >= 0 && Number.isFinite(high(casualties)))) {
      throw new ProjectionError('casualties', 'must be a finite number, zero or more');
    }
    if (low(casualties) > high(casualties)) {
      throw new ProjectionError('casualties', 'has its low end above its high end');
    }
    if (high(casualties) > high(input.force)) {
      throw new ProjectionError('casualties', `is more than the force (${high(input.force)})`);
    }
  }
  if (asOf !== undefined && asOf < start) {
    throw new ProjectionError('asOf', `is before the start date ${isoDate(start)}`);
  }
}
