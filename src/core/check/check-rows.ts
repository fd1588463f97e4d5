import { add, boundsOf, divide, figureOf, type Stated } from '../figures/amount.js';
import { isoDate, LAST_DAY, type Day, type Window } from '../dates.js';
import { boundsText, dayText, deviationText, periodText, statedText, type FigureUnit } from '../figures/figure-text.js';
import { formatNumber, formatPercent } from '../figures/format.js';
import type { Qualifier } from '../figures/vocabulary.js';
import type { Range } from '../figures/range.js';
import { hardBound } from './hard-bound.js';
import { snapToWhole } from '../projection/project.js';
import { deviation, TENSION_FACTOR, verdictOf, type Verdict } from '../figures/verdict.js';

/**
 * The checks themselves, shared by `attrition check` on given figures and by the ledger audit:
 * each takes figures as stated and returns one row with its arithmetic written out.
 */

export type RowVerdict = Verdict | 'context';

/** A figure in a result: a number, a day (YYYY-MM-DD), or an interval (an open end is Infinity, null in JSON). */
export type RowValue = number | string | Range | { low: string | null; high: string | null };

export interface CheckRow {
  id: string;
  verdict: RowVerdict;
  /** The computed figure. */
  value: RowValue;
  /** The stated figure it is checked against; null for context. */
  expected: RowValue | null;
  /** (computed − stated) ÷ stated, to the nearest end of each interval; 0 when they meet. */
  deviation: number | null;
  explanation: string;
  /** What was checked. */
  title: string;
  unit: FigureUnit;
  /** How the stated figure was qualified (at least, up to …). */
  qualifier: Qualifier | null;
  /** The stated figure as text: "about 92 a day", "mid-April 2025"; empty for context. */
  stated: string;
  arithmetic: string;
}

export const expectedOf = (stated: Stated): RowValue => figureOf({ low: stated.low, high: stated.high });

export function judge(dev: number, tolerance: number): { verdict: Verdict; phrase: string } {
  const verdict = verdictOf(dev, tolerance);
  const tol = formatPercent(tolerance, 1);
  const wide = formatPercent(TENSION_FACTOR * tolerance, 1);
  if (dev === 0) return { verdict, phrase: 'no deviation' };
  if (verdict === 'consistent') return { verdict, phrase: `${deviationText(dev)}, within the ${tol} tolerance` };
  if (verdict === 'tension')
    return { verdict, phrase: `${deviationText(dev)}, beyond the ${tol} tolerance but within ${wide}` };
  return { verdict, phrase: `${deviationText(dev)}, beyond ${wide} (${TENSION_FACTOR} × the tolerance)` };
}

/** "42 days (6 weeks)": weeks shown for whole weeks, which is how such spans are usually quoted. */
export function daysText(days: Range): string {
  const text = boundsText(days, 'days', 0);
  return days.low === days.high && days.low >= 14 && days.low % 7 === 0 ? `${text} (${days.low / 7} weeks)` : text;
}

/** Days of losses from the start (day 1) through each end of a window. */
export function daysOfLosses(start: Day, through: Window): Range {
  return { low: Math.max(through.first, start) - start + 1, high: through.last - start + 1 };
}

/** The day cumulative losses reach the total: `days` of losses counted from the start as day 1. */
export function dayFromStart(start: Day, days: number): Day {
  if (!Number.isFinite(days)) return Infinity;
  const day = start + Math.max(1, Math.ceil(snapToWhole(days))) - 1;
  return day <= LAST_DAY ? day : Infinity;
}

/** The day losses going on from the day after `asOf` reach what remains. */
export function dayAfter(asOf: Day, days: number): Day {
  if (!Number.isFinite(days)) return Infinity;
  const day = asOf + Math.ceil(snapToWhole(Math.max(0, days)));
  return day <= LAST_DAY ? day : Infinity;
}

export const daysWord = (n: number): string => `${formatNumber(n)} day${n === 1 ? '' : 's'}`;

export const windowFigure = (w: Window): RowValue =>
  w.first === w.last
    ? dayText(w.first)
    : {
        low: Number.isFinite(w.first) ? dayText(w.first) : null,
        high: Number.isFinite(w.last) ? dayText(w.last) : null,
      };

