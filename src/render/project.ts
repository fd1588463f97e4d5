import { wrapReport } from './wrap.js';
import { DEFAULT_START_SOURCE } from '../core/projection/baseline.js';
import { midpointOf, type Range } from '../core/figures/range.js';
import type { Milestone, Point, ProjectResult } from '../core/projection/project.js';
import type { ScenarioInput, ScenarioOptions, ScenarioResult } from '../core/projection/scenario.js';
import { formatAmount, formatFixed, formatNumber, formatPercent } from '../core/figures/format.js';
import type { Style } from './style.js';

/** Every value a projection used, defaults included, as `--json` echoes it. */
export interface ProjectEcho {
  force: number | Range;
  rate: number | Range;
  start: string;
  startIsDefault: boolean;
  threshold: number;
  casualties: number | Range | null;
  asOf: string | null;
  phases?: ScenarioInput['phases'];
  reinforcements?: ScenarioInput['reinforcements'];
  returnToDuty?: ScenarioInput['returnToDuty'];
  killedShare?: number;
  model?: ScenarioInput['model'];
  horizonDays?: number;
  on?: string;
  /** How flags that said less than they needed were read (a period for a day, "about 12,000"). */
  readings?: string[];
}

/** A closed-form result, or a stepped one whose date is null when the horizon ends first. */
export type ProjectView = ProjectResult | ScenarioResult;

export interface ProjectDocument {
  schemaVersion: 1;
  command: 'project';
  input: ProjectEcho;
  result: ProjectView;
}

export const projectDocument = (input: ProjectEcho, result: ProjectView): ProjectDocument => ({
  schemaVersion: 1,
  command: 'project',
  input,
  result,
});

const isRange = (value: number | Range): value is Range => typeof value !== 'number';

const when = (p: Point): string => `${p.date} (${p.label})`;

/**
 * "50 % of the force (6,000)"; when reinforcements arrived by the date count in the base,
 * "50 % of force and reinforcements (7,500 of 15,000)".
 */
function shareLost(input: ProjectEcho, result: ProjectView): string {
  const base = result.losses / result.threshold;
  const share = formatPercent(result.threshold);
  if (Math.abs(base - centralForce(input)) < 0.5) return `${share} of the force (${formatNumber(result.losses)})`;
  return `${share} of force and reinforcements (${formatNumber(result.losses)} of ${formatNumber(base)})`;
}

function whatIsLost(input: ProjectEcho, result: ProjectView, verb: 'is' | 'was'): string {
  if (result.threshold === 1) return `The force ${verb} fully lost`;
  return `${shareLost(input, result)} ${verb} lost`;
}

const isStepped = (result: ProjectView): result is ScenarioResult => 'horizonEnd' in result;

/** The day losses stop for good (a last phase at 0 a day that begins within the simulation); else undefined. */
export function lossesStopFrom(input: ScenarioOptions, horizonEnd: string): string | undefined {
  const last = input.phases?.at(-1);
  return last !== undefined && last.rate === 0 && last.from <= horizonEnd ? last.from : undefined;
}

/** A bound of a range of dates; one the casualties counted by the as-of date already reach is on or before it. */
function boundText(input: ProjectEcho, p: Point): string {
  return input.asOf !== null && p.days === 0 && p.date === input.asOf ? `on or before ${p.date}` : when(p);
}

