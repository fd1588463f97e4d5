import { boundsOf, divide, type Stated } from '../../../figures/amount.js';
import { boundsText, deviationText, statedText } from '../../../figures/figure-text.js';
import { formatNumber } from '../../../figures/format.js';
import { verdictOf } from '../../../figures/verdict.js';
import type { Range } from '../../../figures/range.js';
import { statedSum } from '../../run-checks.js';
import { hardBound } from '../../hard-bound.js';
import { WOUNDED_TO_KILLED } from '../../history.js';
import { ratioText } from '../../figure-rows.js';
import { comparison, owned, rangeInput, refText, type ComparisonContext } from '../comparison.js';
import { largestKilledShare } from './killed-share.js';
import { closedForce, type LedgerFigure } from '../ledger-view.js';
import type { ClaimFigure, Comparison, LedgerRef } from '../types.js';

const NOT_A_BOUND = 'history is a guide, not a bound, so a tension at most';

/** Hard bounds on a count (within the force, killed within casualties) and wounded to killed against history. */

const ofKind = (ctx: ComparisonContext, kind: ClaimFigure['kind']) =>
  ctx.reading.figures.filter((f) => f.kind === kind);

/** Reinforcements quoted by the claim and by the ledger, added to any force. */
export function reinforcements(
  ctx: ComparisonContext,
): { stated: Stated; text: string; refs: LedgerRef[] } | undefined {
  const all: { stated: Stated; text: string; ref?: LedgerRef }[] = [
    ...ofKind(ctx, 'reinforcement').map((f) => ({
      stated: f.stated,
      text: `the claim's ${statedText(f.stated, 'troops', 0)}`,
    })),
    ...ctx.view.reinforcements.map((r: LedgerFigure) => ({
      stated: r.stated,
      text: `${statedText(r.stated, 'troops', 0)} (${r.ref.ids[0]})`,
      ref: r.ref,
    })),
  ];
  if (all.length === 0) return undefined;
  const stated = all.slice(1).reduce((sum, r) => statedSum(sum, r.stated), all[0]!.stated);
  return { stated, text: all.map((r) => r.text).join(' + '), refs: all.flatMap((r) => (r.ref ? [r.ref] : [])) };
}

/** One force per distinct figure: the first entry to state it stands for the rest. */
export function distinct(forces: readonly LedgerFigure[]): LedgerFigure[] {
  const seen = new Map<string, LedgerFigure>();
  for (const f of forces) if (!seen.has(JSON.stringify(f.stated))) seen.set(JSON.stringify(f.stated), f);
  return [...seen.values()];
}

/** A count against the force that suffered it, plus reinforcements: the claim's force, else each the ledger quotes. */
export function withinForce(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const own = ofKind(ctx, 'force');
  const extra = reinforcements(ctx);
  const forces: { stated: Stated; text: string; ref: LedgerRef | null }[] =
    own.length > 0
      ? own.map((f) => ({
          stated: f.stated,
          text: `the claim's force of ${statedText(f.stated, 'troops', 0)}`,
          ref: null,
        }))
      : distinct(ctx.view.forces).map((f) => ({
          stated: closedForce(f.stated, ctx.tolerance),
          text: `${owned(f.ref, `force of ${f.ref.figure}`)}`,
          ref: f.ref,
        }));
  return forces.map((force) => {
    const ceiling = extra ? statedSum(force.stated, extra.stated) : force.stated;
    const bound = hardBound(figure.stated, ceiling, ctx.tolerance);
    const claimText = statedText(figure.stated, 'casualties', 0);
    const ceilingText = extra
      ? `${statedText(force.stated, 'troops', 0)} + ${extra.text} reinforcements`
      : statedText(force.stated, 'troops', 0);
    return comparison({
      test: 'within-force',
      title: `${figure.kind} within the force`,
      figure,
      source: force.ref,
      verdict: bound.verdict,
      value: boundsOf(figure.stated),
      expected: { qualifier: 'up-to', low: boundsOf(ceiling).high, high: boundsOf(ceiling).high },
      deviation: bound.deviation,
      unit: 'casualties',
      stated: `at most ${statedText(ceiling, 'troops', 0)}`,
      arithmetic: `${claimText} ${bound.relation} ${ceilingText}`,
      explanation: bound.holds
        ? `${claimText} ${figure.kind} fit within ${force.text}${extra ? ' and the reinforcements' : ''}.`
        : `${claimText} ${figure.kind} are more ` +
          `than ${force.text}${extra ? ' and the reinforcements' : ''}: ${bound.phrase}.`,
      inputs: {
        claim: rangeInput(boundsOf(figure.stated)),
        force: rangeInput(boundsOf(force.stated)),
        reinforcements: extra ? rangeInput(boundsOf(extra.stated)) : null,
      },
    });
  });
}

