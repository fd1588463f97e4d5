import { boundsOf, type Stated } from '../../figures/amount.js';
import { deviationText, statedText } from '../../figures/figure-text.js';
import { formatNumber } from '../../figures/format.js';
import type { Range } from '../../figures/range.js';
import { deviation as deviationOf, verdictOf, type Verdict } from '../../figures/verdict.js';
import { isoDate, type Day, type Window } from '../../dates.js';
import { comparison, rangeInput } from '../against-ledger/comparison.js';
import type { ClaimFigure, Comparison, LedgerRef } from '../against-ledger/types.js';
import { countAt, projectionAt, seriesThrough, type SeriesReference } from './series-reference.js';

/**
 * A claim's figure against a reference series of daily cumulative counts (Ukraine's General Staff's
 * count of Russian personnel losses, or one the user gives): a running total against the series on
 * its date, a count over a period against the series' increase over it, a rate against the series'
 * average, and past the series' last day against a projection with an interval calibrated on the
 * series' own past. A figure about one front is held to the whole-war figure as a bound only. Pure.
 */

export interface SeriesComparisonOptions {
  tolerance: number;
  /** The figure is about one front or town: the series (the whole war) bounds it from above only. */
  boundOnly: boolean;
}

const count = (x: number) => formatNumber(Math.round(x));
const rangeText = (r: Range) => (r.low === r.high ? count(r.low) : `${count(r.low)}–${count(r.high)}`);
const windowText = (w: Window) => (w.first === w.last ? isoDate(w.first) : `${isoDate(w.first)} to ${isoDate(w.last)}`);

/** What the series gives over a figure's window: the count through it, or the increase over it. */
interface SeriesValue {
  range: Range;
  /** The arithmetic: "1,020,010 on 2025-06-30" or "1,020,010 − 988,300". */
  text: string;
  /** Past the last day: the projection that stands in for the count. */
  projected?: string;
}

function totalThrough(series: SeriesReference, w: Window): SeriesValue | undefined {
  const low = valueOn(series, w.first);
  const high = valueOn(series, w.last);
  if (!low || !high) return undefined;
  const text = w.first === w.last || low.text === high.text ? high.text : `${low.text} to ${high.text}`;
  return {
    range: { low: low.range.low, high: high.range.high },
    text,
    ...((low.projected || high.projected) && { projected: high.projected ?? low.projected }),
  };
}

function valueOn(series: SeriesReference, day: Day): SeriesValue | undefined {
  const last = series.days.at(-1)!;
  if (day <= last) {
    const at = countAt(series, day);
    if (at === undefined) return undefined;
    return { range: { low: at, high: at }, text: `${count(at)} on ${isoDate(day)}` };
  }
  const p = projectionAt(series, day);
  if (!p) return undefined;
  return {
    range: { low: p.low, high: p.high },
    text: `${count(p.low)}–${count(p.high)} projected for ${isoDate(day)}`,
    projected:
      `projected from ${isoDate(last)} (${count(p.from)}) at ${formatNumber(p.rate, 0)} a day, the average of ` +
      `the last ${p.window} days, with the 90 % interval of the series' own past errors at ${p.horizon} days`,
  };
}

/**
 * The increase over days all past the series' last: the days at the projection's rate, with the interval of its
 * past errors at the stretch's end. Not the difference of two projected counts, whose intervals would add up
 * though their errors largely cancel ("14,000 over the past week", seven weeks past the last day).
 */
function projectedIncrease(series: SeriesReference, from: Window, to: Window): SeriesValue | undefined {
  const last = series.days.at(-1)!;
  const p = projectionAt(series, to.last);
  if (!p || p.horizon <= 0) return undefined;
  const fewest = Math.max(0, to.first - from.last + 1);
  const most = to.last - from.first + 1;
  const days = fewest === most ? `${most} days` : `${fewest}–${most} days`;
  return {
    range: { low: (fewest / p.horizon) * (p.low - p.from), high: (most / p.horizon) * (p.high - p.from) },
    text: `${days} × ${formatNumber(p.rate, 0)} a day projected`,
    projected:
      `projected from ${isoDate(last)} at ${formatNumber(p.rate, 0)} a day, the average of the last ${p.window} ` +
      `days, with the 90 % interval of the series' own past errors at ${p.horizon} days`,
  };
}

