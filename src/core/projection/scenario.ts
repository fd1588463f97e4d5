import { dayFromParts, isoDate, LAST_DAY, partsOf, type Day } from '../dates.js';
import { dayOf, ProjectionError, type Crossing, type Engine, type Scenario, type StrengthPoint } from './engine.js';
import type { Point, ProjectInput, ProjectResult } from './project.js';

/** Scenario models beyond one constant rate, as project, sweep and Monte Carlo take them. None given is the closed form. */
/** The scenario options out of a larger input, leaving out those not given. */
export function pickScenarioOptions(input: ScenarioOptions): ScenarioOptions {
  const { phases, reinforcements, returnToDuty, killedShare, model, horizonDays, on } = input;
  return {
    ...(phases !== undefined && { phases }),
    ...(reinforcements !== undefined && { reinforcements }),
    ...(returnToDuty !== undefined && { returnToDuty }),
    ...(killedShare !== undefined && { killedShare }),
    ...(model !== undefined && { model }),
    ...(horizonDays !== undefined && { horizonDays }),
    ...(on !== undefined && { on }),
  };
}

export interface ScenarioOptions {
  /** From each date on, losses run at that rate a day until the next phase (0: off the line). */
  phases?: { from: string; rate: number }[];
  /** Troops who join the force at the start of a day. */
  reinforcements?: { on: string; troops: number }[];
  /** That share of each day's casualties rejoins the force `days` later (default 20). */
  returnToDuty?: { share: number; days?: number };
  /** The share of casualties who are killed; the rest return after 20 days. Replaces returnToDuty. */
  killedShare?: number;
  /** constant: the rate is troops a day; decay: losses fall with the remaining force. */
  model?: 'constant' | 'decay';
  /** Days simulated from the start, start included (default: ten calendar years). */
  horizonDays?: number;
  /** A day whose strength to report. */
  on?: string;
}

export interface ScenarioInput extends ProjectInput, ScenarioOptions {}

export interface ScenarioExtras {
  /** The day with the largest loss simulated, and that loss. */
  peakDailyLoss: { date: string; losses: number } | null;
  /** The force's strength at the end of `on`. */
  strengthOn: { date: string; strength: number } | null;
  /** The last day simulated. */
  horizonEnd: string;
  /** False when the threshold is not reached by the end of the horizon: then date, days and label are null. */
  withinHorizon: boolean;
}

/** A stepped projection: the date fields are null when the horizon ends first. */
export type ScenarioResult = Omit<ProjectResult, 'date' | 'days' | 'label' | 'weeks' | 'earliest' | 'latest'> & {
  date: string | null;
  days: number | null;
  label: string | null;
  weeks: number | null;
  earliest?: Point | null;
  latest?: Point | null;
} & ScenarioExtras;

export const DEFAULT_RETURN_DAYS = 20;

/** Scenario options read once: dates as days, values checked. `fitScenario` fits them to one start. */
export interface ScenarioPlan {
  phases: { from: Day; rate: number }[];
  arrivals: Map<Day, number>;
  /** The earliest reinforcement, checked against each start, and the last. */
  firstArrival: Day | undefined;
  lastArrival: Day | undefined;
  returnShare: number;
  returnDays: number;
  decay: boolean;
  horizonDays: number | undefined;
  on: Day | undefined;
}

/** A plan fitted to one start: the last day simulated is known. */
interface Resolved extends ScenarioPlan {
  horizonEnd: Day;
}

/** True when the options ask for a scenario model: then projections step day by day. */
export const usesScenario = (input: ScenarioOptions): boolean =>
  (input.phases?.length ?? 0) > 0 ||
  (input.reinforcements?.length ?? 0) > 0 ||
  input.returnToDuty !== undefined ||
  input.killedShare !== undefined ||
  input.model === 'decay' ||
  input.horizonDays !== undefined ||
  input.on !== undefined;

/** The day-by-day engine when the input asks for a scenario model; undefined for the closed form. */
export function scenarioEngine(input: ScenarioInput, start: Day, asOf: Day | undefined): Engine<ScenarioExtras> | undefined {
  if (!usesScenario(input)) return undefined;
  const resolved = fitScenario(planScenario(input, input.threshold ?? 1), start, asOf);
  return {
    crossings: (s, shares) => withExtras(resolved, simulate(s, resolved, shares)),
    trajectory(s, share) {
      const points: StrengthPoint[] = [];
      simulate(s, resolved, [share], (day, strength) => points.push({ day, strength }));
      return points;
    },
    unreached: () => ({ withinHorizon: false }),
  };
}

