import { boundsOf, divide, type Stated } from '../../../figures/amount.js';
import { boundsText, deviationText, statedText } from '../../../figures/figure-text.js';
import { formatNumber } from '../../../figures/format.js';
import { isoDate, type Window } from '../../../dates.js';
import { verdictOf } from '../../../figures/verdict.js';
import type { Range } from '../../../figures/range.js';
import { compare } from '../../check-rows.js';
import { comparison, owned, rangeInput, type ComparisonContext, type ComparisonParts } from '../comparison.js';
import { closedForce, type LedgerCount } from '../ledger-view.js';
import type { ClaimFigure, Comparison, LedgerRef } from '../types.js';

/** Rates: a count's average rate since the start of losses, and a claimed rate against the ledger's. */

/**
 * A count's average daily rate from the ledger's start of losses (day 1) through its date, held to
 * each rate the ledger quotes: no faster (losses may pause, so a slower average is no contradiction).
 */
export function rateFromStart(figure: ClaimFigure & { asOf: Window }, ctx: ComparisonContext): Comparison[] {
  // The earliest start the ledger gives (first fighting, or the start of losses) is the most favourable to the claim.
  const start = ctx.view.earliestStart;
  if (!start || figure.asOf.last < start.day) return [];
  const days: Range = { low: Math.max(1, figure.asOf.first - start.day + 1), high: figure.asOf.last - start.day + 1 };
  const implied = divide(boundsOf(figure.stated), days);
  const claimText = statedText(figure.stated, 'casualties', 0);
  return ctx.view.rates.map((rate) => {
    const r = boundsOf(rate.stated);
    const dev = implied.low > r.high ? (implied.low - r.high) / r.high : 0;
    const verdict = verdictOf(dev, ctx.tolerance);
    const relation = dev > 0 ? '>' : implied.low <= r.high && implied.high <= r.high ? '≤' : 'meets';
    return comparison({
      test: 'rate-from-start',
      title: `average rate since ${isoDate(start.day)}, against ${rate.ref.claimant}'s`,
      figure,
      source: rate.ref,
      verdict,
      value: implied,
      expected: { qualifier: 'up-to', low: r.high, high: r.high },
      deviation: dev,
      unit: 'per-day',
      stated: `at most ${statedText(rate.stated, 'per-day')}`,
      arithmetic:
        `${claimText} ÷ ${boundsText(days, 'days', 0)} ` +
        `= ${boundsText(implied, 'per-day')} ${relation} ${statedText(rate.stated, 'per-day')}`,
      explanation:
        `${boundsText(days, 'days', 0)} of losses from ${isoDate(start.day)} (day ` +
        `1: ${start.ref.claimant}, ${start.ref.ids[0]}, the earliest start the ledger gives) ` +
        `through ${figure.asOfText}; ` +
        (dev > 0
          ? `an average of ${boundsText(implied, 'per-day')} is faster ` +
            `than ${owned(rate.ref, rate.ref.figure)}: ${deviationText(dev)}.`
          : `an average of ${boundsText(implied, 'per-day')} is within ${owned(rate.ref, rate.ref.figure)}.`),
      inputs: {
        claim: rangeInput(boundsOf(figure.stated)),
        start: isoDate(start.day),
        days: rangeInput(days),
        implied: rangeInput(implied),
        rate: rangeInput(r),
      },
    });
  });
}

/** A rate against one reference: a rate the ledger quotes, or one a pair of its dated counts implies. */
function rateRow(
  figure: ClaimFigure,
  ctx: ComparisonContext,
  reference: Stated,
  ref: LedgerRef,
  how: string,
  arithmetic: string,
  when: Window | undefined,
): Comparison {
  const compared = compare(boundsOf(figure.stated), reference, ctx.tolerance);
  // Rates change: one stated a month or more away from the reference's days is a tension at most.
  const apart = figure.asOf && when ? Math.max(0, figure.asOf.first - when.last, when.first - figure.asOf.last) : 0;
  const distant = apart > RATE_DAYS_APART && compared.verdict === 'inconsistent';
  const verdict = distant ? 'tension' : compared.verdict;
  const phrase = distant
    ? `${compared.phrase}; but ${apart} days apart, and rates change, so a tension at most`
    : compared.phrase;
  const claimText = statedText(figure.stated, 'per-day');
  return heldTo(
    figure,
    ref,
    reference,
    { verdict, deviation: compared.deviation },
    {
      test: 'rate',
      title: `rate against ${how}`,
      unit: 'per-day',
      stated: statedText(reference, 'per-day'),
      arithmetic: `${claimText} against ${arithmetic}`,
      explanation: `${claimText} against ${owned(ref, statedText(reference, 'per-day'))}: ${phrase}.`,
      inputs: { claim: rangeInput(boundsOf(figure.stated)), reference: rangeInput(boundsOf(reference)) },
    },
  );
}

/** A claim's own figure held to a number of the ledger's, as judged: the parts every such row fills alike. */
function heldTo(
  figure: ClaimFigure,
  ref: LedgerRef,
  reference: Stated,
  judged: Pick<ComparisonParts, 'verdict' | 'deviation'>,
  row: Pick<ComparisonParts, 'test' | 'title' | 'unit' | 'stated' | 'arithmetic' | 'explanation' | 'inputs'>,
): Comparison {
  const { verdict, deviation } = judged;
  return comparison({
    ...row,
    verdict,
    deviation,
    figure,
    source: ref,
    value: boundsOf(figure.stated),
    expected: reference,
  });
}

