import type { Range } from '../figures/range.js';
import { daysToReach, lossesAt, reachDay } from './project.js';
import { seededUniform, type Uniform } from './random.js';
import {
  MAX_SAMPLES,
  MIN_SAMPLES,
  SAMPLES_RULE,
  MonteCarloError,
  UNREACHED,
  type Distribution,
  type MonteCarloInput,
  type MonteCarloPlan,
  type MonteCarloResult,
} from './montecarlo-types.js';
import { planMonteCarlo } from './montecarlo-plan.js';
import { sortDays, summarize } from './montecarlo-summary.js';

export * from './montecarlo-types.js';
export { planMonteCarlo } from './montecarlo-plan.js';
export { sortDays, summarize } from './montecarlo-summary.js';

/** Draws from [low, high]: uniformly, or triangular with the mode at the middle. */
function drawer(range: Range, dist: Distribution, uniform: Uniform): () => number {
  const { low, high } = range;
  const width = high - low;
  if (width === 0) return () => low;
  if (dist === 'uniform') return () => low + width * uniform();
  return () => {
    const u = uniform();
    const x = low + width * (u < 0.5 ? Math.sqrt(u / 2) : 1 - Math.sqrt((1 - u) / 2));
    return Math.min(x, high);
  };
}

/**
 * Fills days[from, to) with the projected day of one drawn scenario each, using project's own
 * arithmetic. Draws are taken in a fixed order (force, rate, start, casualties; only for ranges),
 * so a seed gives the same days whatever the batch sizes.
 */
export function sampleDays(
  plan: MonteCarloPlan,
  uniform: Uniform,
  days: Int32Array,
  from: number,
  to: number,
  strengths?: Float64Array,
): void {
  const force = drawer(plan.force, plan.dist, uniform);
  const rate = drawer(plan.rate, plan.dist, uniform);
  // A start day is drawn from [first, last + 1) and rounded down, so each day gets its whole share.
  const startSpan =
    plan.start.low === plan.start.high ? plan.start : { low: plan.start.low, high: plan.start.high + 1 };
  const start = drawer(startSpan, plan.dist, uniform);
  const casualties = plan.casualties === null ? () => 0 : drawer(plan.casualties, plan.dist, uniform);
  const { threshold, asOf } = plan;
  const lastStart = plan.start.high;
  const counted = asOf !== undefined;
  if (plan.stepped !== null) {
    const stepped = plan.stepped;
    for (let i = from; i < to; i++) {
      const f = force();
      const r = rate();
      const s = Math.min(Math.floor(start()), lastStart);
      const c = casualties();
      stepped.project({ force: f, rate: r, start: s, threshold, ...(counted && { casualties: c, asOf }) });
      days[i] = Number.isNaN(stepped.days) ? UNREACHED : stepped.day;
      if (strengths !== undefined) strengths[i] = stepped.strengthOn;
    }
    return;
  }
  for (let i = from; i < to; i++) {
    const f = force();
    const r = rate();
    const s = Math.min(Math.floor(start()), lastStart);
    const c = casualties();
    days[i] = reachDay(daysToReach(lossesAt(f, threshold), r, counted ? c : 0), s, asOf);
  }
}

/** Draws `input.samples` scenarios with a seeded generator and summarizes them (the library API). */
export function monteCarlo(input: MonteCarloInput & { seed: number }): MonteCarloResult {
  const plan = planMonteCarlo(input);
  const days = new Int32Array(checkedSamples(input.samples));
  const strengths = plan.on === undefined ? undefined : new Float64Array(days.length);
  sampleDays(plan, seededUniform(input.seed), days, 0, days.length, strengths);
  return { ...summarize(plan, sortDays(days, plan), strengths), seed: input.seed };
}

export function checkedSamples(samples: number): number {
  if (!(Number.isInteger(samples) && samples <= MAX_SAMPLES)) {
    throw new MonteCarloError('samples', 'must be a whole number from 20 to 10,000,000');
  }
  if (!(samples >= MIN_SAMPLES)) {
    throw new MonteCarloError('samples', `is too few: ${SAMPLES_RULE}`);
  }
  return samples;
}
