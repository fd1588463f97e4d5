import { boundsOf } from '../../../figures/amount.js';
import { boundsText, deviationText, statedText } from '../../../figures/figure-text.js';
import { formatNumber } from '../../../figures/format.js';
import { deviation, verdictOf } from '../../../figures/verdict.js';
import { isoDate, type Window } from '../../../dates.js';
import { comparison, rangeInput } from '../comparison.js';
import type { ClaimFigure, Comparison } from '../types.js';

/**
 * A rate and a count the same claim gives for the same losses over one period ("200 to 250 a day since
 * March, some 9,000 in all"): the count divided by the period's days is the rate the claim implies.
 * `sided` is 'both' when the count covers exactly the period, and 'at-least' when it is a running total
 * that began earlier: then it bounds the rate from above only.
 */
export interface OwnTotal {
  rate: ClaimFigure;
  count: ClaimFigure;
  /** The days both figures cover, first and last included. */
  period: Window;
  sided: 'both' | 'at-least';
}

/** The claim's rate against the rate its own total implies over the same days. Pure. */
export function rateAgainstOwnTotal(pair: OwnTotal, tolerance: number): Comparison {
  const days = pair.period.last - pair.period.first + 1;
  const count = boundsOf(pair.count.stated);
  const rate = boundsOf(pair.rate.stated);
  const implied =
    pair.sided === 'both' ? { low: count.low / days, high: count.high / days } : { low: 0, high: count.high / days };
  const dev = deviation(implied, rate);
  const rateText = statedText(pair.rate.stated, 'per-day');
  const countText = statedText(pair.count.stated, 'casualties', 0);
  const span = `${formatNumber(days)} day${days === 1 ? '' : 's'}`;
  const impliedText = `${boundsText({ low: count.low / days, high: count.high / days }, 'per-day')}`;
  const through = `${isoDate(pair.period.first)} to ${isoDate(pair.period.last)}`;
  return comparison({
    test: 'within-claim',
    title: `rate against the claim's own ${pair.count.kind} over the same days`,
    figure: pair.rate,
    source: null,
    verdict: verdictOf(dev, tolerance),
    value: rate,
    expected:
      pair.sided === 'both'
        ? { qualifier: implied.low === implied.high ? 'approximately' : 'range', ...implied }
        : { qualifier: 'up-to', low: implied.high, high: implied.high },
    deviation: dev,
    unit: 'per-day',
    stated: rateText,
    arithmetic:
      `${countText} ÷ ${span} (${through}) = ${impliedText}` +
      `${pair.sided === 'at-least' ? ' at most' : ''}, against ${rateText}`,
    explanation:
      (pair.sided === 'both'
        ? `The claim's ${countText} over the same ${span} implies ${impliedText}`
        : `The claim's ${countText} is a running total, so the ${span} from ${through} hold at most that many: ` +
          `at most ${impliedText}`) + `${dev === 0 ? `; ${rateText} fits` : ` (${deviationText(dev)})`}.`,
    inputs: { rate: rangeInput(rate), count: rangeInput(count), days, implied: rangeInput(implied) },
  });
}