/** The increase over [from, to]: the widest and narrowest readings of two periods' ends. */
function increaseOver(series: SeriesReference, from: Window, to: Window): SeriesValue | undefined {
  if (from.first - 1 >= series.days.at(-1)!) return projectedIncrease(series, from, to);
  const start = (d: Day) => valueOn(series, d - 1);
  const endLow = valueOn(series, to.first);
  const endHigh = valueOn(series, to.last);
  const startLow = start(from.first);
  const startHigh = start(from.last);
  if (!endLow || !endHigh || !startLow || !startHigh) return undefined;
  const low = Math.max(0, endLow.range.low - startHigh.range.high);
  const high = Math.max(0, endHigh.range.high - startLow.range.low);
  return {
    range: { low, high },
    text: `${endHigh.text} − ${startLow.text}`,
    ...((endHigh.projected || endLow.projected) && { projected: endHigh.projected ?? endLow.projected }),
  };
}

/**
 * The increase over the `days` days that end on some day of `end`: the least and the most of them. A window
 * as long as the stretch is the stretch itself ("last week", Monday to Sunday): it ends on the window's last day.
 */
function lastDays(series: SeriesReference, days: number, end: Window): SeriesValue | undefined {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let text = '';
  let projected: string | undefined;
  const firstEnd = end.last - end.first + 1 === days ? end.last : end.first;
  for (let e = firstEnd; e <= end.last; e++) {
    const v = increaseOver(series, { first: e - days + 1, last: e - days + 1 }, { first: e, last: e });
    if (!v) return undefined;
    if (v.range.low < low) low = v.range.low;
    if (v.range.high > high) {
      high = v.range.high;
      text = v.text;
      projected = v.projected;
    }
  }
  return { range: { low, high }, text, ...(projected !== undefined && { projected }) };
}

export function compareWithSeries(
  figure: ClaimFigure,
  series: SeriesReference,
  options: SeriesComparisonOptions,
): Comparison[] {
  if (figure.kind === 'rate') return rateComparison(figure, series, options);
  if (figure.prediction) return predictionComparison(figure, series, options);
  if (figure.kind !== 'casualties' && figure.kind !== 'killed' && figure.kind !== 'wounded') return [];
  const asOf = figure.asOf;
  if (!asOf) return [];
  // Before the series' first losses it says nothing: the war it counts had not begun.
  if (series.zeroDay !== undefined && asOf.last <= series.zeroDay) return [];
  const since = figure.since;
  // A period that would start after it ends is a misreading, not a count to compare.
  if (since && since.first > asOf.last) return [];
  const value =
    figure.periodDays !== undefined
      ? lastDays(series, figure.periodDays, asOf)
      : since
        ? increaseOver(series, since, asOf)
        : totalThrough(series, asOf);
  if (!value) return [];
  // A running total about one front with no period: only the whole war's count through its day bounds it, too
  // loosely to confirm it. A count beyond it is compared ("700,000 in the battle for Avdiivka"); one within is not.
  const total = !since && figure.periodDays === undefined;
  if (options.boundOnly && total && boundsOf(figure.stated).low <= value.range.high) return [];
  // A "total" under a twentieth of the war's count is a day's or an engagement's count misread, not a total.
  if (total && boundsOf(figure.stated).high < value.range.low / 20) return [];
  // The series counts killed and wounded together: a count of killed or of wounded alone, or of one
  // front, is a part of it, held to it from above only.
  const part = figure.kind !== 'casualties' || options.boundOnly;
  const c = boundsOf(figure.stated);
  const allowed: Range = part ? { low: 0, high: value.range.high } : value.range;
  const dev = deviationOf(allowed, c);
  const verdict: Verdict = verdictOf(dev, options.tolerance);
  const claimText = statedText(figure.stated, 'casualties', 0);
  const stretchEnd = asOf.last - asOf.first + 1 === figure.periodDays ? { first: asOf.last, last: asOf.last } : asOf;
  const what =
    figure.periodDays !== undefined
      ? `the increase over ${figure.periodDays === 1 ? 'one day' : `${figure.periodDays} days`} ` +
        `through ${windowText(stretchEnd)}`
      : since
        ? `the increase ${windowText({ first: since.first, last: asOf.last })}`
        : 'the count';
  const ref = refOf(series, asOf, value);
  const partWhy =
    figure.kind !== 'casualties'
      ? `${figure.kind} are a part of ${series.measures}, so the series bounds them from above`
      : `a count for ${figureScope(figure)} is a part of the whole war's, so the series bounds it from above`;
  let why: string;
  if (dev === 0) why = part ? `${claimText} fits within it: ${partWhy}` : `${claimText} fits`;
  else if (dev > 0) why = `the series is higher by ${deviationText(dev)}`;
  else why = `the series is lower by ${deviationText(dev)}${part ? `; ${partWhy}` : ''}`;
  return [
    comparison({
      test: 'series',
      title: `${figure.kind} against ${series.claimant}'s ${since ? 'increase' : 'count'}`,
      figure,
      source: ref,
      verdict,
      value: allowed,
      expected: figure.stated,
      deviation: dev,
      unit: 'casualties',
      stated: claimText,
      arithmetic:
        `${what}: ${value.text}${/[−×]/.test(value.text) ? ` = ${rangeText(value.range)}` : ''}` +
        `${part ? ', an upper bound,' : ''} against ${claimText}`,
      explanation:
        `${series.claimant}'s series (${series.measures}) gives ${count(value.range.low)}` +
        `${value.range.high !== value.range.low ? `–${count(value.range.high)}` : ''} for ${what.replace('the ', '')}` +
        `; ${why}.${value.projected ? ` The claim's date is past the series' last day: ${value.projected}.` : ''}`,
      inputs: {
        claim: rangeInput(c),
        series: rangeInput(value.range),
        from: since ? isoDate(since.first) : null,
        through: isoDate(asOf.last),
        bound: part ? 'upper' : null,
      },
    }),
  ];
}