/** Killed or wounded against the claim's own casualties of the same date. */
export function withinClaim(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  return ofKind(ctx, 'casualties')
    .filter((total) => total.asOfText === figure.asOfText && figure.fromShare?.of !== 'casualties')
    .map((total) => {
      const bound = hardBound(figure.stated, total.stated, ctx.tolerance);
      const claimText = statedText(figure.stated, 'casualties', 0);
      const totalText = statedText(total.stated, 'casualties', 0);
      return comparison({
        test: 'within-claim',
        title: `${figure.kind} within the claim's casualties`,
        figure,
        source: null,
        verdict: bound.verdict,
        value: boundsOf(figure.stated),
        expected: { qualifier: 'up-to', low: boundsOf(total.stated).high, high: boundsOf(total.stated).high },
        deviation: bound.deviation,
        unit: 'casualties',
        stated: `at most ${totalText}`,
        arithmetic: `${claimText} ${figure.kind} ${bound.relation} ${totalText} casualties`,
        explanation: bound.holds
          ? `${figure.kind} are part of casualties: the bound holds.`
          : `${figure.kind} are part of casualties: ${bound.phrase}.`,
        inputs: { claim: rangeInput(boundsOf(figure.stated)), casualties: rangeInput(boundsOf(total.stated)) },
      });
    });
}

const HISTORY: Range = {
  low: Math.min(...WOUNDED_TO_KILLED.map((h) => h.ratio)),
  high: Math.max(...WOUNDED_TO_KILLED.map((h) => h.ratio)),
};

/**
 * Wounded per killed against past wars, for a claim giving killed with wounded (stated or following
 * from its casualties). History is a guide, not a bound: outside it is a tension at most.
 */
export function woundedToKilled(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const wounded = ofKind(ctx, 'wounded').find((w) => w.asOfText === figure.asOfText);
  if (!wounded) return [];
  const ratio = divide(boundsOf(wounded.stated), boundsOf(figure.stated));
  const dev =
    ratio.high < HISTORY.low
      ? (ratio.high - HISTORY.low) / HISTORY.low
      : ratio.low > HISTORY.high
        ? (ratio.low - HISTORY.high) / HISTORY.high
        : 0;
  // A ledger source that gives as large a share killed (a quarter: 3 : 1) says this war differs from past ones.
  const largest = dev < 0 ? largestKilledShare(ctx) : undefined;
  const sourced = largest !== undefined && ratio.high >= (1 - largest.share) / largest.share;
  const verdict = sourced ? 'context' : verdictOf(dev, ctx.tolerance) === 'consistent' ? 'consistent' : 'tension';
  const wars = WOUNDED_TO_KILLED.map((h) => `${h.war} ${formatNumber(h.ratio, 1)} : 1`).join(', ');
  return [
    comparison({
      test: 'history',
      title: 'wounded to killed, against history',
      figure,
      source: null,
      verdict,
      value: ratio,
      expected: { qualifier: 'range', low: HISTORY.low, high: HISTORY.high },
      deviation: dev,
      unit: 'ratio',
      stated: `${ratioText(HISTORY)}`,
      arithmetic:
        `${statedText(wounded.stated, 'casualties', 0)} wounded ÷ ${statedText(figure.stated, 'casualties', 0)} ` +
        `killed = ${ratioText(ratio)}`,
      explanation:
        `${ratioText(ratio)} wounded to killed against ${boundsText(HISTORY, 'ratio')} : 1 in past wars (${wars}): ` +
        `${dev === 0 ? 'within that range' : `${deviationText(dev)} from it; ${NOT_A_BOUND}`}` +
        `${sourced ? `; ${refText(largest.ref)} gives as large a share killed, so it weighs nothing here` : ''}.`,
      inputs: {
        killed: rangeInput(boundsOf(figure.stated)),
        wounded: rangeInput(boundsOf(wounded.stated)),
        historyLow: HISTORY.low,
        historyHigh: HISTORY.high,
      },
    }),
  ];
}
