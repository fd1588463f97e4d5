import { add, boundsOf, type Bounds, type Stated } from '../figures/amount.js';
import {
  durationRow,
  impliedRateRow,
  partsSumRow,
  projectedDateRow,
  withinForceRow,
  woundedToKilledRow,
  type CheckRow,
  type Counted,
} from './check-rows.js';
import { isoDate, type Day, type Window } from '../dates.js';
import { statedText } from '../figures/figure-text.js';
import type { StatedDuration } from '../parse/parse.js';
import { overallVerdict, type Verdict } from '../figures/verdict.js';

/** Figures to check against each other, as stated (qualified) and already read. */
export interface CheckInput {
  force?: Stated;
  rate?: Stated;
  /** First day of losses (day 1). */
  start: Day;
  casualties?: Stated;
  killed?: Stated;
  wounded?: Stated;
  /** The day or period casualties were counted through. */
  asOf?: Window;
  asOfText?: string;
  /** A claimed date or period by which the force is lost. */
  by?: Window;
  byText?: string;
  /** A claimed time until the force is lost, counted from the as-of date (or the start). */
  within?: StatedDuration;
  withinText?: string;
  /** Largest |deviation| still consistent, as a share (0.1 = 10 %). */
  tolerance: number;
}

export interface CheckResult {
  verdict: Verdict;
  tolerance: number;
  checks: CheckRow[];
}

export type CheckField = 'force' | 'rate' | 'start' | 'casualties' | 'killed' | 'wounded' | 'asOf' | 'by' | 'within';

/** Figures that allow no check, or contradict the arithmetic's premises; `field` is null when no flag is to blame. */
export class CheckError extends Error {
  constructor(
    readonly field: CheckField | null,
    readonly problem: string,
  ) {
    super(field === null ? problem : `${field} ${problem}`);
    this.name = 'CheckError';
  }
}

/** A stated figure for a sum of stated figures: exact only if both parts were. */
export function statedSum(a: Stated, b: Stated): Stated {
  const sum: Bounds = add(boundsOf(a), boundsOf(b));
  if (!Number.isFinite(sum.high)) return { qualifier: 'at-least', low: sum.low, high: sum.low };
  if (sum.low === sum.high) {
    return { qualifier: a.qualifier === 'exact' && b.qualifier === 'exact' ? 'exact' : 'approximately', low: sum.low, high: sum.high };
  }
  if (sum.low === 0) return { qualifier: 'up-to', low: sum.high, high: sum.high };
  return { qualifier: 'range', low: sum.low, high: sum.high };
}

/** Casualties counted by the as-of date: as given, or killed plus wounded. */
function countedCasualties(input: CheckInput): { stated: Stated; text: string } | undefined {
  if (input.casualties) return { stated: input.casualties, text: statedText(input.casualties, 'casualties', 0) };
  if (input.killed && input.wounded) {
    const stated = statedSum(input.killed, input.wounded);
    const text = `(${statedText(input.killed, 'casualties', 0)} killed + ${statedText(input.wounded, 'casualties', 0)} wounded)`;
    return { stated, text };
  }
  return undefined;
}