const figureScope = (figure: ClaimFigure) =>
  figure.subject?.scope === 'local' && figure.subject.place ? `around ${figure.subject.place}` : 'one front';

function refOf(series: SeriesReference, asOf: Window, value: SeriesValue): LedgerRef {
  return { ids: [series.id], claimant: series.claimant, date: windowText(asOf), figure: value.text };
}

/** A daily rate against the series' average over the rate's period, or the 30 days before the claim's date. */
function rateComparison(figure: ClaimFigure, series: SeriesReference, options: SeriesComparisonOptions): Comparison[] {
  const end = figure.asOf?.last;
  if (end === undefined) return [];
  const last = series.days.at(-1)!;
  const through = Math.min(end, last);
  // A period wholly past the series' end ("averaged about 1,000 a day in October" 2025): its last 30 days stand in.
  const since = figure.since && figure.since.first <= last ? figure.since : undefined;
  const from = since?.first ?? through - 29;
  const days = through - from + 1;
  if (days < 1) return [];
  const increase = increaseOver(series, { first: from, last: from }, { first: through, last: through });
  if (!increase) return [];
  const average = increase.range.high / days;
  // "About 1,000 a day" is a round figure: it stands for any rate within its rounding.
  const c = withinRounding(figure.stated);
  const part = options.boundOnly;
  const allowed: Range = part ? { low: 0, high: average } : { low: average, high: average };
  const dev = deviationOf(allowed, c);
  const verdict = verdictOf(dev, options.tolerance);
  const claimText = statedText(figure.stated, 'per-day', 0);
  const window = `${isoDate(from)} to ${isoDate(through)}`;
  const recent = since ? '' : ', the 30 days before the claim’s date';
  const standIn = since ? 'its average to then' : 'its last 30 days';
  return [
    comparison({
      test: 'series',
      title: `rate against ${series.claimant}'s average`,
      figure,
      source: {
        ids: [series.id],
        claimant: series.claimant,
        date: window,
        figure: `${formatNumber(average, 0)} a day`,
      },
      verdict,
      value: allowed,
      expected: figure.stated,
      deviation: dev,
      unit: 'per-day',
      stated: claimText,
      arithmetic: `${count(increase.range.high)} ÷ ${formatNumber(days)} days = ${formatNumber(average, 0)} a day`,
      explanation:
        `${series.claimant}'s series rose ${count(increase.range.high)} over ${window}${recent}: ` +
        `${formatNumber(average, 0)} a day on average against ${claimText}` +
        `${dev === 0 ? '' : ` (${deviationText(dev)})`}${part ? '; one front is bounded by the whole war' : ''}.` +
        (end > last ? ` The series ends on ${isoDate(last)}: ${standIn} stands in.` : ''),
      inputs: { claim: rangeInput(c), average, from: isoDate(from), through: isoDate(through), days },
    }),
  ];
}

/**
 * A total predicted on one day for a later one ("will pass one million by the end of June"), against
 * the series projected from the day it was said: what was knowable then, not what came after (that is
 * said beside it). "At the current pace" keeps the last 30 days' average; an open prediction gets the
 * 90 % interval of the series' own past errors that far ahead.
 */
/**
 * How far a round level may stand from the one meant: half a unit of its last digit that is not zero, at most
 * a twentieth of it ("about 800,000" by 40,000, "1.1 million" by 50,000, "1,020,010" by 5).
 */
