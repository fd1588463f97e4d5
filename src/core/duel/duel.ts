import { FieldError } from '../coded-error.js';
import { fuzzyLabel, isoDate, LAST_DAY, type Day } from '../dates.js';
import { parseDay } from '../parse/days.js';
import { type Law, lossRate, parseLaw, SQUARE } from './laws.js';

/** A problem with one input of a duel or its fit: the field to blame and what is wrong with it. */
export class DuelError extends FieldError {
  static readonly code = 'ATTRITION_DUEL';
  readonly code = DuelError.code;
  override readonly name = 'DuelError';
}

export const COEFFICIENT_FORMS = 'a coefficient such as 0.0544 (0 or more)';

/** Why a coefficient is refused, or null: the same words for the library and the command line. */
export function coefficientProblem(value: number): string | null {
  if (!Number.isFinite(value)) return `is not a finite number; expected ${COEFFICIENT_FORMS}`;
  if (value < 0) return `must not be negative; expected ${COEFFICIENT_FORMS}`;
  return null;
}

/** Troops joining a side at the start of a day, before that day's fighting. */
export interface Reinforcement {
  on: string;
  troops: number;
}

export interface DuelInput {
  /** The first side's troops at the start of day 1 (US at Iwo Jima). */
  x: number;
  /** The second side's troops at the start of day 1. */
  y: number;
  /** The second side's effectiveness: the first side's losses per unit of y^q · x^p a day. */
  a: number;
  /** The first side's effectiveness: the second side's losses per unit of x^q · y^p a day. */
  b: number;
  /** square (default), linear, a Law, or the general form's exponents as text: "0.5,1". */
  law?: Law | string;
  /** Day 1, as 1945-02-19 or any date form attrition reads. */
  start: string;
  /** Simulate this many days; by default until the end of the day a side reaches the threshold. */
  days?: number;
  /** The share of a side's troops (at the start and arrived since) whose loss counts (default 1: all). */
  threshold?: number;
  reinforcements?: { x?: readonly Reinforcement[]; y?: readonly Reinforcement[] };
  /** What to call the sides (default x and y). */
  names?: { x: string; y: string };
  /** Runge–Kutta steps a day (default 4). */
  stepsPerDay?: number;
}

export type Side = 'x' | 'y';

/** Both strengths at the end of a day. */
export interface DuelDay {
  day: number;
  date: string;
  x: number;
  y: number;
}

/** When a side's troops fall to the threshold: the day it happens and the unrounded time. */
export interface ThresholdReached {
  date: string;
  label: string;
  /** Day number: the start date is day 1. */
  day: number;
  /** Unrounded days from the start of day 1. */
  days: number;
  /** The other side's troops at that moment. */
  enemyLeft: number;
}

export interface SideOutcome {
  name: string;
  /** Troops on day 1 (named so that `start` and `end` stay dates and days in every document). */
  initial: number;
  /** Troops that joined after the start (the list of arrivals is the result's `reinforcements`). */
  reinforced: number;
  /** Troops at the end of the last day simulated. */
  final: number;
  /** Troops lost by the end of the last day simulated. */
  lost: number;
  /** The first time its losses reached the threshold, or null (project's `reached` is a yes or no). */
  thresholdReached: ThresholdReached | null;
}

export interface DuelResult {
  law: Law;
  a: number;
  b: number;
  start: string;
  threshold: number;
  names: { x: string; y: string };
  reinforcements: { x: Reinforcement[]; y: Reinforcement[] };
  sides: { x: SideOutcome; y: SideOutcome };
  /** The first side to reach the threshold loses; null when neither does in the days simulated. */
  outcome: { loser: Side; winner: Side; date: string; label: string; day: number; days: number; left: number } | null;
  /** The last day simulated, and why: the days asked, the battle decided, or the horizon reached undecided. */
  ended: { day: number; date: string; reason: 'days' | 'decided' | 'horizon' };
  /**
   * Square law without reinforcements: x² − (a/b)·y² stays constant; its sign names the side left at
   * the end of a fight to the finish, and its square root how many of the first side are left.
   */
  squareLaw: { invariant: number; winner: Side | null; left: number } | null;
  integration: {
    method: string;
    stepsPerDay: number;
    /** Richardson estimate of the largest error in any strength in days[] (troops). */
    errorEstimate: number;
  };
  days: DuelDay[];
}

