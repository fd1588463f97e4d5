import { fuzzyLabel, isoDate, LAST_DAY, type Day } from '../dates.js';
import { parseDay } from '../parse/days.js';
import { asRange } from '../figures/range.js';
import { daysToReach, lossesAt, project, reachDay, type Point } from './project.js';
import { pastCalendarError } from './engine.js';
import { pickScenarioOptions, SteppedProjector, usesScenario, type ScenarioOptions } from './scenario.js';
import { MonteCarloError, type MonteCarloInput, type MonteCarloPlan } from './montecarlo-types.js';

function dayOf(field: 'start' | 'asOf' | 'by' | 'on', text: string): Day {
  const parsed = parseDay(text);
  if (!parsed.ok) throw new MonteCarloError(field, parsed.problem);
  return parsed.value;
}

/**
 * Checks the input with project's own rules (at the latest start and the most casualties), and
 * works out the earliest and latest dates any scenario can give. Throws ProjectionError.
 */
export function planMonteCarlo(input: MonteCarloInput): MonteCarloPlan {
  const threshold = input.threshold ?? 1;
  const startText = typeof input.start === 'string' ? { low: input.start, high: input.start } : input.start;
  const start = { low: dayOf('start', startText.low), high: dayOf('start', startText.high) };
  if (start.low > start.high)
    throw new MonteCarloError('start', 'has its first date after its last; write the range as FIRST..LAST');
  const casualties = input.casualties === undefined ? null : asRange(input.casualties);
  if (casualties !== null && casualties.low > casualties.high)
    throw new MonteCarloError('casualties', 'has its low end above its high end');
  const options = scenarioOptionsOf(input);
  const checkAt = (first: Day) =>
    project({
      force: input.force,
      rate: input.rate,
      start: isoDate(first),
      threshold,
      ...(casualties !== null && { casualties: casualties.high }),
      ...(input.asOf !== undefined && { asOf: input.asOf }),
      ...options,
    });
  checkAt(start.high);
  // A stepped run's horizon is shortest for the earliest start: the as-of date must fall within it.
  if (options !== null && start.low !== start.high) checkAt(start.low);
  const asOf = input.asOf === undefined ? undefined : dayOf('asOf', input.asOf);
  const force = asRange(input.force);
  const rate = asRange(input.rate);
  const by = input.by === undefined ? undefined : dayOf('by', input.by);
  const common = { input, threshold, dist: input.dist ?? 'uniform', force, rate, start, casualties, asOf, by } as const;
  if (options !== null) return planStepped(common, options);
  const bound = (f: number, r: number, s: Day, c: number) => {
    const days = daysToReach(lossesAt(f, threshold), r, asOf === undefined ? 0 : c);
    const day = reachDay(days, s, asOf);
    if (!(day <= LAST_DAY)) {
      const origin = asOf === undefined ? s : asOf + 1;
      throw pastCalendarError(
        { force: f, rate: r },
        lossesAt(f, threshold) - (asOf === undefined ? 0 : c),
        LAST_DAY - origin + 1,
        'the latest date',
      );
    }
    return { day, point: { date: isoDate(day), days, label: fuzzyLabel(day) } };
  };
  const earliest = bound(force.low, rate.high, start.low, casualties?.high ?? 0);
  const latest = bound(force.high, rate.low, start.high, casualties?.low ?? 0);
  return {
    ...common,
    earliest: earliest.point,
    latest: latest.point,
    earliestDay: earliest.day,
    latestDay: latest.day,
    stepped: null,
    horizonEnd: undefined,
    on: undefined,
  };
}

/** The scenario options of the input when it asks for a scenario model; null for the closed form. */
function scenarioOptionsOf(input: MonteCarloInput): ScenarioOptions | null {
  const options = pickScenarioOptions(input);
  return usesScenario(options) ? options : null;
}

type CommonPlan = Pick<
  MonteCarloPlan,
  'input' | 'threshold' | 'dist' | 'force' | 'rate' | 'start' | 'casualties' | 'asOf' | 'by'
>;

/**
 * A stepped plan: the bounds are the corners of the ranges projected day by day; sampled days lie
 * between the earliest start and the last day simulated for the latest start, or are UNREACHED.
 */
function planStepped(common: CommonPlan, options: ScenarioOptions): MonteCarloPlan {
  const { force, rate, start, casualties, asOf, threshold, by } = common;
  const stepped = new SteppedProjector(options, threshold);
  const horizonEnd = stepped.horizonEnd(start.low);
  if (by !== undefined && by > horizonEnd) {
    throw new MonteCarloError(
      'by',
      (name) => `is after the simulation's end, ${isoDate(horizonEnd)}; give a longer ${name('horizon')}`,
    );
  }
  const bound = (f: number, r: number, s: Day, c: number): Point | null => {
    const run = stepped.project({
      force: f,
      rate: r,
      start: s,
      threshold,
      ...(asOf !== undefined && { casualties: c, asOf }),
    });
    return Number.isNaN(run.days) ? null : { date: isoDate(run.day), days: run.days, label: fuzzyLabel(run.day) };
  };
  return {
    ...common,
    earliest: bound(force.low, rate.high, start.low, casualties?.high ?? 0),
    latest: bound(force.high, rate.low, start.high, casualties?.low ?? 0),
    earliestDay: start.low,
    latestDay: stepped.horizonEnd(start.high),
    stepped,
    horizonEnd,
    on: options.on === undefined ? undefined : dayOf('on', options.on),
  };
}