export function roundedBy(level: number): number {
  if (!Number.isFinite(level) || level < 10 || !Number.isInteger(level)) return 0;
  let unit = 1;
  while (level % (unit * 10) === 0) unit *= 10;
  return Math.min(unit / 2, level / 20);
}

/** Bounds widened at each end by that end's rounding. */
const widened = (b: Range): Range => ({ low: b.low - roundedBy(b.low), high: b.high + roundedBy(b.high) });

/** A stated figure's bounds, widened by its rounding when it is given as about so many or as a round number. */
function withinRounding(stated: Stated): Range {
  const b = boundsOf(stated);
  return stated.qualifier === 'approximately' || stated.qualifier === 'exact' ? widened(b) : b;
}

function predictionComparison(
  figure: ClaimFigure,
  series: SeriesReference,
  options: SeriesComparisonOptions,
): Comparison[] {
  const asOf = figure.asOf!;
  const prediction = figure.prediction!;
  const origin = Math.min(prediction.from, series.days.at(-1)!);
  const known = seriesThrough(series, origin);
  if (!known) return [];
  const lastKnown = known.days.at(-1)!;
  const end = projectionAt(known, asOf.last);
  const start = asOf.first > lastKnown ? projectionAt(known, asOf.first) : undefined;
  if (!end || (asOf.first > lastKnown && !start)) return [];
  const current = prediction.pace === 'current';
  const steady = (day: Day) => end.from + end.rate * Math.max(0, day - lastKnown);
  const low = current ? steady(asOf.first) : (start?.low ?? countAt(known, asOf.first)!);
  const high = current ? steady(asOf.last) : end.high;
  const part = figure.kind !== 'casualties' || options.boundOnly;
  const allowed: Range = part ? { low: 0, high } : { low, high };
  const c = boundsOf(figure.stated);
  // What a prediction foresees is the rise from the last count: measured on the whole-war total, a rise at
  // twice the pace would hide within the tolerance. A level already passed is weighed as a level.
  const base = end.from;
  const level = widened(c);
  const rise = !part && c.high > base ? { low: level.low - base, high: level.high - base } : undefined;
  const allowedRise = { low: Math.max(0, allowed.low - base), high: Math.max(0, allowed.high - base) };
  const dev = rise ? deviationOf(allowedRise, rise) : deviationOf(allowed, c);
  const claimText = statedText(figure.stated, 'casualties', 0);
  const projected = rangeText(allowed);
  const riseLow = Math.max(0, rise?.low ?? 0);
  const riseText = rise
    ? `; the rise it foresees, ${rangeText({ low: riseLow, high: Number.isFinite(rise.high) ? rise.high : riseLow })}` +
      `${Number.isFinite(rise.high) ? '' : ' or more'}, against ${rangeText(allowedRise)} projected`
    : '';
  const after = asOf.last <= series.days.at(-1)! ? countAt(series, asOf.last) : undefined;
  const how = current
    ? "at the last 30 days' pace, as the claim assumes,"
    : `at the last 30 days' pace, with the 90 % interval of the series' own past errors ${end.horizon} days ahead,`;
  return [
    comparison({
      test: 'series',
      title: `prediction against a projection of ${series.claimant}'s count`,
      figure,
      source: {
        ids: [series.id],
        claimant: series.claimant,
        date: windowText(asOf),
        figure: `${projected} projected from ${isoDate(lastKnown)}`,
      },
      verdict: verdictOf(dev, options.tolerance),
      value: allowed,
      expected: figure.stated,
      deviation: dev,
      unit: 'casualties',
      stated: claimText,
      arithmetic:
        `${count(end.from)} on ${isoDate(lastKnown)} + ${formatNumber(end.rate, 0)} a day` +
        `${current ? '' : ' (with past errors)'} → ${projected} by ${windowText(asOf)}, against ${claimText}`,
      explanation:
        `A prediction made on ${isoDate(prediction.from)}: from ${series.claimant}'s ${count(end.from)} on ` +
        `${isoDate(lastKnown)}, ${how} the series reaches ${projected} by ${windowText(asOf)}` +
        `${dev === 0 ? `; ${claimText} is within reach` : `${riseText} (${deviationText(dev)})`}.` +
        `${after === undefined ? '' : ` The series later counted ${count(after)} on ${isoDate(asOf.last)}.`}`,
      inputs: {
        claim: rangeInput(c),
        projected: rangeInput(allowed),
        from: isoDate(lastKnown),
        through: isoDate(asOf.last),
        rate: end.rate,
        pace: prediction.pace,
        bound: part ? 'upper' : null,
      },
    }),
  ];
}