function withExtras(r: Resolved, run: Run): { crossings: (Crossing | undefined)[]; extras: ScenarioExtras } {
  return {
    crossings: run.crossings,
    extras: {
      peakDailyLoss: run.peakLoss >= 0 ? { date: isoDate(run.peakDay), losses: run.peakLoss } : null,
      strengthOn: r.on !== undefined && run.strengthOn !== undefined ? { date: isoDate(r.on), strength: run.strengthOn } : null,
      horizonEnd: isoDate(r.horizonEnd),
      withinHorizon: true,
    },
  };
}

function tenYearsOn(start: Day): Day {
  const { year, month, day } = partsOf(start);
  const end = dayFromParts(Math.min(year + 10, 9999), month, month === 2 && day === 29 ? 28 : day);
  return Math.min(end ?? LAST_DAY, LAST_DAY) - 1;
}

/** The last day simulated for a start: `horizonDays` on from it, or ten calendar years. */
export const horizonEndOf = (plan: ScenarioPlan, start: Day): Day =>
  plan.horizonDays === undefined ? tenYearsOn(start) : start + plan.horizonDays - 1;

/**
 * Reads and checks the options that do not depend on the start date, once. `threshold` is the
 * largest share that will be asked for (the decay model never loses the whole force). Throws
 * ProjectionError naming the field.
 */
export function planScenario(input: ScenarioOptions, threshold: number): ScenarioPlan {
  const phases = (input.phases ?? []).map((p) => ({ from: dayOf('phase', p.from), rate: p.rate }));
  phases.forEach((p, i) => {
    if (!(Number.isFinite(p.rate) && p.rate >= 0)) throw new ProjectionError('phase', 'has a rate that is not a number zero or more');
    if (i > 0 && p.from <= phases[i - 1]!.from) {
      throw new ProjectionError('phase', `dates are out of order: ${isoDate(p.from)} comes after ${isoDate(phases[i - 1]!.from)}`);
    }
  });
  const arrivals = new Map<Day, number>();
  let firstArrival: Day | undefined;
  let lastArrival: Day | undefined;
  for (const r of input.reinforcements ?? []) {
    const day = dayOf('reinforce', r.on);
    if (!(Number.isFinite(r.troops) && r.troops > 0)) throw new ProjectionError('reinforce', 'has a number of troops that is not above zero');
    arrivals.set(day, (arrivals.get(day) ?? 0) + r.troops);
    firstArrival = Math.min(firstArrival ?? day, day);
    lastArrival = Math.max(lastArrival ?? day, day);
  }
  if (input.returnToDuty !== undefined && input.killedShare !== undefined) {
    throw new ProjectionError('killedShare', 'replaces the return-to-duty share: give one or the other');
  }
  const returnShare = input.killedShare !== undefined ? 1 - input.killedShare : input.returnToDuty?.share ?? 0;
  const shareField = input.killedShare !== undefined ? 'killedShare' : 'returnToDuty';
  if (!(returnShare >= 0 && returnShare <= 1)) throw new ProjectionError(shareField, 'must be a share between 0 and 1');
  const returnDays = input.returnToDuty?.days ?? DEFAULT_RETURN_DAYS;
  if (!(Number.isInteger(returnDays) && returnDays >= 1)) throw new ProjectionError('returnToDuty', 'must return after a whole number of days, 1 or more');
  const decay = input.model === 'decay';
  if (decay && threshold >= 1) {
    throw new ProjectionError('model', 'never loses the whole force: give a --threshold below 100 %, such as 50%');
  }
  const horizonDays = input.horizonDays;
  if (horizonDays !== undefined && !(Number.isInteger(horizonDays) && horizonDays >= 1)) {
    throw new ProjectionError('horizon', 'must be a whole number of days, 1 or more, ending by 9999-12-31');
  }
  const on = input.on === undefined ? undefined : dayOf('on', input.on);
  return { phases, arrivals, firstArrival, lastArrival, returnShare, returnDays, decay, horizonDays, on };
}