/**
 * A claimed rate against each rate the ledger quotes, and against the rates pairs of its dated casualty counts imply.
 */
export function rateAgainstLedger(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const quoted = ctx.view.rates.map((rate) =>
    rateRow(figure, ctx, rate.stated, rate.ref, 'a quoted rate', statedText(rate.stated, 'per-day'), rate.window),
  );
  const counts = ctx.view.counts.filter((c) => c.kind === 'casualties' && Number.isFinite(boundsOf(c.stated).high));
  const pairs: Comparison[] = [];
  for (const earlier of counts) {
    for (const later of counts) {
      const implied = pairRate(earlier, later);
      if (!implied) continue;
      const ref: LedgerRef = {
        ids: [...earlier.ref.ids, ...later.ref.ids],
        claimant: `${earlier.ref.claimant} → ${later.ref.claimant}`,
        date: `${earlier.ref.date} → ${later.ref.date}`,
        figure: `${earlier.ref.figure} → ${later.ref.figure}`,
      };
      const arithmetic =
        `(${later.ref.figure} − ${earlier.ref.figure}) ÷ ${boundsText(implied.days, 'days', 0)} ` +
        `= ${boundsText(implied.rate, 'per-day')}`;
      pairs.push(
        rateRow(
          figure,
          ctx,
          { qualifier: 'range', low: implied.rate.low, high: implied.rate.high },
          ref,
          'a rate two dated counts imply',
          arithmetic,
          { first: earlier.window.first, last: later.window.last },
        ),
      );
    }
  }
  return [...quoted, ...pairs];
}

const MIN_PAIR_DAYS = 7;
const RATE_DAYS_APART = 30;

/** The daily rate between two counts, when the later one lies wholly after the earlier and is larger. */
function pairRate(earlier: LedgerCount, later: LedgerCount): { rate: Range; days: Range } | undefined {
  if (later.window.first <= earlier.window.last) return undefined;
  const a = boundsOf(earlier.stated);
  const b = boundsOf(later.stated);
  if (b.low <= a.high) return undefined;
  const days: Range = { low: later.window.first - earlier.window.last, high: later.window.last - earlier.window.first };
  // Counts days apart from different sources imply rates that are mostly noise; a week at least.
  if (days.low < MIN_PAIR_DAYS) return undefined;
  return { rate: { low: (b.low - a.high) / days.high, high: (b.high - a.low) / days.low }, days };
}

/** A claimed force against each force the ledger quotes, reinforcements allowed on top. */
export function forceAgainstLedger(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const extra =
    ctx.view.reinforcements.reduce((sum, r) => sum + boundsOf(r.stated).high, 0) +
    ctx.reading.figures.filter((f) => f.kind === 'reinforcement').reduce((sum, r) => sum + boundsOf(r.stated).high, 0);
  // Said before the ledger has the force in the fight, a smaller force may be the part that had arrived by then.
  const engaged = ctx.view.engagedBy;
  const arriving = engaged !== undefined && figure.asOf !== undefined && figure.asOf.last < engaged.day;
  return ctx.view.forces.map((force) => {
    const f = boundsOf(closedForce(force.stated, ctx.tolerance));
    const reference: Stated = arriving
      ? { qualifier: 'up-to', low: f.high + extra, high: f.high + extra }
      : extra > 0 || f.high !== boundsOf(force.stated).high
        ? { qualifier: 'range', low: f.low, high: f.high + extra }
        : force.stated;
    const quoted = extra > 0 ? `${force.ref.figure} + up to ${formatNumber(extra)} reinforcements` : force.ref.figure;
    const referenceText = arriving
      ? `at most ${quoted}, while it was still arriving ` +
        `(${engaged.ref.claimant} has it fighting by ${isoDate(engaged.day)})`
      : quoted;
    return troopsAgainst(figure, force.ref, reference, ctx, {
      title: `force against ${force.ref.claimant}'s`,
      what: 'troops',
      referenceText,
      inputs: { ledger: rangeInput(f), reinforcements: extra },
    });
  });
}

/** Reinforcements against those the ledger quotes, when it quotes any. */
export function reinforcementsAgainstLedger(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  return ctx.view.reinforcements.map((r) =>
    troopsAgainst(figure, r.ref, r.stated, ctx, {
      title: `reinforcements against ${r.ref.claimant}'s`,
      what: 'reinforcements',
      referenceText: r.ref.figure,
      inputs: { ledger: rangeInput(boundsOf(r.stated)) },
    }),
  );
}

/** A claim's troops (a force, reinforcements) against a number of the ledger's, `what` naming them. */
function troopsAgainst(
  figure: ClaimFigure,
  ref: LedgerRef,
  reference: Stated,
  ctx: ComparisonContext,
  words: { title: string; what: string; referenceText: string; inputs: Comparison['inputs'] },
): Comparison {
  const compared = compare(boundsOf(figure.stated), reference, ctx.tolerance);
  const claimText = statedText(figure.stated, 'troops', 0);
  return heldTo(figure, ref, reference, compared, {
    test: 'force',
    title: words.title,
    unit: 'troops',
    stated: statedText(reference, 'troops', 0),
    arithmetic: `${claimText} against ${words.referenceText}`,
    explanation: `${claimText} ${words.what} against ${owned(ref, words.referenceText)}: ${compared.phrase}.`,
    inputs: { claim: rangeInput(boundsOf(figure.stated)), ...words.inputs },
  });
}
