import { boundsOf } from '../../../figures/amount.js';
import { boundsText, statedText } from '../../../figures/figure-text.js';
import { formatNumber } from '../../../figures/format.js';
import { deviationText } from '../../../figures/figure-text.js';
import { isoDate, type Window } from '../../../dates.js';
import { verdictOf, type Verdict } from '../../../figures/verdict.js';
import type { Range } from '../../../figures/range.js';
import { comparison, rangeInput, refText, relationText, type ComparisonContext } from '../comparison.js';
import type { LedgerCount } from '../ledger-view.js';
import { largestKilledShare } from './killed-share.js';
import type { ClaimFigure, Comparison, ComparisonTest } from '../types.js';
import type { LossKind } from '../../../figures/vocabulary.js';

/**
 * A cumulative count at one date against a ledger count at another. A count grows by no more than
 * the highest quoted rate (casualties of every kind) a day, and never falls. Killed or wounded are
 * parts of casualties: a part can outgrow no casualty count; casualties fall below no earlier part.
 */

type Sides = { test: ComparisonTest; upper: boolean; lower: boolean };

function sidesOf(claim: LossKind, ledger: LossKind): Sides | undefined {
  if (claim === ledger) return { test: 'count-over-time', upper: true, lower: true };
  if (ledger === 'casualties') return { test: 'part-over-time', upper: true, lower: false };
  if (claim === 'casualties') return { test: 'whole-over-time', upper: false, lower: true };
  return undefined;
}

const NOUN: Record<LossKind, string> = { casualties: 'casualties', killed: 'killed', wounded: 'wounded' };
const days = (n: number) => `${formatNumber(n)} day${n === 1 ? '' : 's'}`;
const count = (x: number) => (Number.isFinite(x) ? formatNumber(Math.round(x)) : 'no limit');

/** "mid-January 2025 read as 2025-01-11" where a period had to be read as one day. */
function reading(label: string, window: Window, day: number): string | undefined {
  return window.first === window.last ? undefined : `${label} read as ${isoDate(day)}`;
}

/**
 * A claim above a later count: two sources disagree about one moment, and may count differently, so the tension band
 * is twice as wide. A count several times another's later one is still refuted.
 */
function disagreement(deviation: number, tolerance: number): Verdict {
  const verdict = verdictOf(deviation, tolerance);
  if (verdict !== 'inconsistent') return verdict;
  return verdictOf(deviation, 2 * tolerance) === 'inconsistent' ? 'inconsistent' : 'tension';
}