/** Checks a plan against one start (and as-of date) and fixes the last day simulated. Throws ProjectionError. */
export function fitScenario(plan: ScenarioPlan, start: Day, asOf: Day | undefined): Resolved {
  if (plan.phases.length > 0 && plan.phases[0]!.from < start) {
    throw new ProjectionError('phase', `starts before the start date ${isoDate(start)}`);
  }
  if (plan.firstArrival !== undefined && plan.firstArrival < start) {
    throw new ProjectionError('reinforce', `arrives before the start date ${isoDate(start)}`);
  }
  const horizonEnd = horizonEndOf(plan, start);
  if (!(horizonEnd <= LAST_DAY)) throw new ProjectionError('horizon', 'must be a whole number of days, 1 or more, ending by 9999-12-31');
  if (plan.on !== undefined && plan.on < start) throw new ProjectionError('on', `is before the start date ${isoDate(start)}`);
  if (asOf !== undefined && asOf > horizonEnd) throw new ProjectionError('horizon', `ends before the as-of date ${isoDate(asOf)}`);
  return { ...plan, horizonEnd };
}

/** What one run of the simulation found, as plain numbers. */
interface Run {
  crossings: (Crossing | undefined)[];
  /** The largest daily loss (−1 when no day was simulated) and its day. */
  peakLoss: number;
  peakDay: Day;
  /** The strength at the end of `on`, when asked for. */
  strengthOn: number | undefined;
}

/**
 * Steps one UTC day at a time. Each day: reinforcements arrive, wounded due back return, then the
 * day's losses (capped at the strength left) are taken. A share counts as lost on the first day
 * the strength falls to (1 − share) × (starting force + reinforcements arrived).
 */
function simulate(s: Scenario, r: Resolved, shares: readonly number[], record?: (day: Day, strength: number) => void): Run {
  const firstDay = s.asOf === undefined ? s.start : s.asOf + 1;
  const dayBeforeLosses = firstDay - 1;
  let total = s.force;
  let strength = s.force - (s.asOf === undefined ? 0 : s.casualties ?? 0);
  for (const [day, troops] of r.arrivals) {
    if (day < firstDay) {
      total += troops;
      strength += troops;
    }
  }
  const crossings: (Crossing | undefined)[] = shares.map(() => undefined);
  let open = 0;
  shares.forEach((share, i) => {
    if (s.asOf !== undefined && strength <= floorFor(share, total)) crossings[i] = { day: s.asOf, days: 0, reached: true };
    else open++;
  });
  // The highest floor of the shares still open: no share is reached on a day the strength stays above it.
  const highestOpenFloor = () => shares.reduce((most, share, i) => (crossings[i] === undefined ? Math.max(most, floorFor(share, total)) : most), -Infinity);
  let floor = highestOpenFloor();
  let strengthOn: number | undefined;
  const lastDay = record ? r.horizonEnd : Math.max(r.horizonEnd, r.on ?? r.horizonEnd);
  record?.(dayBeforeLosses, strength);
  if (r.on !== undefined && r.on < firstDay) strengthOn = strength;
  const returns = new Float64Array(r.returnShare > 0 ? r.returnDays : 0);
  const { phases, arrivals, returnShare, decay, horizonEnd } = r;
  const on = r.on ?? -1;
  let phase = -1;
  while (phase + 1 < phases.length && phases[phase + 1]!.from <= dayBeforeLosses) phase++;
  let nextPhase = phase + 1 < phases.length ? phases[phase + 1]!.from : Infinity;
  let rate = phase >= 0 ? phases[phase]!.rate : s.rate;
  const arrivalDays = [...arrivals.keys()].filter((day) => day >= firstDay).sort((x, y) => x - y);
  let nextArrival = 0;
  let peakLoss = -1;
  let peakDay = firstDay;
  let lastLossDay = firstDay - 1;
  // Once the last phase runs at 0 a day and no reinforcement or return is still due, nothing changes.
  const lastPhase = phases.length - 1;
  const quietFrom = Math.max(lastPhase >= 0 && phases[lastPhase]!.rate === 0 ? phases[lastPhase]!.from : Infinity, r.lastArrival ?? -Infinity);
  for (let day = firstDay; day <= lastDay; day++) {
    if (nextArrival < arrivalDays.length && arrivalDays[nextArrival] === day) {
      const arriving = arrivals.get(day)!;
      total += arriving;
      strength += arriving;
      nextArrival++;
      floor = highestOpenFloor();
    }
    const slot = returns.length > 0 ? day % returns.length : 0;
    if (returns.length > 0) {
      strength += returns[slot]!;
      returns[slot] = 0;
    }
    while (nextPhase <= day) {
      phase++;
      rate = phases[phase]!.rate;
      nextPhase = phase + 1 < phases.length ? phases[phase + 1]!.from : Infinity;
    }
    const planned = decay ? (rate * strength) / s.force : rate;
    const loss = Math.min(planned, Math.max(strength, 0));
    const before = strength;
    strength -= loss;
    if (returns.length > 0) returns[slot] = returnShare * loss;
    if (loss > peakLoss) {
      peakLoss = loss;
      peakDay = day;
    }
    if (loss > 0) lastLossDay = day;
    if (day === on) strengthOn = strength;
    record?.(day, strength);
    if (open > 0 && strength <= floor && day <= horizonEnd) {
      shares.forEach((share, i) => {
        if (crossings[i] !== undefined) return;
        if (strength > floorFor(share, total)) return;
        const exactFloor = (1 - share) * total;
        const partOfDay = planned > 0 ? Math.min(1, Math.max(0, (before - exactFloor) / planned)) : 1;
        crossings[i] = { day, days: day - firstDay + partOfDay, reached: false };
        open--;
      });
      floor = highestOpenFloor();
    }
    if (open === 0 && (record !== undefined || r.on === undefined || day >= r.on)) break;
    if (record === undefined && day >= quietFrom && (returns.length === 0 || day >= lastLossDay + returns.length)) {
      // The strength holds from here to the horizon: no share still open is reached, and `on` sees it as it is.
      if (r.on !== undefined && r.on > day) strengthOn = strength;
      break;
    }
  }
  return { crossings, peakLoss, peakDay, strengthOn };
}

