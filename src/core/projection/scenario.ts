import { isoDate, type Day } from '../dates.js';
import type { Crossing, Engine, Scenario, StrengthPoint } from './engine.js';
import {
  fitScenario,
  horizonEndOf,
  planScenario,
  usesScenario,
  type Resolved,
  type ScenarioPlan,
} from './scenario-plan.js';
import { simulate, type Run } from './simulate.js';
import type { ScenarioExtras, ScenarioInput, ScenarioOptions } from './types.js';

export type { ScenarioExtras, ScenarioInput, ScenarioOptions, ScenarioResult } from './types.js';
export {
  DEFAULT_RETURN_DAYS,
  fitScenario,
  horizonEndOf,
  pickScenarioOptions,
  planScenario,
  usesScenario,
  type ScenarioPlan,
} from './scenario-plan.js';

/** The day-by-day engine when the input asks for a scenario model; undefined for the closed form. */
export function scenarioEngine(
  input: ScenarioInput,
  start: Day,
  asOf: Day | undefined,
): Engine<ScenarioExtras> | undefined {
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
      strengthOn:
        r.on !== undefined && run.strengthOn !== undefined ? { date: isoDate(r.on), strength: run.strengthOn } : null,
      horizonEnd: isoDate(r.horizonEnd),
      withinHorizon: true,
    },
  };
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
