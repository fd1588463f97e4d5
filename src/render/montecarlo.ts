import type { HistogramBin, MonteCarloResult } from '../core/montecarlo.js';
import type { Range } from '../core/parse.js';
import { formatNumber, formatPercent } from './format.js';
import type { Style } from './style.js';

/** Every value a Monte Carlo run used, defaults and the chosen seed included, as `--json` echoes it. */
export interface MonteCarloEcho {
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
}

export interface MonteCarloDocument {
  schemaVersion: 1;
  command: 'project';
  input: MonteCarloEcho;
  result: MonteCarloResult;
}

export const monteCarloDocument = (input: MonteCarloEcho, result: MonteCarloResult): MonteCarloDocument => ({
  schemaVersion: 1,
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

function drawn(what: string, value: string | number | Range | { low: string; high: string }, dist: string, unit = ''): string | null {
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
    typeof input.start === 'string' ? `start ${input.start}${input.startIsDefault ? ' (the default, from ISW)' : ''}` : null,
    typeof input.casualties === 'number' ? `${formatNumber(input.casualties)} casualties counted through ${input.asOf}` : null,
  ].filter((d): d is string => d !== null);
  const lines = [
    `${formatNumber(result.samples)} scenarios, each drawing ${draws.length > 0 ? draws.join(', ') : 'nothing (no ranges were given)'}` +
      `${held.length > 0 ? `; held: ${held.join(', ')}` : ''}.`,
    'Each scenario keeps its rate: a scenario, not a forecast; the dates hold only if the rates hold.',
    'Percentiles are sampled dates (nearest rank); the bounds are those of attrition project for the same ranges.',
    `Seed ${input.seed}${input.seedIsChosen ? ' (chosen for this run)' : ''}: --seed ${input.seed} repeats this run exactly.`,
  ];
  return lines;
}

/** The human report: the 90 % interval and median first, then the spread by week, then the assumptions. */
export function renderMonteCarlo(doc: MonteCarloDocument, style: Style): string {
  const { input, result } = doc;
  const { quantiles: q, labels } = result;
  const what = result.threshold === 1 ? 'The force is fully lost' : `${formatPercent(result.threshold)} of the force is lost`;
  const rows: [string, string, string][] = [
    ['5th percentile', q.p5, labels.p5],
    ['median', q.p50, labels.p50],
    ['95th percentile', q.p95, labels.p95],
  ];
  const lines = [
    `${what} between ${style.strong(q.p5)} and ${style.strong(q.p95)} in 90 % of ${formatNumber(result.samples)} scenarios; ` +
      `median ${style.strong(q.p50)} (${labels.p50}).`,
    '',
    ...rows.map(([name, date, label]) => `  ${name.padEnd(16)}  ${date}   ${label}`),
    `  ${'bounds'.padEnd(16)}  ${result.earliest.date} to ${result.latest.date}: no scenario falls outside them`,
  ];
  if (result.reached > 0) lines.push(`  ${'already reached'.padEnd(16)}  ${formatPercent(result.reached, 1)} of scenarios, by ${input.asOf}`);
  if (result.by !== undefined) lines.push(`  ${`after ${result.by.date}`.padEnd(16)}  ${formatPercent(result.by.past, 1)} of scenarios`);
  lines.push('', style.heading(result.weeksPerBin > 1 ? `By ${result.weeksPerBin} weeks` : 'By week'));
  lines.push(...bars(result.histogram), '', style.heading('Assumptions'), ...assumptions(input, result).map((a) => `  - ${a}`));
  return `${lines.join('\n')}\n`;
}