/** Runs every check the given figures allow; pure. */
export function check(input: CheckInput): CheckResult {
  requireUsable(input);
  const counted = countedCasualties(input);
  const asOfText = input.asOfText ?? (input.asOf ? isoDate(input.asOf.first) : '');
  const rows: CheckRow[] = [];
  const { tolerance } = input;

  if (counted && input.asOf && input.rate) {
    rows.push(
      impliedRateRow({
        id: 'implied-rate',
        tolerance,
        casualties: counted.stated,
        casualtiesText: counted.text,
        start: input.start,
        asOf: input.asOf,
        asOfText,
        rate: input.rate,
      }),
    );
  }
  if (counted && input.force) {
    rows.push(withinForceRow({ id: 'casualties-within-force', tolerance, casualties: counted.stated, casualtiesText: counted.text, force: input.force }));
  }
  if (input.killed && input.wounded && input.casualties) {
    rows.push(partsSumRow({ id: 'killed-plus-wounded', tolerance, killed: input.killed, wounded: input.wounded, casualties: input.casualties }));
  }
  const countedAtAsOf = counted && input.asOf ? { casualties: counted.stated, asOf: input.asOf, asOfText } : undefined;
  if (input.by && input.force && input.rate) {
    rows.push(
      projectedDateRow({
        id: 'projected-date',
        tolerance,
        force: input.force,
        rate: input.rate,
        start: input.start,
        ...(countedAtAsOf && { counted: countedAtAsOf }),
        claimed: input.by,
        claimedText: input.byText ?? isoDate(input.by.first),
      }),
    );
  }
  if (input.within && input.force && input.rate) {
    const from = withinFrom(input, countedAtAsOf, asOfText);
    rows.push(
      durationRow({
        id: 'duration',
        tolerance,
        force: input.force,
        rate: input.rate,
        start: input.start,
        ...(from && { from }),
        claimed: input.within,
        claimedText: input.withinText ?? statedText(input.within, 'days'),
      }),
    );
  }
  if (input.killed && input.wounded) {
    rows.push(
      woundedToKilledRow({
        id: 'wounded-to-killed',
        killed: boundsOf(input.killed),
        wounded: boundsOf(input.wounded),
        arithmetic: `${statedText(input.wounded, 'casualties', 0)} wounded ÷ ${statedText(input.killed, 'casualties', 0)} killed`,
      }),
    );
  }
  const verdicts = rows.flatMap((row) => (row.verdict === 'context' ? [] : [row.verdict]));
  if (verdicts.length === 0) {
    throw new CheckError(
      null,
      'no check can run on the figures given; give --rate with --casualties (or --killed and --wounded) and --as-of, ' +
        '--force and --rate with --by or --within, or --killed, --wounded and --casualties',
    );
  }
  return { verdict: overallVerdict(verdicts), tolerance, checks: rows };
}

/**
 * Where a claimed duration counts from: the as-of date with the casualties counted by then; with
 * no casualties given, those the rate would have caused by then; with no as-of date, the start.
 */
export function withinFrom(input: CheckInput, counted: Counted | undefined, asOfText: string): Counted | undefined {
  if (counted) return counted;
  if (!input.asOf || !input.rate) return undefined;
  const days = { low: input.asOf.first - input.start + 1, high: input.asOf.last - input.start + 1 };
  const rate = boundsOf(input.rate);
  const low = rate.low * days.low;
  const high = rate.high * days.high;
  const estimate: Stated =
    low === high ? { qualifier: 'approximately', low, high } : Number.isFinite(high) ? { qualifier: 'range', low, high } : { qualifier: 'at-least', low, high: low };
  return { casualties: estimate, asOf: input.asOf, asOfText };
}

function requireUsable(input: CheckInput): void {
  if ((input.killed === undefined) !== (input.wounded === undefined)) {
    const missing = input.killed === undefined ? 'killed' : 'wounded';
    throw new CheckError(missing, `is required with --${missing === 'killed' ? 'wounded' : 'killed'}: casualties are killed plus wounded`);
  }
  if (input.asOf && input.asOf.last < input.start) {
    throw new CheckError('asOf', `is before the start date ${isoDate(input.start)}; casualties are counted from the start`);
  }
  for (const field of ['by', 'within'] as const) {
    if (input[field] === undefined) continue;
    if (!input.force) throw new CheckError('force', `is required with --${field}: the projection needs the force and the rate`);
    if (!input.rate) throw new CheckError('rate', `is required with --${field}: the projection needs the force and the rate`);
  }
  const counted = input.casualties !== undefined || (input.killed !== undefined && input.wounded !== undefined);
  if (counted && input.rate && !input.asOf) {
    throw new CheckError('asOf', 'is required to check casualties against a rate: give the day the casualties were counted through');
  }
  if (input.asOf && !counted && !input.within) {
    throw new CheckError('asOf', 'needs --casualties (or --killed and --wounded): the number lost through the end of that day');
  }
}
