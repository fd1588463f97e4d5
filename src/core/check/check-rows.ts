import {
  add,
  boundsOf,
  divide,
  figureOf,
  multiply,
  subtract,
  type Stated,
} from '../figures/amount.js';
import { isoDate, LAST_DAY, type Day, type Window } from '../dates.js';
import {
  boundsText,
  dayText,
  dayWindowText,
  deviationText,
  periodText,
  statedText,
  weeksText,
  type FigureUnit,
} from '../figures/figure-text.js';
import { formatNumber, formatPercent } from '../figures/format.js';
import { WOUNDED_TO_KILLED } from './history.js';
import type { Qualifier } from '../figures/vocabulary.js';
import type { Range } from '../figures/range.js';
import type { StatedDuration } from '../parse/index.js';
import { snapToWhole } from '../projection/project.js';
import { deviation, TENSION_FACTOR, verdictOf, type Verdict } from '../figures/verdict.js';

/**
 * The checks themselves, shared by `attrition check` on given figures and by the ledger audit:
 * each takes figures as stated and returns one row with its arithmetic written out.
 */

export type RowVerdict = Verdict | 'context';

/** A figure in a result: a number, a day (YYYY-MM-DD), or an interval (an open end is Infinity, null in JSON). */
export type Figure = number | string | Range | { low: string | null; high: string | null };

export interface CheckRow {
  id: string;
  verdict: RowVerdict;
  /** The computed figure. */
  value: Figure;
  /** The stated figure it is checked against; null for context. */
  expected: Figure | null;
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

const expectedOf = (stated: Stated): Figure => figureOf({ low: stated.low, high: stated.high });

function judge(dev: number, tolerance: number): { verdict: Verdict; phrase: string } {
  const verdict = verdictOf(dev, tolerance);
  const tol = formatPercent(tolerance, 1);
  const wide = formatPercent(TENSION_FACTOR * tolerance, 1);
  if (dev === 0) return { verdict, phrase: 'no deviation' };
  if (verdict === 'consistent') return { verdict, phrase: `${deviationText(dev)}, within the ${tol} tolerance` };
  if (verdict === 'tension') return { verdict, phrase: `${deviationText(dev)}, beyond the ${tol} tolerance but within ${wide}` };
  return { verdict, phrase: `${deviationText(dev)}, beyond ${wide} (${TENSION_FACTOR} × the tolerance)` };
}

/** "42 days (6 weeks)": weeks shown for whole weeks, which is how such spans are usually quoted. */
function daysText(days: Range): string {
  const text = boundsText(days, 'days', 0);
  return days.low === days.high && days.low >= 14 && days.low % 7 === 0 ? `${text} (${days.low / 7} weeks)` : text;
}

/** Days of losses from the start (day 1) through each end of a window. */
export function daysOfLosses(start: Day, through: Window): Range {
  return { low: Math.max(through.first, start) - start + 1, high: through.last - start + 1 };
}

/** The day cumulative losses reach the total: `days` of losses counted from the start as day 1. */
function dayFromStart(start: Day, days: number): Day {
  if (!Number.isFinite(days)) return Infinity;
  const day = start + Math.max(1, Math.ceil(snapToWhole(days))) - 1;
  return day <= LAST_DAY ? day : Infinity;
}

/** The day losses going on from the day after `asOf` reach what remains. */
function dayAfter(asOf: Day, days: number): Day {
  if (!Number.isFinite(days)) return Infinity;
  const day = asOf + Math.ceil(snapToWhole(Math.max(0, days)));
  return day <= LAST_DAY ? day : Infinity;
}

const daysWord = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

const windowFigure = (w: Window): Figure =>
  w.first === w.last
    ? dayText(w.first)
    : { low: Number.isFinite(w.first) ? dayText(w.first) : null, high: Number.isFinite(w.last) ? dayText(w.last) : null };

/** A computed figure against a stated one: the verdict and the fields every compared row reports, and the phrase for its explanation. */
function compare(computed: Range, stated: Stated, tolerance: number) {
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
      `${daysText(days)} of losses from ${isoDate(input.start)} (day 1) through ${periodText(input.asOfText, input.asOf)}; ` +
      `${boundsText(implied, 'per-day')} against the stated ${statedText(input.rate, 'per-day')}: ${phrase}.`,
    title: 'implied rate',
    unit: 'per-day',
    qualifier: input.rate.qualifier,
    stated: statedText(input.rate, 'per-day'),
    arithmetic: `${input.casualtiesText} ÷ ${boundsText(days, 'days', 0)} = ${boundsText(implied, 'per-day')}`,
  };
}