function headline(input: ProjectEcho, result: ProjectView, style: Style): string[] {
  const allReached = result.latest == null || boundText(input, result.latest) === `on or before ${input.asOf}`;
  if (result.reached && allReached) {
    return [
      `${whatIsLost(input, result, 'was')} ${style.strong(`on or before ${input.asOf}`)}: ` +
        `${formatAmount(input.casualties ?? 0)} casualties were counted by then.`,
    ];
  }
  if (result.date === null || result.days === null || result.label === null || result.weeks === null) {
    const end = isStepped(result) ? result.horizonEnd : '';
    const what = result.threshold === 1 ? 'The force is not fully lost' : `${shareLost(input, result)} is not lost`;
    const stop = lossesStopFrom(input, end);
    if (stop !== undefined) {
      return [`${what}: losses stop from ${style.strong(stop)} (a last phase at 0 a day), so no horizon reaches it.`];
    }
    return [
      `${what} ${style.strong(`by the end of the simulation on ${end}`)}. Set a longer --horizon to look further.`,
    ];
  }
  const what = whatIsLost(input, result, 'is');
  const lines: string[] = [];
  if (result.earliest && result.latest) {
    const [earliest, latest] = [boundText(input, result.earliest), boundText(input, result.latest)];
    lines.push(`${what} between ${style.strong(earliest)} and ${style.strong(latest)}.`);
    const central = result.reached ? `already reached on or before ${input.asOf}` : `${result.date} (${result.label})`;
    lines.push(
      `  Central case: ${central}, ${formatNumber(centralForce(input))} troops ` +
        `at ${formatNumber(centralRate(input))} a day.`,
    );
    if (result.reached) return lines;
  } else {
    lines.push(`${what} on ${style.strong(`${result.date} (${result.label})`)}.`);
  }
  const from =
    input.asOf === null
      ? `after the start date ${input.start}`
      : `after the as-of date ${input.asOf} (${formatNumber(midpointOf(input.casualties ?? 0))} already lost)`;
  const pace = isStepped(result)
    ? 'in the scenario below'
    : `at ${formatNumber(centralRate(input))} a day = ${formatPercent(result.dailyShare)} of the force a day`;
  lines.push(`  ${formatFixed(result.days)} days (${formatFixed(result.weeks)} weeks) ${from}, ${pace}.`);
  if (result.earliest === null || result.latest === null) {
    lines.push('  At one end of the ranges the threshold is not reached by the end of the simulation.');
  }
  return lines;
}

function scenarioFacts(result: ProjectView): string[] {
  if (!isStepped(result)) return [];
  const facts: string[] = [];
  if (result.peakDailyLoss) {
    facts.push(`  Peak daily loss: ${formatNumber(result.peakDailyLoss.losses)} on ${result.peakDailyLoss.date}.`);
  }
  if (result.strengthOn) {
    facts.push(`  Strength at the end of ${result.strengthOn.date}: ${formatNumber(result.strengthOn.strength, 0)}.`);
  }
  return facts;
}

const centralForce = (input: ProjectEcho): number => midpointOf(input.force);
const centralRate = (input: ProjectEcho): number => midpointOf(input.rate);

