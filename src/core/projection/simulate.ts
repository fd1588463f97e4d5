import type { Day } from '../dates.js';
import { lossesAt, type Crossing, type Scenario } from './engine.js';
import type { Resolved } from './scenario-plan.js';

/** What one run of the simulation found, as plain numbers. */
export interface Run {
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
export function simulate(
  s: Scenario,
  r: Resolved,
  shares: readonly number[],
  record?: (day: Day, strength: number) => void,
): Run {
  const run = new Simulation(s, r, shares, record);
  for (let day = run.firstDay; day <= run.lastDay; day++) {
    run.reinforce(day);
    run.returnWounded(day);
    run.followPhases(day);
    run.takeLosses(day);
    run.markSharesLost(day);
    if (run.isSettled(day)) break;
  }
  return run.result();
}

/** The state of one run between days; each method is one step of a day. */
class Simulation {
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Starting force plus reinforcements arrived: the whole that shares are of. */
  private total: number;
  private strength: number;
  private readonly crossings: (Crossing | undefined)[];
  /** Shares not yet lost, and the highest strength at which one of them would be. */
  private open = 0;
  private floor = -Infinity;
  private strengthOn: number | undefined;
  /** Wounded due back, by day modulo the return delay. */
  private readonly returns: Float64Array;
  private readonly on: Day;
  private phase = -1;
  private nextPhase = Infinity;
  private rate: number;
  private readonly arrivalDays: Day[];
  private nextArrival = 0;
  private peakLoss = -1;
  private peakDay: Day;
  private lastLossDay: Day;
  /** From this day on nothing changes once losses stop: no phase resumes and no reinforcement is due. */
  private readonly quietFrom: number;
  /** The day's planned loss and the strength before it was taken. */
  private planned = 0;
  private before = 0;

  constructor(
    private readonly s: Scenario,
    private readonly r: Resolved,
    private readonly shares: readonly number[],
    private readonly record: ((day: Day, strength: number) => void) | undefined,
  ) {
    this.firstDay = s.asOf === undefined ? s.start : s.asOf + 1;
    this.total = s.force;
    this.strength = s.force - (s.asOf === undefined ? 0 : (s.casualties ?? 0));
    this.addEarlierArrivals();
    this.crossings = shares.map(() => undefined);
    this.markSharesLostAlready();
    this.floor = this.highestOpenFloor();
    this.lastDay = record ? r.horizonEnd : Math.max(r.horizonEnd, r.on ?? r.horizonEnd);
    this.recordOpening();
    this.returns = new Float64Array(r.returnShare > 0 ? r.returnDays : 0);
    this.on = r.on ?? -1;
    this.rate = this.openingRate();
    this.arrivalDays = [...r.arrivals.keys()].filter((day) => day >= this.firstDay).sort((x, y) => x - y);
    this.peakDay = this.firstDay;
    this.lastLossDay = this.firstDay - 1;
    const lastPhase = r.phases.length - 1;
    this.quietFrom = Math.max(
      lastPhase >= 0 && r.phases[lastPhase]!.rate === 0 ? r.phases[lastPhase]!.from : Infinity,
      r.lastArrival ?? -Infinity,
    );
  }

  /** Reinforcements that arrived before the first day of losses simulated. */
  private addEarlierArrivals(): void {
    for (const [day, troops] of this.r.arrivals) {
      if (day < this.firstDay) {
        this.total += troops;
        this.strength += troops;
      }
    }
  }

  /** Shares the casualties counted by the as-of date already reach. */
  private markSharesLostAlready(): void {
    const { s, shares, crossings } = this;
    shares.forEach((share, i) => {
      if (s.asOf !== undefined && this.strength <= floorFor(share, this.total)) {
        crossings[i] = { day: s.asOf, days: 0, reached: true, losses: lossesAt(this.total, share) };
      } else this.open++;
    });
  }

  private recordOpening(): void {
    this.record?.(this.firstDay - 1, this.strength);
    if (this.r.on !== undefined && this.r.on < this.firstDay) this.strengthOn = this.strength;
  }

