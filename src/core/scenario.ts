import { dayFromParts, isoDate, LAST_DAY, partsOf, type Day } from './dates.js';
import { dayOf, ProjectionError, type Crossing, type Engine, type Scenario, type StrengthPoint } from './engine.js';
import type { Point, ProjectInput, ProjectResult } from './project.js';

/** Scenario models beyond one constant rate. Every field is optional; none given is the closed form. */
export interface ScenarioInput extends ProjectInput {
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

interface Resolved {
  phases: { from: Day; rate: number }[];
  arrivals: Map<Day, number>;
  returnShare: number;
  returnDays: number;
  decay: boolean;
  horizonEnd: Day;
  on: Day | undefined;
}

const usesScenario = (input: ScenarioInput): boolean =>
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
  const resolved = resolve(input, start, asOf);
  return {
    crossings: (s, shares) => simulate(s, resolved, shares),
    trajectory(s, share) {
      const points: StrengthPoint[] = [];
      simulate(s, resolved, [share], (day, strength) => points.push({ day, strength }));
      return points;
    },
    unreached: () => ({ withinHorizon: false }),
  };
}

const emptyExtras = (r: Resolved): ScenarioExtras => ({
  peakDailyLoss: null,
  strengthOn: null,
  horizonEnd: isoDate(r.horizonEnd),
  withinHorizon: true,
});

function tenYearsOn(start: Day): Day {
  const { year, month, day } = partsOf(start);
  const end = dayFromParts(Math.min(year + 10, 9999), month, month === 2 && day === 29 ? 28 : day);
  return Math.min(end ?? LAST_DAY, LAST_DAY) - 1;
}

function resolve(input: ScenarioInput, start: Day, asOf: Day | undefined): Resolved {
  const phases = (input.phases ?? []).map((p) => ({ from: dayOf('phase', p.from), rate: p.rate }));
  phases.forEach((p, i) => {
    if (!(Number.isFinite(p.rate) && p.rate >= 0)) throw new ProjectionError('phase', 'has a rate that is not a number zero or more');
    if (p.from < start) throw new ProjectionError('phase', `starts before the start date ${isoDate(start)}`);
    if (i > 0 && p.from <= phases[i - 1]!.from) {
      throw new ProjectionError('phase', `dates are out of order: ${isoDate(p.from)} comes after ${isoDate(phases[i - 1]!.from)}`);
    }
  });
  const arrivals = new Map<Day, number>();
  for (const r of input.reinforcements ?? []) {
    const day = dayOf('reinforce', r.on);
    if (!(Number.isFinite(r.troops) && r.troops > 0)) throw new ProjectionError('reinforce', 'has a number of troops that is not above zero');
    if (day < start) throw new ProjectionError('reinforce', `arrives before the start date ${isoDate(start)}`);
    arrivals.set(day, (arrivals.get(day) ?? 0) + r.troops);
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
  if (decay && (input.threshold ?? 1) >= 1) {
    throw new ProjectionError('model', 'never loses the whole force: give a --threshold below 100 %, such as 50%');
  }
  const horizonEnd = input.horizonDays === undefined ? tenYearsOn(start) : start + input.horizonDays - 1;
  if (!(Number.isInteger(input.horizonDays ?? 1) && (input.horizonDays ?? 1) >= 1 && horizonEnd <= LAST_DAY)) {
    throw new ProjectionError('horizon', 'must be a whole number of days, 1 or more, ending by 9999-12-31');
  }
  const on = input.on === undefined ? undefined : dayOf('on', input.on);
  if (on !== undefined && on < start) throw new ProjectionError('on', `is before the start date ${isoDate(start)}`);
  if (asOf !== undefined && asOf > horizonEnd) throw new ProjectionError('horizon', `ends before the as-of date ${isoDate(asOf)}`);
  return { phases, arrivals, returnShare, returnDays, decay, horizonEnd, on };
}

/**
 * Steps one UTC day at a time. Each day: reinforcements arrive, wounded due back return, then the
 * day's losses (capped at the strength left) are taken. A share counts as lost on the first day
 * the strength falls to (1 − share) × (starting force + reinforcements arrived).
 */
function simulate(
  s: Scenario,
  r: Resolved,
  shares: readonly number[],
  record?: (day: Day, strength: number) => void,
): { crossings: (Crossing | undefined)[]; extras: ScenarioExtras } {
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
  const extras = emptyExtras(r);
  const lastDay = record ? r.horizonEnd : Math.max(r.horizonEnd, r.on ?? r.horizonEnd);
  record?.(dayBeforeLosses, strength);
  if (r.on !== undefined && r.on < firstDay) extras.strengthOn = { date: isoDate(r.on), strength };
  const returns = new Float64Array(r.returnShare > 0 ? r.returnDays : 0);
  let phase = -1;
  while (phase + 1 < r.phases.length && r.phases[phase + 1]!.from <= dayBeforeLosses) phase++;
  let peakLoss = -1;
  let peakDay = firstDay;
  for (let day = firstDay; day <= lastDay; day++) {
    const arriving = r.arrivals.get(day);
    if (arriving !== undefined) {
      total += arriving;
      strength += arriving;
    }
    const slot = returns.length > 0 ? day % returns.length : 0;
    if (returns.length > 0) {
      strength += returns[slot]!;
      returns[slot] = 0;
    }
    while (phase + 1 < r.phases.length && r.phases[phase + 1]!.from <= day) phase++;
    const rate = phase >= 0 ? r.phases[phase]!.rate : s.rate;
    const planned = r.decay ? (rate * strength) / s.force : rate;
    const loss = Math.min(planned, Math.max(strength, 0));
    const before = strength;
    strength -= loss;
    if (returns.length > 0) returns[slot] = r.returnShare * loss;
    if (loss > peakLoss) {
      peakLoss = loss;
      peakDay = day;
    }
    if (day === r.on) extras.strengthOn = { date: isoDate(day), strength };
    record?.(day, strength);
    if (open > 0 && day <= r.horizonEnd) {
      shares.forEach((share, i) => {
        if (crossings[i] !== undefined) return;
        if (strength > floorFor(share, total)) return;
        const exactFloor = (1 - share) * total;
        const partOfDay = planned > 0 ? Math.min(1, Math.max(0, (before - exactFloor) / planned)) : 1;
        crossings[i] = { day, days: day - firstDay + partOfDay, reached: false };
        open--;
      });
    }
    if (open === 0 && (record !== undefined || r.on === undefined || day >= r.on)) break;
  }
  if (peakLoss >= 0) extras.peakDailyLoss = { date: isoDate(peakDay), losses: peakLoss };
  return { crossings, extras };
}

/** The strength at or below which `share` of the force counts as lost; the tolerance matches the closed form's. */
function floorFor(share: number, total: number): number {
  return (1 - share) * total + 1e-9 * Math.max(1, share * total);
}
