import { boundsOf, type Stated } from '../figures/amount.js';
import { deviationText } from '../figures/figure-text.js';
import { formatPercent } from '../figures/format.js';
import type { Verdict } from '../figures/verdict.js';

/**
 * A hard bound, a ≤ b (casualties within the force, killed within casualties): it holds or it is
 * broken, and a broken bound is never consistent. An "about" figure (or a range, or "nearly") may
 * be off by the tolerance, so a bound that either figure's uncertainty could close (broken by no
 * more than the tolerance) is a tension; any wider break, or any break between exact figures, is
 * inconsistent. The relation printed is the one that holds: ≤ or >.
 */
export interface HardBound {
  verdict: Verdict;
  holds: boolean;
  /** (a − b) ÷ b when broken, to the nearest ends of the figures' bounds; 0 when it holds. */
  deviation: number;
  relation: '≤' | '>';
  /** How the verdict was reached, for the explanation. */
  phrase: string;
}

const EXACT = new Set<Stated['qualifier']>(['exact', 'at-least', 'more-than', 'up-to']);

/** Whether a figure was stated as exact (a bound such as "at least 100" is exact at its bound). */
export const isExact = (stated: Stated): boolean => EXACT.has(stated.qualifier) && stated.low === stated.high;

export function hardBound(a: Stated, b: Stated, tolerance: number): HardBound {
  const low = boundsOf(a).low;
  const high = boundsOf(b).high;
  if (low <= high)
    return { verdict: 'consistent', holds: true, deviation: 0, relation: '≤', phrase: 'the bound holds' };
  const deviation = high === 0 ? Infinity : (low - high) / high;
  const uncertain = !isExact(a) || !isExact(b);
  const closable = uncertain && deviation <= tolerance * (1 + 1e-9);
  const tol = formatPercent(tolerance, 1);
  return {
    verdict: closable ? 'tension' : 'inconsistent',
    holds: false,
    deviation,
    relation: '>',
    phrase: closable
      ? `broken by ${deviationText(deviation)}: as stated the bound fails, though an "about" figure off by ` +
        `the ${tol} tolerance could close the gap`
      : uncertain
        ? `broken by ${deviationText(deviation)}, more than the ${tol} an "about" figure may be off`
        : `broken by ${deviationText(deviation)} between exact figures`,
  };
}