function milestoneRows(milestones: Milestone[], input: ProjectEcho): string[] {
  const rows = milestones.map((m) => [
    formatPercent(m.share, 0),
    formatNumber(m.losses),
    // Already lost by the as-of date: that date, said to be a bound, keeps the table narrow.
    m.reached ? (input.asOf ?? '') : m.date,
    m.reached ? 'on or before' : m.label,
    m.reached ? '' : formatFixed(m.days),
  ]);
  const header = ['lost', 'troops', 'date', 'period', input.asOf === null ? 'days' : 'days after as-of'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rightAligned = new Set([0, 1, 4]);
  const pad = (c: string, i: number): string => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  const line = (cells: string[]): string => `  ${cells.map(pad).join('   ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The scenario options in words, for the assumptions of project and Monte Carlo reports. */
export function scenarioAssumptions(input: ScenarioOptions, lost?: { date: string; whole: boolean }): string[] {
  const lines: string[] = [];
  for (const phase of input.phases ?? [])
    lines.push(`From ${phase.from}: ${formatNumber(phase.rate)} a day${phase.rate === 0 ? ' (off the line)' : ''}.`);
  for (const r of input.reinforcements ?? []) {
    const joining = `${formatNumber(r.troops)} troops join on ${r.on}`;
    if (lost === undefined || r.on <= lost.date) lines.push(`${joining}.`);
    else if (lost.whole) lines.push(`${joining}, after the force is lost on ${lost.date}: they change nothing above.`);
    else lines.push(`${joining}, after the threshold is reached on ${lost.date}: they change only later milestones.`);
  }
  if (input.returnToDuty) {
    lines.push(
      `${formatPercent(input.returnToDuty.share)} of casualties return to ` +
        `duty ${input.returnToDuty.days ?? 20} days after being hit.`,
    );
  }
  if (input.killedShare !== undefined) {
    lines.push(
      `${formatPercent(input.killedShare)} of casualties are killed; the wounded rest return to duty 20 days ` +
        `after being hit.`,
    );
  }
  if (input.model === 'decay')
    lines.push(
      "Decay: each day's losses are the rate × the remaining force ÷ the starting force. Decay never loses " +
        'the whole force: no 100 % milestone.',
    );
  lines.push(
    'Stepped day by day: the force is lost when its strength (force + reinforcements − casualties + returns) ' +
      'falls to (1 − threshold) × (force + reinforcements arrived).',
  );
  return lines;
}

function assumptions(input: ProjectEcho, result: ProjectView): string[] {
  const stepped = isStepped(result);
  const lostOn = result.reached ? input.asOf : result.date;
  const lost = lostOn === null ? undefined : { date: lostOn, whole: result.threshold === 1 };
  const rate = `${formatAmount(input.rate)} a day`;
  const lines = [
    stepped
      ? `The rates below hold: a scenario, not a forecast; the dates hold only if the scenario does.`
      : `The rate stays at ${rate}: a scenario, not a forecast; the dates hold only if the rate holds.`,
    input.startIsDefault
      ? `Start ${input.start}: not given, so the default: ${DEFAULT_START_SOURCE.note} (seeds ` +
        `ledger, ${DEFAULT_START_SOURCE.ledgerId}). Set another with --start.`
      : `Start ${input.start}, as given.`,
    'The start date is day 1 of losses; a date is the day during which cumulative losses reach the share.',
  ];
  if (stepped) {
    lines.push(
      `${input.phases?.length ? 'Before the first phase' : 'Rate'}: ${rate}.`,
      ...scenarioAssumptions(input, lost),
    );
  } else {
    lines.push('Casualties are killed plus wounded; none return to duty and no reinforcements arrive.');
  }
  if (input.asOf !== null) {
    lines.push(
      `${formatAmount(input.casualties ?? 0)} casualties counted through the end of ${input.asOf}; losses go ` +
        `on from the next day.`,
    );
  }
  for (const reading of input.readings ?? []) lines.push(`${reading}.`);
  const casualties = input.casualties ?? 0;
  if (isRange(casualties)) {
    lines.push(
      'Ranges: earliest = the smallest force at the highest rate with the most casualties counted, latest = the ' +
        'largest force at the lowest rate with the fewest; the central case and the milestones use the midpoints.',
    );
  } else if (isRange(input.force) || isRange(input.rate)) {
    lines.push(
      'Ranges: earliest = the smallest force at the highest rate, latest = the largest force at the lowest rate; ' +
        'the central case and the milestones use the midpoints.',
    );
  }
  return lines;
}

/** The human report: the answer first, then milestones, then the assumptions it rests on. */
function projectLines(doc: ProjectDocument, style: Style): string {
  const { input, result } = doc;
  const lines = [
    ...headline(input, result, style),
    ...scenarioFacts(result),
    '',
    style.heading('Milestones'),
    ...(result.milestones.length > 0 ? milestoneRows(result.milestones, input) : ['  none reached']),
    '',
    style.heading('Assumptions'),
    ...assumptions(input, result).map((a) => `  - ${a}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The report of a projection, its long lines wrapped to `width`. */
export const renderProject = (doc: ProjectDocument, style: Style, width: number): string =>
  wrapReport(projectLines(doc, style), width);