/** Days simulated at most when neither side reaches the threshold: ten years. */
export const DUEL_HORIZON = 3650;
export const STEPS_PER_DAY = 4;
export const INTEGRATION_METHOD = 'classical fourth-order Runge–Kutta';

interface Prepared {
  law: Law;
  a: number;
  b: number;
  x: number;
  y: number;
  start: Day;
  days: number | undefined;
  threshold: number;
  arrivals: { x: Map<number, number>; y: Map<number, number> };
  reinforcements: { x: Reinforcement[]; y: Reinforcement[] };
  names: { x: string; y: string };
  steps: number;
}

const positiveTroops = (field: string, value: number): void => {
  if (!Number.isFinite(value)) throw new DuelError(field, 'is not a finite number of troops');
  if (value <= 0) throw new DuelError(field, 'must be above zero: troops at the start');
};

function prepare(input: DuelInput): Prepared {
  positiveTroops('x', input.x);
  positiveTroops('y', input.y);
  for (const field of ['a', 'b'] as const) {
    const problem = coefficientProblem(input[field]);
    if (problem !== null) throw new DuelError(field, problem);
  }
  let law: Law = SQUARE;
  if (typeof input.law === 'string') {
    const parsed = parseLaw(input.law);
    if (!parsed.ok) throw new DuelError('law', parsed.problem);
    law = parsed.value;
  } else if (input.law !== undefined) law = input.law;
  const start = parseDay(input.start);
  if (!start.ok) throw new DuelError('start', start.problem);
  const days = input.days;
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 36_500)) {
    throw new DuelError('days', 'must be a whole number of days from 1 to 36,500');
  }
  const threshold = input.threshold ?? 1;
  if (!(threshold > 0 && threshold <= 1)) throw new DuelError('threshold', 'is outside (0, 100 %]');
  const steps = input.stepsPerDay ?? STEPS_PER_DAY;
  if (!(Number.isInteger(steps) && steps >= 2 && steps % 2 === 0 && steps <= 4096)) {
    throw new DuelError('stepsPerDay', 'must be an even whole number from 2 to 4,096');
  }
  const arrivals = { x: new Map<number, number>(), y: new Map<number, number>() };
  const reinforcements = { x: [] as Reinforcement[], y: [] as Reinforcement[] };
  for (const side of ['x', 'y'] as const) {
    const field = side === 'x' ? 'reinforceX' : 'reinforceY';
    for (const r of input.reinforcements?.[side] ?? []) {
      const on = parseDay(r.on);
      if (!on.ok) throw new DuelError(field, `has a date that ${on.problem}`);
      if (on.value < start.value) {
        throw new DuelError(field, `arrives on ${isoDate(on.value)}, before the start date ${isoDate(start.value)}`);
      }
      if (!(Number.isFinite(r.troops) && r.troops > 0))
        throw new DuelError(field, 'must bring a number of troops above zero');
      const index = on.value - start.value + 1;
      arrivals[side].set(index, (arrivals[side].get(index) ?? 0) + r.troops);
      reinforcements[side].push({ on: isoDate(on.value), troops: r.troops });
    }
    reinforcements[side].sort((p, q) => (p.on < q.on ? -1 : p.on > q.on ? 1 : 0));
  }
  const names = input.names ?? { x: 'x', y: 'y' };
  return {
    law,
    a: input.a,
    b: input.b,
    x: input.x,
    y: input.y,
    start: start.value,
    days,
    threshold,
    arrivals,
    reinforcements,
    names,
    steps,
  };
}

type State = [x: number, y: number];

