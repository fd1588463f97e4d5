import { wrapReport } from './wrap.js';
import type { HistogramBin, MonteCarloResult } from '../core/projection/montecarlo.js';
import type { Range } from '../core/figures/range.js';
import type { ScenarioOptions } from '../core/projection/scenario.js';
import { formatNumber, formatPercent } from '../core/figures/format.js';
import { lossesStopFrom, scenarioAssumptions } from './project.js';
import type { Style } from './style.js';

/**
 * Every value a Monte Carlo run used, defaults and the chosen seed included, as `--json` echoes it;
 * the scenario options (as project echoes them) only when given.
 */
export interface MonteCarloEcho extends ScenarioOptions {
  force: number | Range;
  rate: number | Range;
  start: string | { low: string; high: string };
  startIsDefault: boolean;
  threshold: number;
  casualties: number | Range | null;
  asOf: string | null;
  samples: number;
  seed: number;
  seedIsChosen: boolean;
  dist: 'uniform' | 'triangular';
  by: string | null;
  /** How flags that said less than they needed were read (a period for a day, "about 12,000"). */
  readings?: string[];
}

export interface MonteCarloDocument {
  schemaVersion: 3;
  command: 'project';
  input: MonteCarloEcho;
  result: MonteCarloResult;
}

export const monteCarloDocument = (input: MonteCarloEcho, result: MonteCarloResult): MonteCarloDocument => ({
  schemaVersion: 3,
  command: 'project',
  input,
  result,
});

const BAR_WIDTH = 30;

function bars(bins: HistogramBin[]): string[] {
  const most = Math.max(...bins.map((b) => b.share));
  return bins.map((bin) => {
    const bar = '█'.repeat(bin.count === 0 ? 0 : Math.max(1, Math.round((bin.share / most) * BAR_WIDTH)));
    return `  ${bin.from} – ${bin.to}   ${bar.padEnd(BAR_WIDTH)}   ${formatPercent(bin.share, 1).padStart(7)}`;
  });
}

function drawn(
  what: string,
  value: string | number | Range | { low: string; high: string },
  dist: string,
  unit = '',
): string | null {
  if (typeof value === 'number' || typeof value === 'string') return null;
  const low = typeof value.low === 'number' ? formatNumber(value.low) : value.low;
  const high = typeof value.high === 'number' ? formatNumber(value.high) : value.high;
  return `${what} ${dist === 'uniform' ? 'uniformly' : 'triangularly (mode at the middle)'} from ${low}–${high}${unit}`;
}

function assumptions(input: MonteCarloEcho, result: MonteCarloResult): string[] {
  const draws = [
    drawn('the force', input.force, input.dist),
    drawn('the rate', input.rate, input.dist, ' a day'),
    drawn('the start', input.start, input.dist),
    input.casualties === null ? null : drawn(`the casualties counted by ${input.asOf}`, input.casualties, input.dist),
  ].filter((d): d is string => d !== null);
  const held = [
    typeof input.force === 'number' ? `force ${formatNumber(input.force)}` : null,
    typeof input.rate === 'number' ? `rate ${formatNumber(input.rate)} a day` : null,
    typeof input.start === 'string'
      ? `start ${input.start}${input.startIsDefault ? ' (the default, from ISW)' : ''}`
      : null,
    typeof input.casualties === 'number'
      ? `${formatNumber(input.casualties)} casualties counted through ${input.asOf}`
      : null,
  ].filter((d): d is string => d !== null);
  const stepped = result.horizonEnd !== undefined;
  const lines = [
    `${formatNumber(result.samples)} scenarios, each ` +
      `drawing ${draws.length > 0 ? draws.join(', ') : 'nothing (no ranges were given)'}` +
      `${held.length > 0 ? `; held: ${held.join(', ')}` : ''}.`,
    stepped
      ? 'Each scenario keeps its draws and follows the scenario below: a scenario, not a forecast; the dates ' +
        'hold only if it does.'
      : 'Each scenario keeps its rate: a scenario, not a forecast; the dates hold only if the rates hold.',
  ];
  if (stepped) {
    lines.push(
      `${input.phases?.length ? 'Before the first phase' : 'Rate'}: the rate drawn.`,
      ...scenarioAssumptions(input),
      `The simulation of each scenario ` +
        `ends ${input.horizonDays === undefined ? 'ten years' : `${formatNumber(input.horizonDays)} days`} ` +
        `after its start (${result.horizonEnd} for the earliest start); a scenario not lost by then counts as ` +
        `lost after every date.`,
    );
  }
  for (const reading of input.readings ?? []) lines.push(`${reading}.`);
  lines.push(
    'Percentiles are sampled dates (nearest rank); the bounds are those of attrition project for the same ranges.',
    `Seed ${input.seed}${input.seedIsChosen ? ' (chosen for this run)' : ''}: --seed ${input.seed} repeats ` +
      `this run exactly.`,
  );
  return lines;
}

