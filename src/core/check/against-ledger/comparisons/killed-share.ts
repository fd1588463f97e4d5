import { boundsOf } from '../../../figures/amount.js';
import { deviationText, statedText } from '../../../figures/figure-text.js';
import { formatPercent } from '../../../figures/format.js';
import { deviation, verdictOf } from '../../../figures/verdict.js';
import { comparison, rangeInput, refText, type ComparisonContext } from '../comparison.js';
import type { LedgerRef } from '../types.js';
import type { ClaimFigure, Comparison } from '../types.js';

/**
 * The share of casualties killed that a claim states ("three in four of them were killed") against the
 * largest share any of the ledger's sources gives (its killed over its casualties of the same date).
 * Pure.
 */
export function killedShare(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const basis = figure.fromShare;
  if (figure.kind !== 'killed' || basis?.of !== 'casualties') return [];
  const largest = largestKilledShare(ctx);
  if (!largest) return [];
  const share = boundsOf(basis.share);
  const allowed = { low: 0, high: largest.share };
  const dev = deviation(allowed, share);
  const claimText = statedText(basis.share, 'share');
  return [
    comparison({
      test: 'killed-share',
      title: "killed share against the ledger's largest",
      figure,
      source: largest.ref,
      verdict: verdictOf(dev, ctx.tolerance),
      value: share,
      expected: { qualifier: 'range', ...allowed },
      deviation: dev,
      unit: 'share',
      stated: claimText,
      arithmetic: `${claimText} of casualties killed against at most ${formatPercent(largest.share, 1)}`,
      explanation:
        `The largest share of casualties killed the ledger's sources give is ${formatPercent(largest.share, 1)} ` +
        `(${refText(largest.ref)}); killed grow no faster than that share of the casualties` +
        `${dev === 0 ? '' : ` (${deviationText(dev)})`}.`,
      inputs: { share: rangeInput(share), largest: largest.share },
    }),
  ];
}

export function largestKilledShare(ctx: ComparisonContext): { share: number; ref: LedgerRef } | undefined {
  let best: { share: number; ref: LedgerRef } | undefined;
  for (const killed of ctx.view.counts.filter((c) => c.kind === 'killed')) {
    const whole = ctx.view.counts.find(
      (c) => c.kind === 'casualties' && killed.ref.ids.every((id) => c.ref.ids.includes(id)),
    );
    if (!whole) continue;
    const k = boundsOf(killed.stated).high;
    const c = boundsOf(whole.stated).low;
    if (!(c > 0) || !Number.isFinite(k)) continue;
    const share = k / c;
    if (!best || share > best.share) best = { share, ref: whole.ref };
  }
  for (const quoted of ctx.view.killedShares ?? []) {
    const share = boundsOf(quoted.stated).high;
    if (Number.isFinite(share) && share <= 1 && (!best || share > best.share)) best = { share, ref: quoted.ref };
  }
  return best;
}
