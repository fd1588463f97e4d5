import type { Stated } from '../../figures/amount.js';
import { figureOf } from '../../figures/amount.js';
import type { Range } from '../../figures/range.js';
import type { FigureUnit } from '../../figures/figure-text.js';
import type { RowVerdict } from '../check-rows.js';
import { expectedOf } from '../check-rows.js';
import type { LedgerView } from './ledger-view.js';
import type { ClaimFigure, Comparison, ComparisonTest, LedgerClaimReading, LedgerRef } from './types.js';

/** What every comparison can read: the ledger, the claim and the tolerance. */
export interface ComparisonContext {
  view: LedgerView;
  reading: LedgerClaimReading;
  tolerance: number;
}

/** An interval as JSON carries it: an open end is null. */
export const rangeInput = (r: Range): { low: number | null; high: number | null } => ({
  low: Number.isFinite(r.low) ? r.low : null,
  high: Number.isFinite(r.high) ? r.high : null,
});

export interface ComparisonParts {
  test: ComparisonTest;
  title: string;
  figure: ClaimFigure;
  source: LedgerRef | null;
  verdict: RowVerdict;
  /** The computed value (the claim's figure, or what follows from it). */
  value: Range;
  /** The bound or value it is held against. */
  expected: Stated | null;
  deviation: number | null;
  unit: FigureUnit;
  stated: string;
  arithmetic: string;
  explanation: string;
  inputs: Comparison['inputs'];
  readings?: string[];
}

/** A comparison row, its id made of the figure, the test and the ledger entry. */
export function comparison(parts: ComparisonParts): Comparison {
  const source = parts.source?.ids.join('+') ?? 'claim';
  return {
    id: `${parts.figure.id}:${parts.test}:${source}`,
    verdict: parts.verdict,
    value: figureOf(parts.value),
    expected: parts.expected ? expectedOf(parts.expected) : null,
    deviation: parts.deviation,
    explanation: parts.explanation,
    title: parts.title,
    unit: parts.unit,
    qualifier: parts.expected?.qualifier ?? null,
    stated: parts.stated,
    arithmetic: parts.arithmetic,
    figure: parts.figure.id,
    test: parts.test,
    source: parts.source,
    ...(parts.readings && parts.readings.length > 0 && { readings: parts.readings }),
    inputs: parts.inputs,
  };
}

/** "ISW (isw-rate, 2025-01-16)" */
export const refText = (ref: LedgerRef): string =>
  `${ref.claimant} (${ref.ids.join(' + ')}${ref.date ? `, ${ref.date}` : ''})`;

/** The relation that holds between a claim's figure and the interval it is held to, written so that it is true. */
export function relationText(
  claim: Range,
  claimText: string,
  allowed: Range,
  allowedText: { low: string; high: string },
): string {
  if (claim.low > allowed.high) return `${claimText} > ${allowedText.high}`;
  if (claim.high < allowed.low) return `${claimText} < ${allowedText.low}`;
  const inside = claim.low >= allowed.low && claim.high <= allowed.high;
  const hasLow = allowed.low > 0;
  if (!inside) return `${claimText} meets ${hasLow ? `${allowedText.low} to ` : 'up to '}${allowedText.high}`;
  if (!Number.isFinite(allowed.high)) return `${claimText} ≥ ${allowedText.low}`;
  return hasLow ? `${allowedText.low} ≤ ${claimText} ≤ ${allowedText.high}` : `${claimText} ≤ ${allowedText.high}`;
}

/** "ISW's about 92 a day (isw-rate, 2025-01-16)" */
export const owned = (ref: LedgerRef, what: string): string =>
  `${ref.claimant}'s ${what} (${ref.ids.join(' + ')}${ref.date ? `, ${ref.date}` : ''})`;