/**
 * Projects many scenarios that share one set of options (the rows of a sweep, the draws of a
 * Monte Carlo run): the options are read once, fitted once per start and as-of date, and each
 * projection leaves its answer in fields rather than in a new object.
 */
export class SteppedProjector {
  private readonly plan: ScenarioPlan;
  private fitted: Resolved | undefined;
  private fittedStart = NaN;
  private fittedAsOf: Day | undefined;
  private readonly shares = [1];
  /** The day the share is lost; when it is not lost within the horizon, the last day simulated. */
  day = 0;
  /** Unrounded days of losses; NaN when the share is not lost within the horizon. */
  days = 0;
  /** The strength at the end of the `on` day; NaN without one. */
  strengthOn = NaN;

  /** `threshold` is the largest share that will be asked for. Throws ProjectionError. */
  constructor(options: ScenarioOptions, threshold: number) {
    this.plan = planScenario(options, threshold);
  }

  /** The last day simulated for a start. */
  horizonEnd(start: Day): Day {
    return horizonEndOf(this.plan, start);
  }

  /** Projects one scenario; reads the answer from `day`, `days` and `strengthOn`. Throws ProjectionError. */
  project(s: Scenario): this {
    if (this.fitted === undefined || s.start !== this.fittedStart || s.asOf !== this.fittedAsOf) {
      this.fitted = fitScenario(this.plan, s.start, s.asOf);
      this.fittedStart = s.start;
      this.fittedAsOf = s.asOf;
    }
    this.shares[0] = s.threshold;
    const run = simulate(s, this.fitted, this.shares);
    const crossing = run.crossings[0];
    this.day = crossing === undefined ? this.fitted.horizonEnd : crossing.day;
    this.days = crossing === undefined ? NaN : crossing.days;
    this.strengthOn = run.strengthOn ?? NaN;
    return this;
  }
}

/** The strength at or below which `share` of the force counts as lost; the tolerance matches the closed form's. */
function floorFor(share: number, total: number): number {
  return (1 - share) * total + 1e-9 * Math.max(1, share * total);
}