  /** The rate of the phase under way the day before losses are simulated, or the scenario's. */
  private openingRate(): number {
    const { phases } = this.r;
    while (this.phase + 1 < phases.length && phases[this.phase + 1]!.from <= this.firstDay - 1) this.phase++;
    this.nextPhase = this.phase + 1 < phases.length ? phases[this.phase + 1]!.from : Infinity;
    return this.phase >= 0 ? phases[this.phase]!.rate : this.s.rate;
  }

  /** The highest floor of the shares still open: no share is reached on a day the strength stays above it. */
  private highestOpenFloor(): number {
    const { shares, crossings, total } = this;
    return shares.reduce(
      (most, share, i) => (crossings[i] === undefined ? Math.max(most, floorFor(share, total)) : most),
      -Infinity,
    );
  }

  reinforce(day: Day): void {
    if (this.nextArrival < this.arrivalDays.length && this.arrivalDays[this.nextArrival] === day) {
      const arriving = this.r.arrivals.get(day)!;
      this.total += arriving;
      this.strength += arriving;
      this.nextArrival++;
      this.floor = this.highestOpenFloor();
    }
  }

  returnWounded(day: Day): void {
    const { returns } = this;
    if (returns.length > 0) {
      const slot = day % returns.length;
      this.strength += returns[slot]!;
      returns[slot] = 0;
    }
  }

  followPhases(day: Day): void {
    const { phases } = this.r;
    while (this.nextPhase <= day) {
      this.phase++;
      this.rate = phases[this.phase]!.rate;
      this.nextPhase = this.phase + 1 < phases.length ? phases[this.phase + 1]!.from : Infinity;
    }
  }

  takeLosses(day: Day): void {
    const { returns } = this;
    this.planned = this.r.decay ? (this.rate * this.strength) / this.s.force : this.rate;
    const loss = Math.min(this.planned, Math.max(this.strength, 0));
    this.before = this.strength;
    this.strength -= loss;
    if (returns.length > 0) returns[day % returns.length] = this.r.returnShare * loss;
    if (loss > this.peakLoss) {
      this.peakLoss = loss;
      this.peakDay = day;
    }
    if (loss > 0) this.lastLossDay = day;
    if (day === this.on) this.strengthOn = this.strength;
    this.record?.(day, this.strength);
  }

  markSharesLost(day: Day): void {
    if (!(this.open > 0 && this.strength <= this.floor && day <= this.r.horizonEnd)) return;
    const { shares, crossings, total, planned, before, strength } = this;
    shares.forEach((share, i) => {
      if (crossings[i] !== undefined) return;
      if (strength > floorFor(share, total)) return;
      const exactFloor = (1 - share) * total;
      const partOfDay = planned > 0 ? Math.min(1, Math.max(0, (before - exactFloor) / planned)) : 1;
      crossings[i] = { day, days: day - this.firstDay + partOfDay, reached: false, losses: lossesAt(total, share) };
      this.open--;
    });
    this.floor = this.highestOpenFloor();
  }

  /** True when no later day can change the answer. */
  isSettled(day: Day): boolean {
    const { r } = this;
    if (this.open === 0 && (this.record !== undefined || r.on === undefined || day >= r.on)) return true;
    if (
      this.record === undefined &&
      day >= this.quietFrom &&
      (this.returns.length === 0 || day >= this.lastLossDay + this.returns.length)
    ) {
      // The strength holds from here to the horizon: no share still open is reached, and `on` sees it as it is.
      if (r.on !== undefined && r.on > day) this.strengthOn = this.strength;
      return true;
    }
    return false;
  }

  result(): Run {
    return { crossings: this.crossings, peakLoss: this.peakLoss, peakDay: this.peakDay, strengthOn: this.strengthOn };
  }
}

/** The strength at or below which `share` of the force counts as lost; the tolerance matches the closed form's. */
function floorFor(share: number, total: number): number {
  return (1 - share) * total + 1e-9 * Math.max(1, share * total);
}