/** Casualties can be no more than the force that suffered them. */
export function withinForceRow(input: {
  id: string;
  tolerance: number;
  casualties: Stated;
  casualtiesText: string;
  force: Stated;
}): CheckRow {
  const casualties = boundsOf(input.casualties);
  const ceiling: Stated = { qualifier: 'up-to', low: boundsOf(input.force).high, high: boundsOf(input.force).high };
  const dev = deviation(casualties, boundsOf(ceiling));
  const { verdict } = judge(dev, input.tolerance);
  const force = statedText(input.force, 'troops', 0);
  return {
    id: input.id,
    verdict,
    value: figureOf(casualties),
    expected: expectedOf(ceiling),
    deviation: dev,
    explanation:
      dev === 0
        ? `${input.casualtiesText} casualties fit within a force of ${force}.`
        : `${input.casualtiesText} casualties are more than the force of ${force} (${deviationText(dev)}).`,
    title: 'casualties within the force',
    unit: 'casualties',
    qualifier: 'up-to',
    stated: `at most ${force}`,
    arithmetic: `${input.casualtiesText} ≤ ${force}`,
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
    explanation: `Killed plus wounded make ${boundsText(sum, 'casualties', 0)}, against the stated ${statedText(input.casualties, 'casualties', 0)} casualties: ${phrase}.`,
    title: 'killed + wounded = casualties',
    unit: 'casualties',
    qualifier: input.casualties.qualifier,
    stated: statedText(input.casualties, 'casualties', 0),
    arithmetic: `${statedText(input.killed, 'casualties', 0)} killed + ${statedText(input.wounded, 'casualties', 0)} wounded = ${boundsText(sum, 'casualties', 0)}`,
  };
}

/** Casualties counted through an as-of day or period; losses go on from the day after it. */
export interface Counted {
  casualties: Stated;
  asOf: Window;
  asOfText: string;
}

interface Projection {
  days: Range;
  window: Window;
  arithmetic: string;
  from: string;
}

/** The constant-rate projection: whole force ÷ rate from the start, or what remains ÷ rate after the as-of date. */
export function projectLoss(force: Stated, rate: Stated, start: Day, counted?: Counted): Projection {
  const f = boundsOf(force);
  const r = boundsOf(rate);
  const forceText = statedText(force, 'troops', 0);
  const rateText = statedText(rate, 'per-day');
  if (counted) {
    const days = divide(subtract(f, boundsOf(counted.casualties)), r);
    const window = { first: dayAfter(counted.asOf.first, days.low), last: dayAfter(counted.asOf.last, days.high) };
    return {
      days,
      window,
      from: `after ${periodText(counted.asOfText, counted.asOf)}`,
      arithmetic: `(${forceText} − ${statedText(counted.casualties, 'casualties', 0)}) ÷ ${rateText} = ${boundsText(days, 'days')}`,
    };
  }
  const days = divide(f, r);
  // With no upper bound on the rate the force could be lost on any day from the start on.
  const first = Number.isFinite(r.high) ? dayFromStart(start, days.low) : -Infinity;
  const window = { first, last: dayFromStart(start, days.high) };
  return {
    days,
    window,
    from: `from ${isoDate(start)} (day 1)`,
    arithmetic: `${forceText} ÷ ${rateText} = ${boundsText(days, 'days')}`,
  };
}

export interface ProjectedDateInput {
  id: string;
  tolerance: number;
  force: Stated;
  rate: Stated;
  start: Day;
  counted?: Counted;
  claimed: Window;
  claimedText: string;
}

/**
 * A claimed date or period against the projection: inside the window is consistent; otherwise the
 * days between the projected date and the window, divided by the projected days of losses.
 */
