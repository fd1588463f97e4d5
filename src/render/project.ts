import { DEFAULT_START_SOURCE } from '../core/baseline.js';
import type { Range } from '../core/parse.js';
import type { Milestone, Point, ProjectResult } from '../core/project.js';
import { formatFixed, formatNumber, formatPercent } from './format.js';
import type { Style } from './style.js';

/** Every value a projection used, defaults included, as `--json` echoes it. */
export interface ProjectEcho {
  force: number | Range;
  rate: number | Range;
  start: string;
  startIsDefault: boolean;
  threshold: number;
  casualties: number | null;
  asOf: string | null;
}

export interface ProjectDocument {
  schemaVersion: 1;
  command: 'project';
  input: ProjectEcho;
  result: ProjectResult;
}

export const projectDocument = (input: ProjectEcho, result: ProjectResult): ProjectDocument => ({
  schemaVersion: 1,
  command: 'project',
  input,
  result,
});

const amount = (value: number | Range): string =>
  typeof value === 'number' ? formatNumber(value) : `${formatNumber(value.low)}–${formatNumber(value.high)}`;

const isRange = (value: number | Range): value is Range => typeof value !== 'number';

const when = (p: Point): string => `${p.date} (${p.label})`;

function whatIsLost(result: ProjectResult, verb: 'is' | 'was'): string {
  if (result.threshold === 1) return `The force ${verb} fully lost`;
  return `${formatPercent(result.threshold)} of the force (${formatNumber(result.losses)}) ${verb} lost`;
}

function headline(input: ProjectEcho, result: ProjectResult, style: Style): string[] {
  if (result.reached) {
    return [
      `${whatIsLost(result, 'was')} ${style.strong(`on or before ${input.asOf}`)}: ` +
        `${formatNumber(input.casualties ?? 0)} casualties were counted by then.`,
    ];
  }
  const what = whatIsLost(result, 'is');
  const lines: string[] = [];
  if (result.earliest && result.latest) {
    lines.push(`${what} between ${style.strong(when(result.earliest))} and ${style.strong(when(result.latest))}.`);
    lines.push(`  Central case: ${when(result)}, ${formatNumber(centralForce(input))} troops at ${formatNumber(centralRate(input))} a day.`);
  } else {
    lines.push(`${what} on ${style.strong(when(result))}.`);
  }
  const from =
    input.asOf === null
      ? `after the start date ${input.start}`
      : `after the as-of date ${input.asOf} (${formatNumber(input.casualties ?? 0)} already lost)`;
  lines.push(
    `  ${formatFixed(result.days)} days (${formatFixed(result.weeks)} weeks) ${from}, ` +
      `at ${formatNumber(centralRate(input))} a day = ${formatPercent(result.dailyShare)} of the force a day.`,
  );
  return lines;
}

const centralOf = (value: number | Range): number => (isRange(value) ? (value.low + value.high) / 2 : value);
const centralForce = (input: ProjectEcho): number => centralOf(input.force);
const centralRate = (input: ProjectEcho): number => centralOf(input.rate);

function milestoneRows(milestones: Milestone[], input: ProjectEcho): string[] {
  const rows = milestones.map((m) => [
    formatPercent(m.share, 0),
    formatNumber(m.losses),
    m.reached ? `on or before ${input.asOf}` : m.date,
    m.reached ? '' : m.label,
    m.reached ? '' : formatFixed(m.days),
  ]);
  const header = ['lost', 'troops', 'date', 'period', input.asOf === null ? 'days' : 'days after as-of'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rightAligned = new Set([0, 1, 4]);
  const line = (cells: string[]): string =>
    `  ${cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('   ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

function assumptions(input: ProjectEcho): string[] {
  const rate = `${amount(input.rate)} a day`;
  const lines = [
    `The rate stays at ${rate}: a scenario, not a forecast; the dates hold only if the rate holds.`,
    input.startIsDefault
      ? `Start ${input.start}: not given, so the default: ${DEFAULT_START_SOURCE.note} (seeds ledger, ${DEFAULT_START_SOURCE.ledgerId}). Set another with --start.`
      : `Start ${input.start}, as given.`,
    'The start date is day 1 of losses; a date is the day during which cumulative losses reach the share.',
    'Casualties are killed plus wounded; none return to duty and no reinforcements arrive.',
  ];
  if (input.asOf !== null) {
    lines.push(`${formatNumber(input.casualties ?? 0)} casualties counted through the end of ${input.asOf}; losses go on from the next day.`);
  }
  if (isRange(input.force) || isRange(input.rate)) {
    lines.push(
      'Ranges: earliest = the smallest force at the highest rate, latest = the largest force at the lowest rate; ' +
        'the central case and the milestones use the midpoints.',
    );
  }
  return lines;
}

/** The human report: the answer first, then milestones, then the assumptions it rests on. */
export function renderProject(doc: ProjectDocument, style: Style): string {
  const { input, result } = doc;
  const lines = [
    ...headline(input, result, style),
    '',
    style.heading('Milestones'),
    ...milestoneRows(result.milestones, input),
    '',
    style.heading('Assumptions'),
    ...assumptions(input).map((a) => `  - ${a}`),
  ];
  return `${lines.join('\n')}\n`;
}
