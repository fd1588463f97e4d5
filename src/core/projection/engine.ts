import type { Day } from '../dates.js';
import { formatNumber } from '../figures/format.js';
import { parseDay } from '../parse/days.js';
import { fieldName, wordWith, type Wording } from '../wording.js';

/**
 * A projection that cannot be made from the figures given. `problem` completes a sentence that
 * starts with the field and its value: "casualties 13000 | is more than the force (12000)".
 */
export class ProjectionError extends Error {
  static readonly code = 'ATTRITION_PROJECTION';
  readonly code = ProjectionError.code;
  /** The problem in the core's words, naming other inputs by their field names. */
  readonly problem: string;

  constructor(
    readonly field: string,
    private readonly wording: Wording,
  ) {
    const problem = wordWith(wording, fieldName);
    super(`${field} ${problem}`);
    this.name = 'ProjectionError';
    this.problem = problem;
  }

  /** The problem with other inputs named by `name`, such as the flags a command reads. */
  problemNaming(name: (field: string) => string): string {
    return wordWith(this.wording, name);
  }
}

/** Floating-point noise such as 3599.9999999999995 must not move a date by a day. */
export function snapToWhole(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x)) ? nearest : x;
}

/**
 * The error for a projection whose date falls after 9999-12-31, naming the input to blame: the
 * force when the rate is one a day or more (the calendar would hold the losses at one a day
 * otherwise), the rate when the losses would fit the calendar at one a day, both when neither
 * holds. `remaining` is the losses still to come, `available` the days left on the calendar.
 */
export function pastCalendarError(
  s: { force: number; rate: number },
  remaining: number,
  available: number,
  which = 'the date',
): ProjectionError {
  const days = formatNumber(remaining / s.rate, 1);
  const tail = `puts ${which} past 9999 (${days} days`;
  if (remaining <= available) {
    return new ProjectionError('rate', `${tail} for ${formatNumber(s.force)})`);
  }
  if (s.rate >= 1) return new ProjectionError('force', `at ${formatNumber(s.rate)} a day ${tail})`);
  return new ProjectionError('force', (name) => `at ${name('rate')} ${formatNumber(s.rate)} a day ${tail})`);
}

/** Losses that count for a force and a threshold share: force × threshold, without float noise. */
export const lossesAt = (force: number, threshold: number): number => snapToWhole(force * threshold);

export function dayOf(field: string, text: string): Day {
  const parsed = parseDay(text);
  if (!parsed.ok) throw new ProjectionError(field, parsed.problem);
  return parsed.value;
}

/** One scenario with single values: what an engine projects. */
export interface Scenario {
  force: number;
  rate: number;
  start: Day;
  threshold: number;
  casualties?: number;
  asOf?: Day;
}

/**
 * The day a share of the force is lost, the unrounded days of losses it took, and the losses
 * that count: the share of the force plus the reinforcements arrived by that day.
 */
export interface Crossing {
  day: Day;
  days: number;
  reached: boolean;
  losses: number;
}

/**
 * Projects a scenario to the day each share is lost; `undefined` where a share is never reached
 * on the calendar (or within a simulation's horizon).
 */
export interface Engine<Extras = object> {
  crossings(s: Scenario, shares: readonly number[]): { crossings: (Crossing | undefined)[]; extras: Extras };
  /** The strength at the end of each day until `share` is lost or the horizon ends, when the engine steps days. */
  trajectory?(s: Scenario, share: number): StrengthPoint[];
  /** Says why the main share has no date; returns extras to report instead, or throws. */
  unreached(s: Scenario): Partial<Extras>;
}

/** The force's strength at the end of a day. */
export interface StrengthPoint {
  day: Day;
  strength: number;
}
