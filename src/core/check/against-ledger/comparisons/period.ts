import { boundsOf } from '../../../figures/amount.js';
import { deviationText, statedText } from '../../../figures/figure-text.js';
import { formatNumber } from '../../../figures/format.js';
import { deviation, verdictOf } from '../../../figures/verdict.js';
import { comparison, rangeInput, refText } from '../comparison.js';
import type { LedgerView } from '../ledger-view.js';
import type { ClaimFigure, Comparison } from '../types.js';

/**
 * A count of one period ("1,000 over the past week") against the most the ledger's highest quoted
 * rate allows over as many days. Pure.
 */
export function periodCount(figure: ClaimFigure, view: LedgerView, tolerance: number): Comparison[] {
  const days = figure.periodDays;
  const rate = view.maxRate;
  if (days === undefined || !rate) return [];
  const most = rate.value * days;
  const c = boundsOf(figure.stated);
  const dev = deviation({ low: 0, high: most }, c);
  const claimText = statedText(figure.stated, 'casualties', 0);
  const span = `${formatNumber(days)} day${days === 1 ? '' : 's'}`;
  return [
    comparison({
      test: 'rate',
      title: `${figure.kind} in ${span} against ${rate.ref.claimant}'s rate`,
      figure,
      source: rate.ref,
      verdict: verdictOf(dev, tolerance),
      value: { low: 0, high: most },
      expected: figure.stated,
      deviation: dev,
      unit: 'casualties',
      stated: claimText,
      arithmetic:
        `${formatNumber(rate.value, 1)} a day × ${span} = ${formatNumber(Math.round(most))} at most, ` +
        `against ${claimText}`,
      explanation:
        `A count of ${span}, not a running total: the highest rate the ledger quotes, ${refText(rate.ref)}, allows ` +
        `${formatNumber(Math.round(most))} in that time` +
        `${dev === 0 ? `; ${claimText} fits` : ` (${deviationText(dev)})`}.`,
      inputs: { claim: rangeInput(c), rate: rate.value, days, most },
    }),
  ];
}
