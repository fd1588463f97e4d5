import { add, boundsOf, type Stated } from '../figures/amount.js';
import type { Range } from '../figures/range.js';
import { fieldName, wordWith, type Wording } from '../wording.js';
import { impliedRateRow, partsSumRow, withinForceRow, type CheckRow } from './check-rows.js';
import { woundedToKilledRow } from './figure-rows.js';
import { durationRow, projectedDateRow, type Counted } from './date-rows.js';
import { isoDate, type Day, type Window } from '../dates.js';
import { statedText } from '../figures/figure-text.js';
import type { StatedDuration } from '../parse/durations.js';
import { DEFAULT_TOLERANCE, overallVerdict, type Verdict } from '../figures/verdict.js';

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
  /** Largest |deviation| still consistent, as a share (0.1 = 10 %); the CLI's 10 % when left out. */
  tolerance?: number;
}

export interface CheckResult {
  verdict: Verdict;
  tolerance: number;
  checks: CheckRow[];
}

export type CheckField = 'force' | 'rate' | 'start' | 'casualties' | 'killed' | 'wounded' | 'asOf' | 'by' | 'within';

/**
 * Figures that allow no check, or contradict the arithmetic's premises; `field` is null when no one input is to blame.
 */
export class CheckError extends Error {
  static readonly code = 'ATTRITION_CHECK';
  readonly code = CheckError.code;
  /** The problem in the core's words, naming other inputs by their field names. */
  readonly problem: string;

  constructor(
    readonly field: CheckField | null,
    private readonly wording: Wording,
  ) {
    const problem = wordWith(wording, fieldName);
    super(field === null ? problem : `${field} ${problem}`);
    this.name = 'CheckError';
    this.problem = problem;
  }

  /** The problem with other inputs named by `name`, such as the flags a command reads. */
  problemNaming(name: (field: string) => string): string {
    return wordWith(this.wording, name);
  }
}

/** A stated figure for a sum of stated figures: exact only if both parts were. */
export function statedSum(a: Stated, b: Stated): Stated {
  const sum: Range = add(boundsOf(a), boundsOf(b));
  if (!Number.isFinite(sum.high)) return { qualifier: 'at-least', low: sum.low, high: sum.low };
  if (sum.low === sum.high) {
    return {
      qualifier: a.qualifier === 'exact' && b.qualifier === 'exact' ? 'exact' : 'approximately',
      low: sum.low,
      high: sum.high,
    };
  }
  if (sum.low === 0) return { qualifier: 'up-to', low: sum.high, high: sum.high };
  return { qualifier: 'range', low: sum.low, high: sum.high };
}

/** Casualties counted by the as-of date: as given, or killed plus wounded. */
function countedCasualties(input: CheckInput): { stated: Stated; text: string } | undefined {
  if (input.casualties) return { stated: input.casualties, text: statedText(input.casualties, 'casualties', 0) };
  if (input.killed && input.wounded) {
    const stated = statedSum(input.killed, input.wounded);
    const text =
      `(${statedText(input.killed, 'casualties', 0)} killed + ${statedText(input.wounded, 'casualties', 0)} ` +
      `wounded)`;
    return { stated, text };
  }
  return undefined;
}

/** The figures a check reads: the input, with the casualties counted by the as-of date worked out once. */
interface Figures extends CheckInput {
  tolerance: number;
  counted?: { stated: Stated; text: string };
  countedAtAsOf?: Counted;
  asOfText: string;
}

/** Figures with the named ones present. */
type Given<K extends keyof Figures> = Figures & { [P in K]-?: NonNullable<Figures[P]> };

/** One check: the row it adds when every figure it needs is present. */
interface CheckEntry {
  id: string;
  needs: readonly (keyof Figures)[];
  build: (f: Figures, id: string) => CheckRow;
}

const entry = <K extends keyof Figures>(
  id: string,
  needs: readonly K[],
  build: (f: Given<K>, id: string) => CheckRow,
): CheckEntry => ({
  id,
  needs,
  build: build as (f: Figures, id: string) => CheckRow,
});