export function projectedDateRow(input: ProjectedDateInput): CheckRow {
  const p = projectLoss(input.force, input.rate, input.start, input.counted);
  const claimed = periodText(input.claimedText, input.claimed);
  let dev = 0;
  let relation = `${p.window.first === p.window.last ? 'falls within' : 'overlaps'} ${claimed}`;
  if (p.window.first > input.claimed.last) {
    const gap = p.window.first - input.claimed.last;
    dev = gap / Math.max(p.days.low, 1);
    relation = Number.isFinite(gap)
      ? `is ${daysWord(gap)} after the end of ${claimed}: ${gap} ÷ ${formatNumber(p.days.low, 1)} days = ${deviationText(dev)}`
      : `never comes: the force is not lost by 9999-12-31`;
  } else if (p.window.last < input.claimed.first) {
    const gap = input.claimed.first - p.window.last;
    dev = -gap / Math.max(p.days.high, 1);
    relation = `is ${daysWord(gap)} before the start of ${claimed}: ${gap} ÷ ${formatNumber(p.days.high, 1)} days = ${deviationText(dev)}`;
  }
  const { verdict } = judge(dev, input.tolerance);
  return {
    id: input.id,
    verdict,
    value: windowFigure(p.window),
    expected: windowFigure(input.claimed),
    deviation: dev,
    explanation: `The projected date ${dayWindowText(p.window)} ${relation}.`,
    title: 'projected date',
    unit: 'date',
    qualifier: input.claimed.first === input.claimed.last ? 'exact' : 'range',
    stated: input.claimedText,
    arithmetic: `${p.arithmetic} ${p.from} → ${dayWindowText(p.window, false)}`,
  };
}

export interface DurationInput {
  id: string;
  tolerance: number;
  force: Stated;
  rate: Stated;
  start: Day;
  /** Where the duration counts from, with the casualties counted by then; without it, from the start. */
  from?: Counted;
  claimed: StatedDuration;
  claimedText: string;
}

/** A claimed time until the force is lost against the projected days of losses. */
export function durationRow(input: DurationInput): CheckRow {
  const p = projectLoss(input.force, input.rate, input.start, input.from);
  const claimedDays = boundsOf(input.claimed);
  const dev = deviation(p.days, claimedDays);
  const { verdict, phrase } = judge(dev, input.tolerance);
  const inWeeks = input.claimed.unit === 'weeks';
  const projectedText = `${boundsText(p.days, 'days')}${inWeeks && p.days.low === p.days.high ? ` (${weeksText(p.days.low)})` : ''}`;
  const fromDay = input.from?.asOf.first ?? input.start - 1;
  const claimedEnd =
    input.claimed.low === input.claimed.high && Number.isFinite(input.claimed.low)
      ? `; ${input.claimedText} ${input.from ? `from ${dayText(fromDay)}` : `from the start`} ends ${dayWindowText(windowAt(fromDay + Math.round(input.claimed.low)))}`
      : '';
  return {
    id: input.id,
    verdict,
    value: figureOf(p.days),
    expected: expectedOf(input.claimed),
    deviation: dev,
    explanation:
      `Losses run ${projectedText} ${p.from}, to ${dayWindowText(p.window)}${claimedEnd}. ` +
      `${projectedText} against the stated ${input.claimedText}: ${phrase}.`,
    title: 'time until the force is lost',
    unit: 'days',
    qualifier: input.claimed.qualifier,
    stated: input.claimedText,
    arithmetic: `${p.arithmetic}${inWeeks && p.days.low === p.days.high ? ` = ${weeksText(p.days.low)}` : ''}`,
  };
}

const windowAt = (day: Day): Window => ({ first: day, last: day });

/** A stated share against the share its parts give: part ÷ whole. */
export function shareRow(input: {
  id: string;
  tolerance: number;
  title: string;
  part: Stated;
  partText: string;
  whole: Stated;
  wholeText: string;
  share: Stated;
}): CheckRow {
  const computed = divide(boundsOf(input.part), boundsOf(input.whole));
  const { phrase, ...verdict } = compare(computed, input.share, input.tolerance);
  return {
    id: input.id,
    ...verdict,
    explanation: `${input.partText} of ${input.wholeText} is ${boundsText(computed, 'share')}, against the stated ${statedText(input.share, 'share')}: ${phrase}.`,
    title: input.title,
    unit: 'share',
    qualifier: input.share.qualifier,
    stated: statedText(input.share, 'share'),
    arithmetic: `${statedText(input.part, 'casualties', 0)} ÷ ${statedText(input.whole, 'troops', 0)} = ${boundsText(computed, 'share')}`,
  };
}

