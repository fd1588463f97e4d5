import { performance } from 'node:perf_hooks';
import * as z from 'zod/mini';
import { DEFAULT_START } from '../../core/projection/baseline.js';
import { isoDate } from '../../core/dates.js';
import { lowOf } from '../../core/figures/range.js';
import {
  checkedSamples,
  DISTRIBUTIONS,
  MAX_SAMPLES,
  MIN_SAMPLES,
  SAMPLES_RULE,
  MonteCarloError,
  planMonteCarlo,
  sampleDays,
  sortDays,
  summarize,
  type MonteCarloInput,
  type MonteCarloPlan,
} from '../../core/projection/montecarlo.js';
import {
  parseCountOrRangeFlag,
  parseDayFlag,
  parseNumber,
  parsePositiveOrRangeFlag,
  parseRangeOf,
  parseShare,
  parseWindow,
  periodWithYear,
  type Parsed,
} from '../../core/parse/index.js';
import { ProjectionError } from '../../core/projection/project.js';
import { PROJECT_READINGS, runProject } from './run.js';
import { MAX_SEED, seededUniform } from '../../core/projection/random.js';
import { UsageError } from '../../errors.js';
import type { Output } from '../../shell/io.js';
import { formatWhole } from '../../core/figures/format.js';
import { monteCarloDocument, renderMonteCarlo } from '../../render/montecarlo.js';
import { monteCarloEcho } from './echo.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import { scenarioFlagFields, scenarioOptions } from '../scenario/schema.js';
import { flagReadings } from '../flag-readings.js';
import { flagValue, required, validateGiven } from '../validate.js';
import { fitReport } from '../../render/wrap.js';
import { echo } from '../../core/wording.js';

function parseWhole(text: string, min: number, max: number): Parsed<number> {
  const parsed = parseNumber(text);
  const accepted = `a whole number from ${formatWhole(min)} to ${formatWhole(max)}`;
  if (!parsed.ok) return { ok: false, problem: `is not ${accepted}` };
  if (!(Number.isInteger(parsed.value) && parsed.value >= min && parsed.value <= max))
    return { ok: false, problem: `is not ${accepted}` };
  return parsed;
}

/** --samples: a whole number of scenarios, enough for the percentiles reported. */
function parseSamples(text: string): Parsed<number> {
  const parsed = parseWhole(text, 1, MAX_SAMPLES);
  if (parsed.ok && parsed.value < MIN_SAMPLES) return { ok: false, problem: `is too few: ${SAMPLES_RULE}` };
  return parsed.ok ? parsed : { ok: false, problem: parsed.problem.replace('from 1 to', 'from 20 to') };
}

const monteCarloFlags = {
  force: required(() =>
    flagValue(parsePositiveOrRangeFlag, 'is required: give the force size, such as 12000 or a range 11000..12000'),
  ),
  rate: required(() =>
    flagValue(parsePositiveOrRangeFlag, 'is required: give the casualties a day, such as 92 or a range 80..92'),
  ),
  start: () => z.optional(flagValue((t) => parseRangeOf(t, parseDayFlag))),
  threshold: () => z.optional(flagValue(parseShare)),
  casualties: () => z.optional(flagValue(parseCountOrRangeFlag)),
  asOf: () => z.optional(flagValue(parseDayFlag)),
  samples: required(() => flagValue(parseSamples)),
  seed: () => z.optional(flagValue((t) => parseWhole(t, 0, MAX_SEED))),
  dist: () =>
    z.optional(
      z.enum(DISTRIBUTIONS, {
        error: (issue) => `${echo(issue.input)} is not a distribution; expected uniform or triangular`,
      }),
    ),
  by: () =>
    z.optional(
      flagValue((t) => {
        const window = parseWindow(t);
        return window.ok ? { ok: true, value: window.value.last } : window;
      }),
    ),
  ...scenarioFlagFields,
};

type RawFlags = Record<string, unknown>;

/**
 * Samples drawn between looks at the clock (for progress) and at pending events; fewer when each is stepped day by day.
 */
const BATCH = 1 << 18;
const STEPPED_BATCH = 1 << 10;

/**
 * `attrition project … --samples N`: draws N scenarios from the ranges given and reports
 * percentile dates. A seed is chosen when none is given, and printed so the run can be repeated.
 */
export async function runMonteCarlo(raw: RawFlags, ctx: CommandContext): Promise<number> {
  // --by "mid-April" means the first mid-April on or after the (earliest) start, as check reads it.
  const start0 = raw.start === undefined ? DEFAULT_START : parseRangeOf(String(raw.start), parseDayFlag);
  const from = typeof start0 === 'number' ? start0 : start0.ok ? lowOf(start0.value) : undefined;
  const byYear = typeof raw.by === 'string' && from !== undefined ? periodWithYear(raw.by, from) : null;
  if (byYear) raw = { ...raw, by: byYear.text };
  const flags = validateGiven(monteCarloFlags, raw);
  if (![flags.force, flags.rate, flags.start, flags.casualties].some((value) => typeof value === 'object')) {
    // Every figure is a single value: every draw would be the same scenario.
    ctx.io.stderr.write(
      'attrition: note: no range to sample (such as --rate 80..92), so this is the plain projection\n',
    );
    const { samples, seed, dist, by, ...plain } = raw;
    return runProject(plain, ctx);
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
    ...(flags.by !== undefined && { by: day(flags.by) }),
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
  ctx.io.stdout.write(
    ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : fitReport(renderMonteCarlo(doc, ctx.style), ctx.width),
  );
  return 0;
}

/** A seed for a run that was given none: 32 random bits, short enough to type back in. */
function chooseSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function planOrExplain(input: MonteCarloInput, raw: RawFlags): MonteCarloPlan {
  try {
    return planMonteCarlo(input);
  } catch (error) {
    if (!(error instanceof ProjectionError || error instanceof MonteCarloError)) throw error;
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
