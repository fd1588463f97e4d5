import { dayFromParts, isoDate, LAST_DAY, partsOf, type Day } from '../dates.js';
import { dayOf, ProjectionError } from './engine.js';
import type { ScenarioOptions } from './types.js';

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
export interface Resolved extends ScenarioPlan {
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
    if (!(Number.isFinite(p.rate) && p.rate >= 0))
      throw new ProjectionError('phase', 'has a rate that is not a number zero or more');
    if (i > 0 && p.from <= phases[i - 1]!.from) {
      throw new ProjectionError(
        'phase',
        `is out of order: ${isoDate(p.from)} comes after ${isoDate(phases[i - 1]!.from)}`,
      );
    }
  });
  const arrivals = new Map<Day, number>();
  let firstArrival: Day | undefined;
  let lastArrival: Day | undefined;
  for (const r of input.reinforcements ?? []) {
    const day = dayOf('reinforce', r.on);
    if (!(Number.isFinite(r.troops) && r.troops > 0))
      throw new ProjectionError('reinforce', 'has a number of troops that is not above zero');
    arrivals.set(day, (arrivals.get(day) ?? 0) + r.troops);
    firstArrival = Math.min(firstArrival ?? day, day);
    lastArrival = Math.max(lastArrival ?? day, day);
  }
  if (input.returnToDuty !== undefined && input.killedShare !== undefined) {
    throw new ProjectionError('killedShare', 'replaces the return-to-duty share: give one or the other');
  }
  const returnShare = input.killedShare !== undefined ? 1 - input.killedShare : (input.returnToDuty?.share ?? 0);
  const shareField = input.killedShare !== undefined ? 'killedShare' : 'returnToDuty';
  if (!(returnShare >= 0 && returnShare <= 1)) throw new ProjectionError(shareField, 'must be a share between 0 and 1');
  const returnDays = input.returnToDuty?.days ?? DEFAULT_RETURN_DAYS;
  if (!(Number.isInteger(returnDays) && returnDays >= 1))
    throw new ProjectionError('returnToDuty', 'must return after a whole number of days, 1 or more');
  const decay = input.model === 'decay';
  if (decay && threshold >= 1) {
    throw new ProjectionError('model', (name) => `needs a ${name('threshold')} below 100 %`);
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
  if (!(horizonEnd <= LAST_DAY))
    throw new ProjectionError('horizon', 'must be a whole number of days, 1 or more, ending by 9999-12-31');
  if (plan.on !== undefined && plan.on < start)
    throw new ProjectionError('on', `is before the start date ${isoDate(start)}`);
  if (asOf !== undefined && asOf > horizonEnd)
    throw new ProjectionError('horizon', `ends before the as-of date ${isoDate(asOf)}`);
  return { ...plan, horizonEnd };
}