/** The rate a share of the force lost over a duration implies, against a stated rate. */
export function rateFromShareRow(input: {
  id: string;
  tolerance: number;
  share: Stated;
  force: Stated;
  duration: StatedDuration;
  durationText: string;
  rate: Stated;
}): CheckRow {
  const lost = multiply(boundsOf(input.share), boundsOf(input.force));
  const days = boundsOf(input.duration);
  const implied = divide(lost, days);
  const atRate = multiply(boundsOf(input.rate), days);
  const { phrase, ...verdict } = compare(implied, input.rate, input.tolerance);
  return {
    id: input.id,
    ...verdict,
    explanation:
      `${statedText(input.share, 'share')} of ${statedText(input.force, 'troops', 0)} lost in ${input.durationText} ` +
      `(${boundsText(days, 'days')}, a month counted as 30.44 days) implies ${boundsText(implied, 'per-day')}, against the stated ${statedText(input.rate, 'per-day')}: ${phrase}. ` +
      `At the stated rate that span would cost ${boundsText(atRate, 'casualties', 0)}, ${boundsText(divide(atRate, boundsOf(input.force)), 'share', 0)} of the force.`,
    title: 'rate implied by a share lost over a duration',
    unit: 'per-day',
    qualifier: input.rate.qualifier,
    stated: statedText(input.rate, 'per-day'),
    arithmetic: `${boundsText(boundsOf(input.share), 'share')} × ${statedText(input.force, 'troops', 0)} = ${boundsText(lost, 'casualties', 0)} ÷ ${boundsText(days, 'days')} = ${boundsText(implied, 'per-day')}`,
  };
}

/** One stated figure against another of the same kind, such as a force size against the baseline's. */
export function figureRow(input: {
  id: string;
  tolerance: number;
  title: string;
  unit: FigureUnit;
  claimed: Stated;
  reference: Stated;
  referenceText: string;
}): CheckRow {
  const claimed = boundsOf(input.claimed);
  const { phrase, ...verdict } = compare(claimed, input.reference, input.tolerance);
  const decimals = input.unit === 'per-day' ? 1 : 0;
  return {
    id: input.id,
    ...verdict,
    explanation: `${statedText(input.claimed, input.unit, decimals)} against ${input.referenceText}: ${phrase}.`,
    title: input.title,
    unit: input.unit,
    qualifier: input.reference.qualifier,
    stated: statedText(input.reference, input.unit, decimals),
    arithmetic: `${statedText(input.claimed, input.unit, decimals)} against ${statedText(input.reference, input.unit, decimals)}`,
  };
}

/** Wounded per killed, set beside past wars: context, not a verdict. */
export function woundedToKilledRow(input: { id: string; killed: Range; wounded: Range; arithmetic: string; note?: string }): CheckRow {
  const ratio = divide(input.wounded, input.killed);
  const central = Number.isFinite(ratio.high) ? (ratio.low + ratio.high) / 2 : ratio.low;
  const above = WOUNDED_TO_KILLED.filter((h) => central > h.ratio).map((h) => h.war);
  const below = WOUNDED_TO_KILLED.filter((h) => central < h.ratio).map((h) => h.war);
  const history = WOUNDED_TO_KILLED.map((h) => `${h.war} about ${formatNumber(h.ratio, 1)} : 1`).join(', ');
  const list = (wars: string[]) => (wars.length > 1 ? `${wars.slice(0, -1).join(', ')} and ${wars.at(-1)}` : wars[0]);
  const standing = [above.length ? `above ${list(above)}` : '', below.length ? `below ${list(below)}` : '']
    .filter(Boolean)
    .join(', ');
  return {
    id: input.id,
    verdict: 'context',
    value: figureOf(ratio),
    expected: null,
    deviation: null,
    explanation: `${ratioText(ratio)} wounded to killed${standing ? ` is ${standing}` : ''} (${history}).${input.note ? ` ${input.note}` : ''}`,
    title: 'wounded to killed, against history',
    unit: 'ratio',
    qualifier: null,
    stated: '',
    arithmetic: input.arithmetic,
  };
}

export const ratioText = (ratio: Range): string => `${boundsText(ratio, 'ratio')} : 1`;