export function countOverTime(
  figure: ClaimFigure & { kind: LossKind; asOf: Window },
  ledger: LedgerCount,
  ctx: ComparisonContext,
): Comparison | undefined {
  const sides = sidesOf(figure.kind, ledger.kind);
  if (!sides) return undefined;
  // Killed and wounded a ledger also sums into casualties are compared as that sum; killed it works out
  // from a share of its own casualties, as those casualties.
  if (
    sides.test === 'whole-over-time' &&
    (ledger.fromShare ||
      ctx.view.counts.some((c) => c.kind === 'casualties' && ledger.ref.ids.every((id) => c.ref.ids.includes(id))))
  )
    return undefined;
  const a = figure.asOf;
  const b = ledger.window;
  // Killed grow by at most the casualty rate times the largest share of casualties killed any source gives.
  const share = figure.kind === 'killed' && ledger.kind === 'killed' ? largestKilledShare(ctx) : undefined;
  const rate =
    ctx.view.maxRate && share
      ? { value: ctx.view.maxRate.value * share.share, ref: ctx.view.maxRate.ref }
      : ctx.view.maxRate;
  const forward = Math.max(0, a.last - b.first);
  const backward = Math.max(0, b.last - a.first);
  const l = boundsOf(ledger.stated);
  const grow = (n: number) => (n === 0 ? 0 : rate ? rate.value * n : Infinity);
  const allowed: Range = {
    low: sides.lower ? Math.max(0, l.low - grow(backward)) : 0,
    high: sides.upper ? l.high + grow(forward) : Infinity,
  };
  // A count that bounds nothing (at least N, with no later count below it) says nothing.
  if (allowed.low === 0 && !Number.isFinite(allowed.high)) return undefined;
  const c = boundsOf(figure.stated);
  const claimText = statedText(figure.stated, 'casualties', 0);
  const rateText = rate
    ? share
      ? `${formatNumber(rate.value, 1)} a day ` +
        `(${formatNumber(ctx.view.maxRate!.value, 1)} × ${formatNumber(share.share * 100, 1)} % killed)`
      : `${formatNumber(rate.value, 1)} a day`
    : 'any rate';
  const lowText =
    backward > 0 && sides.lower
      ? `${count(allowed.low)} (${count(l.low)} − ${rateText} × ${days(backward)})`
      : count(allowed.low);
  const highText =
    forward > 0 && sides.upper
      ? `${count(allowed.high)} (${count(l.high)} + ${rateText} × ${days(forward)})`
      : count(allowed.high);
  let verdict: Verdict = 'consistent';
  let deviation = 0;
  let why = `${claimText} ${NOUN[figure.kind]} fits`;
  if (c.low > allowed.high) {
    deviation = (c.low - allowed.high) / allowed.high;
    // With no days to grow in, the ledger's count is the later one and lower: sources disagree, a count fell.
    verdict = forward === 0 ? disagreement(deviation, ctx.tolerance) : verdictOf(deviation, ctx.tolerance);
    why =
      verdict === 'consistent'
        ? `${claimText} ${NOUN[figure.kind]} is above what ${rateText} allows by ${deviationText(deviation)}, ` +
          `within the tolerance`
        : forward === 0
          ? `above the ${ledger.ref.figure} counted at or after the claim's date (${deviationText(deviation)}): ` +
            `a cumulative count never falls, so the sources disagree`
          : figure.kind === ledger.kind
            ? `more than can be reached from ${ledger.ref.figure} at ${rateText}, the highest quoted rate of ` +
              `casualties of every kind (${deviationText(deviation)})`
            : `more ${NOUN[figure.kind]} than the casualties ${ledger.ref.figure} can have grown to ` +
              `at ${rateText} (${deviationText(deviation)})`;
  } else if (c.high < allowed.low) {
    deviation = (c.high - allowed.low) / allowed.low;
    // A lower count may count more narrowly (confirmed deaths, one source's own): a cumulative count that falls is a
    // tension, not a contradiction.
    verdict = verdictOf(deviation, ctx.tolerance) === 'consistent' ? 'consistent' : 'tension';
    why =
      verdict === 'consistent'
        ? `${claimText} ${NOUN[figure.kind]} is below ${ledger.ref.figure} by ${deviationText(deviation)}, ` +
          `within the tolerance`
        : backward > 0
          ? `below what ${ledger.ref.figure} counted later allows at ${rateText} (${deviationText(deviation)}); ` +
            `a cumulative count never falls`
          : `below the earlier ${ledger.ref.figure}${figure.kind === ledger.kind ? '' : ` ${NOUN[ledger.kind]}`} ` +
            `(${deviationText(deviation)}): a cumulative count never falls`;
  }
  // The readings of the side that binds: growth since the ledger's date, or its count after the claim's.
  const above = c.low > allowed.high;
  const below = c.high < allowed.low;
  const growth = forward > 0 && sides.upper && !below;
  const after = backward > 0 && sides.lower && !above;
  const readings = [
    growth ? reading(ledger.ref.date ?? '', b, b.first) : undefined,
    after ? reading(ledger.ref.date ?? '', b, b.last) : undefined,
    growth ? reading(figure.asOfText ?? '', a, a.last) : undefined,
    after ? reading(figure.asOfText ?? '', a, a.first) : undefined,
  ].filter((r): r is string => r !== undefined);
  const readingText =
    readings.length > 0 ? ` Dates: ${readings.join('; ')}, the readings most favourable to the claim.` : '';
  const gap =
    a.first > b.last
      ? `${days(a.last - b.first)} before the claim's date`
      : b.first > a.last
        ? `${days(b.last - a.first)} after the claim's date`
        : "at about the claim's date";
  return comparison({
    test: sides.test,
    title: `${NOUN[figure.kind]} against ${ledger.ref.claimant}'s ${NOUN[ledger.kind]}`,
    figure,
    source: ledger.ref,
    verdict,
    value: c,
    expected: { qualifier: 'range', low: allowed.low, high: allowed.high },
    deviation,
    unit: 'casualties',
    stated: `${count(allowed.low)}–${count(allowed.high)}`,
    arithmetic: relationText(c, claimText, allowed, { low: lowText, high: highText }),
    explanation:
      `${refText(ledger.ref)} counted ${ledger.ref.figure} ${NOUN[ledger.kind]}, ${gap}; ` + `${why}.${readingText}`,
    readings,
    inputs: {
      claim: rangeInput(c),
      ledger: rangeInput(l),
      rate: rate?.value ?? null,
      ...(share && { killedShare: share.share, killedShareSource: share.ref.ids.join('+') }),
      rateSource: rate ? rate.ref.ids.join('+') : null,
      daysAfter: forward,
      daysBefore: backward,
      allowed: rangeInput(allowed),
    },
  });
}

/** The highest rate the ledger quotes, as the reachability rows use it. */
export const rateAssumption = (ctx: ComparisonContext): string | undefined =>
  ctx.view.maxRate
    ? `Counts grow by at ` +
      `most ${boundsText({ low: ctx.view.maxRate.value, high: ctx.view.maxRate.value }, 'per-day')}, the highest ` +
      `rate the ledger quotes (${refText(ctx.view.maxRate.ref)}), casualties of every kind; killed and wounded ` +
      `grow by no more.`
    : undefined;
