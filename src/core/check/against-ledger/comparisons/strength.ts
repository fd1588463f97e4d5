import { boundsOf } from '../../../figures/amount.js';
import { deviationText, statedText } from '../../../figures/figure-text.js';
import { formatNumber } from '../../../figures/format.js';
import type { Range } from '../../../figures/range.js';
import { deviation, verdictOf } from '../../../figures/verdict.js';
import { comparison, owned, rangeInput, type ComparisonContext } from '../comparison.js';
import { closedForce, type LedgerCount } from '../ledger-view.js';
import type { ClaimFigure, Comparison } from '../types.js';
import { distinct, reinforcements } from './bounds.js';

/**
 * Troop numbers that are not the force first deployed: what remains of it, and a total that counts
 * later waves. Each is held to the force the ledger quotes, from one side only. Pure.
 */

const count = (x: number) => formatNumber(Math.round(x));

/** Each claimant's latest casualty count on or before a day. */
function latestCounts(ctx: ComparisonContext, day: number): LedgerCount[] {
  const latest = new Map<string, LedgerCount>();
  for (const c of ctx.view.counts) {
    if (c.kind !== 'casualties' || c.window.first > day) continue;
    const seen = latest.get(c.ref.claimant);
    if (!seen || c.window.first > seen.window.first) latest.set(c.ref.claimant, c);
  }
  return [...latest.values()];
}

/**
 * What remains of a force is at most the largest force quoted (with any reinforcements) less the
 * casualties a source had counted by then; it may be less, as troops leave for other reasons too.
 */
export function remainingAgainstLedger(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const forces = distinct(ctx.view.forces).map((f) => ({ ...f, stated: closedForce(f.stated, ctx.tolerance) }));
  if (forces.length === 0 || !figure.asOf) return [];
  const force = forces.reduce((a, b) => (boundsOf(b.stated).high > boundsOf(a.stated).high ? b : a));
  // "Of the 11,000 troops deployed, some 8,000 remain": the claim's own force is what remains of.
  const own = ctx.reading.figures.find((f) => f.kind === 'force' && !f.derived);
  const extra = own ? undefined : reinforcements(ctx);
  const whole = own ? boundsOf(own.stated).high : boundsOf(force.stated).high;
  const ceiling = whole + (extra ? boundsOf(extra.stated).high : 0);
  const ceilingText = `${count(whole)}${extra ? ` + ${count(boundsOf(extra.stated).high)}` : ''}`;
  const forceText = own ? `the claim's own force of ${own.text}` : owned(force.ref, `force of ${force.ref.figure}`);
  const claim = boundsOf(figure.stated);
  const claimText = statedText(figure.stated, 'troops', 0);
  const counts = latestCounts(ctx, figure.asOf.last);
  const lost = counts.length > 0 ? counts : [undefined];
  return lost.map((c) => {
    const most = ceiling - (c ? boundsOf(c.stated).low : 0);
    const dev = deviation(claim, { low: 0, high: most });
    return comparison({
      test: 'remaining',
      title: c
        ? `what remains, against the force less ${c.ref.claimant}'s casualties`
        : 'what remains, within the force',
      figure,
      source: c?.ref ?? force.ref,
      verdict: verdictOf(dev, ctx.tolerance),
      value: claim,
      expected: { qualifier: 'up-to', low: most, high: most },
      deviation: dev,
      unit: 'troops',
      stated: `at most ${count(most)}`,
      arithmetic: `${claimText} ${dev > 0 ? '>' : '≤'} ${ceilingText}${c ? ` − ${count(boundsOf(c.stated).low)}` : ''}`,
      explanation:
        `At most ${count(most)} can remain of ${forceText}` +
        `${extra ? ' and the reinforcements' : ''}` +
        `${c ? ` once ${owned(c.ref, `${c.ref.figure} casualties`)} are lost` : ''}` +
        `${dev === 0 ? `; ${claimText} fits` : `: ${claimText} is more (${deviationText(dev)})`}. ` +
        'Fewer may remain, as troops also leave for reasons other than wounds.',
      inputs: {
        claim: rangeInput(claim),
        force: whole,
        reinforcements: extra ? boundsOf(extra.stated).high : null,
        casualties: c ? boundsOf(c.stated).low : null,
        most,
      },
    });
  });
}

/**
 * Everyone sent, later waves included, is at least the force first deployed, and at most that force and
 * the reinforcements quoted; with none quoted, nothing bounds it from above.
 */
export function deployedAgainstLedger(figure: ClaimFigure, ctx: ComparisonContext): Comparison[] {
  const extra = reinforcements(ctx);
  const claim = boundsOf(figure.stated);
  const claimText = statedText(figure.stated, 'troops', 0);
  return distinct(ctx.view.forces).map((f) => {
    const first = boundsOf(closedForce(f.stated, ctx.tolerance));
    const allowed: Range = { low: first.low, high: extra ? first.high + boundsOf(extra.stated).high : Infinity };
    const dev = deviation(claim, allowed);
    const bound = extra
      ? `${count(allowed.low)} to ${count(allowed.high)} (${f.ref.figure} + ${extra.text})`
      : `at least ${count(allowed.low)} (${f.ref.figure}; no reference sizes the later waves)`;
    return comparison({
      test: 'deployed',
      title: `everyone sent, against ${f.ref.claimant}'s first force`,
      figure,
      source: f.ref,
      verdict: verdictOf(dev, ctx.tolerance),
      value: claim,
      expected: extra
        ? { qualifier: 'range', low: allowed.low, high: allowed.high }
        : { qualifier: 'at-least', low: allowed.low, high: allowed.low },
      deviation: dev,
      unit: 'troops',
      stated: bound,
      arithmetic: `${claimText} against ${bound}`,
      explanation:
        `A total that counts later waves holds the first force, ${owned(f.ref, f.ref.figure)}` +
        `${extra ? ', and at most the reinforcements quoted' : ''}` +
        `${dev === 0 ? `; ${claimText} fits` : ` (${deviationText(dev)})`}.`,
      inputs: {
        claim: rangeInput(claim),
        first: rangeInput(first),
        reinforcements: extra ? rangeInput(boundsOf(extra.stated)) : null,
      },
    });
  });
}