/**
 * A computed figure against a stated one: the verdict and the fields every compared row reports, and the phrase for its
 * explanation.
 */
export function compare(computed: Range, stated: Stated, tolerance: number) {
  const dev = deviation(computed, boundsOf(stated));
  const { verdict, phrase } = judge(dev, tolerance);
  return { verdict, value: figureOf(computed), expected: expectedOf(stated), deviation: dev, phrase };
}

export interface ImpliedRateInput {
  id: string;
  tolerance: number;
  casualties: Stated;
  /** How the casualties were arrived at: "3,800" or "300 killed + 2,700 wounded". */
  casualtiesText: string;
  start: Day;
  asOf: Window;
  asOfText: string;
  rate: Stated;
}

/** Casualties ÷ days of losses from the start (day 1) through the as-of date, against the stated rate. */
export function impliedRateRow(input: ImpliedRateInput): CheckRow {
  const days = daysOfLosses(input.start, input.asOf);
  const implied = divide(boundsOf(input.casualties), days);
  const { phrase, ...verdict } = compare(implied, input.rate, input.tolerance);
  return {
    id: input.id,
    ...verdict,
    explanation:
      `${daysText(days)} of losses from ${isoDate(input.start)} (day 1) ` +
      `through ${periodText(input.asOfText, input.asOf)}; ` +
      `${boundsText(implied, 'per-day')} against the stated ${statedText(input.rate, 'per-day')}: ${phrase}.`,
    title: 'implied rate',
    unit: 'per-day',
    qualifier: input.rate.qualifier,
    stated: statedText(input.rate, 'per-day'),
    arithmetic: `${input.casualtiesText} ÷ ${boundsText(days, 'days', 0)} = ${boundsText(implied, 'per-day')}`,
  };
}

/** Casualties can be no more than the force that suffered them: a hard bound (see hard-bound.ts). */
export function withinForceRow(input: {
  id: string;
  tolerance: number;
  casualties: Stated;
  casualtiesText: string;
  force: Stated;
}): CheckRow {
  const casualties = boundsOf(input.casualties);
  const ceiling: Stated = { qualifier: 'up-to', low: boundsOf(input.force).high, high: boundsOf(input.force).high };
  const bound = hardBound(input.casualties, input.force, input.tolerance);
  const force = statedText(input.force, 'troops', 0);
  return {
    id: input.id,
    verdict: bound.verdict,
    value: figureOf(casualties),
    expected: expectedOf(ceiling),
    deviation: bound.deviation,
    explanation: bound.holds
      ? `${input.casualtiesText} casualties fit within a force of ${force}.`
      : `${input.casualtiesText} casualties are more than the force of ${force}: the bound is ${bound.phrase}.`,
    title: 'casualties within the force',
    unit: 'casualties',
    qualifier: 'up-to',
    stated: `at most ${force}`,
    arithmetic: `${input.casualtiesText} ${bound.relation} ${force}`,
  };
}

/** Killed plus wounded against the casualties stated beside them. */
export function partsSumRow(input: {
  id: string;
  tolerance: number;
  killed: Stated;
  wounded: Stated;
  casualties: Stated;
}): CheckRow {
  const sum = add(boundsOf(input.killed), boundsOf(input.wounded));
  const { phrase, ...verdict } = compare(sum, input.casualties, input.tolerance);
  return {
    id: input.id,
    ...verdict,
    explanation:
      `Killed plus wounded make ${boundsText(sum, 'casualties', 0)}, against the ` +
      `stated ${statedText(input.casualties, 'casualties', 0)} casualties: ${phrase}.`,
    title: 'killed + wounded = casualties',
    unit: 'casualties',
    qualifier: input.casualties.qualifier,
    stated: statedText(input.casualties, 'casualties', 0),
    arithmetic:
      `${statedText(input.killed, 'casualties', 0)} killed + ${statedText(input.wounded, 'casualties', 0)} ` +
      `wounded = ${boundsText(sum, 'casualties', 0)}`,
  };
}

export const windowAt = (day: Day): Window => ({ first: day, last: day });