/** One classical Runge–Kutta step of h days, written out without destructuring: it runs often, and often cold. */
function rk4(p: Prepared, s: State, h: number): State {
  const { law, a, b } = p;
  const x = s[0];
  const y = s[1];
  // A side already gone stays gone: it neither loses nor inflicts losses.
  const xLive = x > 0 ? 1 : 0;
  const yLive = y > 0 ? 1 : 0;
  const k1x = -xLive * lossRate(law, a, x, y * yLive);
  const k1y = -yLive * lossRate(law, b, y, x * xLive);
  const x2 = x + (h / 2) * k1x;
  const y2 = y + (h / 2) * k1y;
  const k2x = -xLive * lossRate(law, a, x2, y2 * yLive);
  const k2y = -yLive * lossRate(law, b, y2, x2 * xLive);
  const x3 = x + (h / 2) * k2x;
  const y3 = y + (h / 2) * k2y;
  const k3x = -xLive * lossRate(law, a, x3, y3 * yLive);
  const k3y = -yLive * lossRate(law, b, y3, x3 * xLive);
  const x4 = x + h * k3x;
  const y4 = y + h * k3y;
  const k4x = -xLive * lossRate(law, a, x4, y4 * yLive);
  const k4y = -yLive * lossRate(law, b, y4, x4 * xLive);
  return [x + (h / 6) * (k1x + 2 * k2x + 2 * k3x + k4x), y + (h / 6) * (k1y + 2 * k2y + 2 * k3y + k4y)];
}

type Leaf = (t: number, h: number, before: State, after: State) => void;

/**
 * A step of h days; a step that would take a side below zero is halved, up to 40 times (to 2⁻⁴⁰ of a step),
 * so a side is destroyed at the time the equations say, and stays at zero.
 */
function advance(p: Prepared, s: State, t: number, h: number, leaf: Leaf, depth = 0): State {
  const next = rk4(p, s, h);
  if (!(Number.isFinite(next[0]) && Number.isFinite(next[1]))) {
    throw new DuelError(null, 'the strengths overflow: give troops and coefficients whose products stay finite');
  }
  if ((next[0] >= 0 && next[1] >= 0) || depth >= 40) {
    const clamped: State = [Math.max(0, next[0]), Math.max(0, next[1])];
    leaf(t, h, s, clamped);
    return clamped;
  }
  const middle = advance(p, s, t, h / 2, leaf, depth + 1);
  return advance(p, middle, t + h / 2, h / 2, leaf, depth + 1);
}

interface Run {
  days: State[];
  reached: { x: ThresholdReached | null; y: ThresholdReached | null };
  supplied: State;
  end: 'days' | 'decided' | 'horizon';
}

function run(p: Prepared, steps: number): Run {
  let s: State = [p.x, p.y];
  const supplied: State = [p.x, p.y];
  const reached: Run['reached'] = { x: null, y: null };
  const days: State[] = [];
  const h = 1 / steps;
  const last = p.days ?? DUEL_HORIZON;
  let end: Run['end'] = p.days === undefined ? 'horizon' : 'days';
  const check = (i: 0 | 1, t: number, step: number, before: State, after: State) => {
    const side: Side = i === 0 ? 'x' : 'y';
    const level = (1 - p.threshold) * supplied[i];
    if (reached[side] !== null || after[i] > level + 1e-9 * supplied[i]) return;
    const share = before[i] > after[i] ? Math.min(1, Math.max(0, (before[i] - level) / (before[i] - after[i]))) : 0;
    const at = t + share * step;
    const other = 1 - i;
    const day = Math.floor(at) + 1;
    reached[side] = {
      date: isoDate(p.start + day - 1),
      label: fuzzyLabel(p.start + day - 1),
      day,
      days: at,
      enemyLeft: before[other]! + share * (after[other]! - before[other]!),
    };
  };
  const leaf: Leaf = (t, step, before, after) => {
    check(0, t, step, before, after);
    check(1, t, step, before, after);
  };
  for (let d = 1; d <= last; d++) {
    if (p.start + d - 1 > LAST_DAY) break;
    const ax = p.arrivals.x.get(d) ?? 0;
    const ay = p.arrivals.y.get(d) ?? 0;
    s = [s[0] + ax, s[1] + ay];
    supplied[0] += ax;
    supplied[1] += ay;
    for (let k = 0; k < steps; k++) s = advance(p, s, d - 1 + k * h, h, leaf);
    days.push(s);
    if (p.days === undefined && (reached.x !== null || reached.y !== null)) {
      end = 'decided';
      break;
    }
  }
  return { days, reached, supplied, end };
}

