import type { Range } from '../figures/range.js';

export interface ProjectInput {
  /** Troops at the start, or an interval of plausible sizes. */
  force: number | Range;
  /** Casualties a day, or an interval. */
  rate: number | Range;
  /** First day of losses: 2024-12-06, 6 Dec 2024, December 6, 2024. */
  start: string;
  /** Share of the force whose loss counts, in (0, 1]. Default 1. */
  threshold?: number;
  /** Casualties counted through the end of `asOf`, or an interval: then the dates are a range too. */
  casualties?: number | Range;
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
 * Scenario models beyond one constant rate, as project, sweep and Monte Carlo take them. None given is the closed form.
 */
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