/** A percentile's date, or where it lies when the scenario at that rank is not lost within the horizon. */
const dateOf = (date: string | null, result: MonteCarloResult): string => date ?? `after ${result.horizonEnd}`;

function headline(input: MonteCarloEcho, result: MonteCarloResult, what: string, style: Style): string {
  const { quantiles: q, labels } = result;
  const n = formatNumber(result.samples);
  if (q.p95 !== null) {
    return (
      `${what} between ${style.strong(q.p5!)} and ${style.strong(q.p95)} in 90 % of ${n} scenarios; ` +
      `median ${style.strong(q.p50!)} (${labels.p50}).`
    );
  }
  const end = `by the end of the simulation on ${result.horizonEnd}`;
  const unreached = `${formatPercent(result.unreached ?? 0, 1)} of scenarios do not reach the threshold ${end}.`;
  if (q.p5 !== null) {
    const median = q.p50 === null ? style.strong(dateOf(null, result)) : `${style.strong(q.p50)} (${labels.p50})`;
    return `${what} on or after ${style.strong(q.p5)} in 95 % of ${n} scenarios; median ${median}. ${unreached}`;
  }
  const reached = 1 - (result.unreached ?? 0);
  // Losses that stop for good are not reached by any horizon: saying so beats suggesting a longer one.
  const stop = lossesStopFrom(input, result.horizonEnd ?? '');
  const further =
    stop === undefined
      ? 'Set a longer --horizon to look further.'
      : `Losses stop from ${stop} (a last phase at 0 a day), so no horizon reaches the rest.`;
  if (reached === 0) return `${what} in none of ${n} scenarios ${style.strong(end)}. ${further}`;
  return `${what} ${style.strong(end)} in only ${formatPercent(reached, 1)} of ${n} scenarios. ${further}`;
}

function boundsRow(result: MonteCarloResult): string {
  const name = 'bounds'.padEnd(16);
  if (result.earliest === null)
    return `  ${name}  none: even the earliest end of the ranges is not lost by ${result.horizonEnd}`;
  return (
    `  ${name}  ${result.earliest.date} to ${result.latest?.date ?? dateOf(null, result)}: no scenario falls ` +
    `outside them`
  );
}

/** The human report: the 90 % interval and median first, then the spread by week, then the assumptions. */
function monteCarloLines(doc: MonteCarloDocument, style: Style): string {
  const { input, result } = doc;
  const { quantiles: q, labels } = result;
  const what =
    result.threshold === 1 ? 'The force is fully lost' : `${formatPercent(result.threshold)} of the force is lost`;
  const rows: [string, string, string][] = [
    ['5th percentile', dateOf(q.p5, result), labels.p5 ?? 'not lost within the horizon'],
    ['median', dateOf(q.p50, result), labels.p50 ?? 'not lost within the horizon'],
    ['95th percentile', dateOf(q.p95, result), labels.p95 ?? 'not lost within the horizon'],
  ];
  const dateWidth = Math.max(...rows.map(([, date]) => date.length));
  const lines = [
    headline(input, result, what, style),
    '',
    ...rows.map(([name, date, label]) => `  ${name.padEnd(16)}  ${date.padEnd(dateWidth)}   ${label}`),
    boundsRow(result),
  ];
  if (result.reachedShare > 0)
    lines.push(
      `  ${'already reached'.padEnd(16)}  ${formatPercent(result.reachedShare, 1)} of scenarios, by ${input.asOf}`,
    );
  if (result.unreached) {
    lines.push(
      `  ${'not reached'.padEnd(16)}  ${formatPercent(result.unreached, 1)} of scenarios, ` +
        `by ${result.horizonEnd} (the end of the simulation)`,
    );
  }
  if (result.afterBy !== undefined)
    lines.push(`  ${`after ${result.afterBy.date}`.padEnd(16)}  ${formatPercent(result.afterBy.past, 1)} of scenarios`);
  if (result.strengthOn !== undefined) {
    const { date, p5, p50, p95 } = result.strengthOn;
    const troops = (x: number) => formatNumber(x, 0);
    lines.push(
      `  ${`strength on ${date}`}: ${troops(p5)} (5th percentile), ${troops(p50)} (median), ${troops(p95)} ` +
        `(95th percentile)`,
    );
  }
  lines.push('', style.heading(result.weeksPerBin > 1 ? `By ${formatNumber(result.weeksPerBin)} weeks` : 'By week'));
  lines.push(...(result.histogram.length > 0 ? bars(result.histogram) : ['  no scenario is lost within the horizon']));
  lines.push('', style.heading('Assumptions'), ...assumptions(input, result).map((a) => `  - ${a}`));
  return `${lines.join('\n')}\n`;
}

/** The report of a Monte Carlo run, its long lines wrapped to `width`. */
export const renderMonteCarlo = (doc: MonteCarloDocument, style: Style, width: number): string =>
  wrapReport(monteCarloLines(doc, style), width);