/**
 * Two forces fighting under a Lanchester law, day by day on the calendar: each side's strength at
 * the end of every day, the day each reaches the threshold, and who is left with how many. Integrated
 * by the classical fourth-order Runge–Kutta method, whose error the result states (Richardson's
 * estimate from a run at half the steps). Pure: same input, same result.
 */
export function duel(input: DuelInput): DuelResult {
  const p = prepare(input);
  const fine = run(p, p.steps);
  const coarse = run({ ...p, days: fine.days.length }, p.steps / 2);
  let worst = 0;
  for (let i = 0; i < fine.days.length; i++) {
    const f = fine.days[i]!;
    const c = coarse.days[i]!;
    worst = Math.max(worst, Math.abs(f[0] - c[0]), Math.abs(f[1] - c[1]));
  }
  const days = fine.days.map(([x, y], i) => ({ day: i + 1, date: isoDate(p.start + i), x, y }));
  const last = days[days.length - 1]!;
  const outcome = decide(fine.reached);
  const side = (s: Side, i: 0 | 1): SideOutcome => {
    const startTroops = i === 0 ? p.x : p.y;
    const joined = p.reinforcements[s].reduce((sum, r) => sum + r.troops, 0);
    const arrivedBy = p.reinforcements[s].filter((r) => r.on <= last.date).reduce((sum, r) => sum + r.troops, 0);
    const end = i === 0 ? last.x : last.y;
    return {
      name: p.names[s],
      initial: startTroops,
      reinforced: joined,
      final: end,
      lost: startTroops + arrivedBy - end,
      thresholdReached: fine.reached[s],
    };
  };
  return {
    law: p.law,
    a: p.a,
    b: p.b,
    start: isoDate(p.start),
    threshold: p.threshold,
    names: p.names,
    reinforcements: p.reinforcements,
    sides: { x: side('x', 0), y: side('y', 1) },
    outcome,
    ended: { day: last.day, date: last.date, reason: fine.end },
    squareLaw: squareLaw(p),
    integration: { method: INTEGRATION_METHOD, stepsPerDay: p.steps, errorEstimate: worst / 15 },
    days,
  };
}

/** Only the strengths at the end of each day, without the error estimate's second run: a fitted curve. */
export function duelDays(input: DuelInput): DuelDay[] {
  const p = prepare(input);
  return run(p, p.steps).days.map(([x, y], i) => ({ day: i + 1, date: isoDate(p.start + i), x, y }));
}

function decide(reached: Run['reached']): DuelResult['outcome'] {
  const { x, y } = reached;
  if (x === null && y === null) return null;
  const loser: Side = y === null || (x !== null && x.days <= y.days) ? 'x' : 'y';
  const r = (loser === 'x' ? x : y)!;
  return {
    loser,
    winner: loser === 'x' ? 'y' : 'x',
    date: r.date,
    label: r.label,
    day: r.day,
    days: r.days,
    left: r.enemyLeft,
  };
}

function squareLaw(p: Prepared): DuelResult['squareLaw'] {
  if (p.law.name !== 'square' || p.reinforcements.x.length > 0 || p.reinforcements.y.length > 0 || p.b === 0) {
    return null;
  }
  const invariant = p.x ** 2 - (p.a / p.b) * p.y ** 2;
  if (invariant > 0) return { invariant, winner: 'x', left: Math.sqrt(invariant) };
  if (invariant < 0) return { invariant, winner: 'y', left: Math.sqrt((-invariant * p.b) / p.a) };
  return { invariant, winner: null, left: 0 };
}

/** The square law's closed form without reinforcements: both strengths t days after the start. */
export function squareLawAt(x0: number, y0: number, a: number, b: number, t: number): State {
  const k = Math.sqrt(a * b);
  return [
    x0 * Math.cosh(k * t) - Math.sqrt(a / b) * y0 * Math.sinh(k * t),
    y0 * Math.cosh(k * t) - Math.sqrt(b / a) * x0 * Math.sinh(k * t),
  ];
}