/** Every check `attrition check` knows, in the order its rows are shown. */
const CHECKS: readonly CheckEntry[] = [
  entry('implied-rate', ['counted', 'asOf', 'rate'], (f, id) =>
    impliedRateRow({
      id,
      tolerance: f.tolerance,
      casualties: f.counted.stated,
      casualtiesText: f.counted.text,
      start: f.start,
      asOf: f.asOf,
      asOfText: f.asOfText,
      rate: f.rate,
    }),
  ),
  entry('casualties-within-force', ['counted', 'force'], (f, id) =>
    withinForceRow({
      id,
      tolerance: f.tolerance,
      casualties: f.counted.stated,
      casualtiesText: f.counted.text,
      force: f.force,
    }),
  ),
  entry('killed-plus-wounded', ['killed', 'wounded', 'casualties'], (f, id) =>
    partsSumRow({ id, tolerance: f.tolerance, killed: f.killed, wounded: f.wounded, casualties: f.casualties }),
  ),
  entry('projected-date', ['by', 'force', 'rate'], (f, id) =>
    projectedDateRow({
      id,
      tolerance: f.tolerance,
      force: f.force,
      rate: f.rate,
      start: f.start,
      ...(f.countedAtAsOf && { counted: f.countedAtAsOf }),
      claimed: f.by,
      claimedText: f.byText ?? isoDate(f.by.first),
    }),
  ),
  entry('duration', ['within', 'force', 'rate'], (f, id) => {
    const from = withinFrom(f, f.countedAtAsOf, f.asOfText);
    return durationRow({
      id,
      tolerance: f.tolerance,
      force: f.force,
      rate: f.rate,
      start: f.start,
      ...(from && { from }),
      claimed: f.within,
      claimedText: f.withinText ?? statedText(f.within, 'days'),
    });
  }),
  entry('wounded-to-killed', ['killed', 'wounded'], (f, id) =>
    woundedToKilledRow({
      id,
      killed: boundsOf(f.killed),
      wounded: boundsOf(f.wounded),
      arithmetic: `${statedText(f.wounded, 'casualties', 0)} wounded ÷ ${statedText(f.killed, 'casualties', 0)} killed`,
    }),
  ),
];

/** Runs every check the given figures allow; pure. */
export function check(given: CheckInput): CheckResult {
  const input = { ...given, tolerance: given.tolerance ?? DEFAULT_TOLERANCE };
  requireUsable(input);
  const figures = figuresOf(input);
  const rows = CHECKS.filter((c) => c.needs.every((field) => Boolean(figures[field]))).map((c) =>
    c.build(figures, c.id),
  );
  const verdicts = rows.flatMap((row) => (row.verdict === 'context' ? [] : [row.verdict]));
  if (verdicts.length === 0) throw nothingToCheck();
  return { verdict: overallVerdict(verdicts), tolerance: input.tolerance, checks: rows };
}

function figuresOf(input: CheckInput & { tolerance: number }): Figures {
  const counted = countedCasualties(input);
  const asOfText = input.asOfText ?? (input.asOf ? isoDate(input.asOf.first) : '');
  const countedAtAsOf = counted && input.asOf ? { casualties: counted.stated, asOf: input.asOf, asOfText } : undefined;
  return { ...input, asOfText, ...(counted && { counted }), ...(countedAtAsOf && { countedAtAsOf }) };
}

const nothingToCheck = (): CheckError =>
  new CheckError(
    null,
    (name) =>
      `no check can run; give ${name('rate')}, ${name('casualties')} and ${name('asOf')}, ` +
      `or ${name('force')}, ${name('rate')} and ${name('by')}`,
  );

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
    low === high
      ? { qualifier: 'approximately', low, high }
      : Number.isFinite(high)
        ? { qualifier: 'range', low, high }
        : { qualifier: 'at-least', low, high: low };
  return { casualties: estimate, asOf: input.asOf, asOfText };
}

function requireUsable(input: CheckInput): void {
  if ((input.killed === undefined) !== (input.wounded === undefined)) {
    const missing = input.killed === undefined ? 'killed' : 'wounded';
    throw new CheckError(
      missing,
      (name) =>
        `is required with ${name(missing === 'killed' ? 'wounded' : 'killed')}: casualties are killed plus wounded`,
    );
  }
  if (input.asOf && input.asOf.last < input.start) {
    throw new CheckError('asOf', `is before the start date ${isoDate(input.start)}`);
  }
  if (input.by && input.by.last < input.start) {
    throw new CheckError(
      'by',
      (name) => `is before the start date ${isoDate(input.start)}; give a later ${name('by')}`,
    );
  }
  for (const field of ['by', 'within'] as const) {
    if (input[field] === undefined) continue;
    if (!input.force)
      throw new CheckError(
        'force',
        (name) => `is required with ${name(field)}: the projection needs the force and the rate`,
      );
    if (!input.rate)
      throw new CheckError(
        'rate',
        (name) => `is required with ${name(field)}: the projection needs the force and the rate`,
      );
  }
  const counted = input.casualties !== undefined || (input.killed !== undefined && input.wounded !== undefined);
  if (counted && input.rate && !input.asOf) {
    throw new CheckError('asOf', 'is required with casualties: the day they were counted through');
  }
  if (input.asOf && !counted && !input.within) {
    throw new CheckError(
      'asOf',
      (name) =>
        `needs ${name('casualties')} (or ${name('killed')} and ${name('wounded')}): the number lost through ` +
        `the end of that day`,
    );
  }
}
