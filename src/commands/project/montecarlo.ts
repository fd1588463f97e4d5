import { isError } from '../../core/coded-error.js';
import { performance } from 'node:perf_hooks';
import { DEFAULT_START } from '../../core/projection/baseline.js';
import { isoDate, type Day } from '../../core/dates.js';
import { lowOf } from '../../core/figures/range.js';
import {
  checkedSamples,
  MonteCarloError,
  planMonteCarlo,
  sampleDays,
  sortDays,
  summarize,
  type MonteCarloInput,
  type MonteCarloPlan,
} from '../../core/projection/montecarlo.js';
import { periodWithYear } from '../flag-kinds.js';
import { parseWindow } from '../../core/parse/periods.js';
import { ProjectionError } from '../../core/projection/project.js';
import { PROJECT_READINGS, runProject } from './run.js';
import { seededUniform } from '../../core/projection/random.js';
import { UsageError } from '../../errors.js';
import type { Output } from '../../shell/io.js';
import { monteCarloDocument, renderMonteCarlo } from '../../render/montecarlo.js';
import { monteCarloEcho } from './echo.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import { scenarioOptions } from '../scenario/options.js';
import type { GivenFlags } from '../flag-table.js';
import type { MonteCarloFlags, ProjectFlags } from './definition.js';
import { flagReadings } from '../flag-readings.js';
import { writeDocument } from '../write-document.js';

/**
 * Samples drawn between looks at the clock (for progress) and at pending events; fewer when each is stepped day by day.
 */
const BATCH = 1 << 18;
const STEPPED_BATCH = 1 << 10;

/**
 * `attrition project … --samples N`: draws N scenarios from the ranges given and reports
 * percentile dates. A seed is chosen when none is given, and printed so the run can be repeated.
 */
export async function runMonteCarlo(flags: MonteCarloFlags, ctx: CommandContext, raw: GivenFlags): Promise<number> {
  // --by "mid-April" means the first mid-April on or after the (earliest) start, as check reads it.
  const from = flags.start === undefined ? DEFAULT_START : lowOf(flags.start);
  const byYear = flags.by === undefined ? null : periodWithYear(flags.by, from);
  const by = flags.by === undefined ? undefined : readBy(byYear?.text ?? flags.by);
  if (![flags.force, flags.rate, flags.start, flags.casualties].some((value) => typeof value === 'object')) {
    // Every figure is a single value: every draw would be the same scenario.
    ctx.io.stderr.write(
      'attrition: note: no range to sample (such as --rate 80..92), so this is the plain projection\n',
    );
    const { samples, seed, dist, by: _by, ...plain } = flags;
    const { samples: _s, seed: _seed, dist: _dist, by: _b, ...plainGiven } = raw;
    return runProject(plain as ProjectFlags, ctx, plainGiven);
  }
  const scenario = scenarioOptions(flags);
  const seed = flags.seed ?? chooseSeed();
  const day = (d: number) => isoDate(d);
  const start = flags.start ?? DEFAULT_START;
  const input: MonteCarloInput = {
    force: flags.force,
    rate: flags.rate,
    start: typeof start === 'number' ? day(start) : { low: day(start.low), high: day(start.high) },
    threshold: flags.threshold ?? 1,
    samples: flags.samples,
    dist: flags.dist ?? 'uniform',
    ...(flags.casualties !== undefined && { casualties: flags.casualties }),
    ...(flags.asOf !== undefined && { asOf: day(flags.asOf) }),
    ...(by !== undefined && { by: day(by) }),
    ...scenario,
  };
  const echo = monteCarloEcho(input, {
    startIsDefault: flags.start === undefined,
    seed,
    seedIsChosen: flags.seed === undefined,
  });
  const readings = [
    ...flagReadings(raw, { ...PROJECT_READINGS, casualties: 'figure' }),
    ...(byYear ? [`--by ${byYear.reading}`] : []),
  ];
  if (readings.length > 0) echo.readings = readings;
  const plan = planOrExplain(input, raw);
  const chart = chartRequest(raw, ctx.json);
  if (chart && plan.stepped !== null) {
    throw new UsageError('--chart and --svg draw Monte Carlo runs at a constant rate only; leave out --samples');
  }
  if (echo.seedIsChosen && !ctx.json)
    ctx.io.stderr.write(`attrition: seed ${seed} chosen; add --seed ${seed} to repeat this run\n`);
  const { days, strengths } = await sample(plan, seed, checkedSamples(echo.samples), ctx.io.stderr);
  const result = { ...summarize(plan, days, strengths), seed };
  const doc = monteCarloDocument(echo, result);
  // Chart code is loaded only when a chart is asked for.
  if (chart) return (await import('./montecarlo-chart.js')).runMonteCarloChart(doc, chart, ctx);
  return writeDocument(doc, renderMonteCarlo, ctx);
}

/** A seed for a run that was given none: 32 random bits, short enough to type back in. */
function chooseSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function planOrExplain(input: MonteCarloInput, raw: GivenFlags): MonteCarloPlan {
  try {
    return planMonteCarlo(input);
  } catch (error) {
    if (!(isError(error, ProjectionError) || isError(error, MonteCarloError))) throw error;
    throw usageErrorFrom(error, givenFlag(raw));
  }
}

/** Draws the scenarios in batches; on a terminal, a run longer than a second shows its progress on stderr. */
async function sample(
  plan: MonteCarloPlan,
  seed: number,
  count: number,
  stderr: Output,
): Promise<{ days: Int32Array; strengths: Float64Array | undefined }> {
  const days = new Int32Array(count);
  const strengths = plan.on === undefined ? undefined : new Float64Array(count);
  const uniform = seededUniform(seed);
  const began = performance.now();
  const batch = plan.stepped === null ? BATCH : STEPPED_BATCH;
  let shown = false;
  for (let from = 0; from < count; from += batch) {
    sampleDays(plan, uniform, days, from, Math.min(count, from + batch), strengths);
    if (stderr.isTTY === true && performance.now() - began > 1000) {
      stderr.write(`\rattrition: sampling ${Math.floor((Math.min(count, from + batch) / count) * 100)} %`);
      shown = true;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (shown) stderr.write('\rattrition: sorting…\u001b[K');
  sortDays(days, plan);
  if (shown) stderr.write('\r\u001b[K');
  return { days, strengths };
}

/** --by: the last day of the day or period it names. */
function readBy(text: string): Day {
  const window = parseWindow(text);
  if (!window.ok) throw new UsageError(`--by ${JSON.stringify(text)} ${window.problem}`);
  return window.value.last;
}
