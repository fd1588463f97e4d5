import type { Stated } from '../figures/amount.js';
import { datedCounts } from '../check/audit.js';
import type { Window } from '../dates.js';
import type { Claim, Ledger, NumericClaim } from './ledger.js';

/** A cumulative casualty count a ledger gives through a day or period, as a chart plots it. */
export interface DatedCasualtyFigure {
  /** Who gave the figure (the first claim's claimant when it was read from several). */
  claimant: string;
  /** The day or period the count runs through, and how the ledger wrote it. */
  asOf: Window;
  asOfText: string;
  /** One value to plot: the figure, the middle of a range, or the stated bound of "at least"/"up to". */
  value: number;
  /** The figure as stated: "about 3,800", "(300 killed + 2,700 wounded)". */
  text: string;
  /** The claims it was read from. */
  ids: string[];
}

/**
 * Every dated casualty count in a validated ledger, read as the audit reads them: casualties
 * figures; else killed plus wounded of the same date; else a share of the force. Claims about
 * another subject are left out. In time order (the middle of each as-of period), then ledger order.
 */
export function datedCasualtyFigures(ledger: Ledger): DatedCasualtyFigure[] {
  const statements = new Map<string, Claim[]>();
  for (const claim of ledger.claims) {
    if (claim.subject !== undefined) continue;
    statements.set(claim.statement, [...(statements.get(claim.statement) ?? []), claim]);
  }
  const force = ledger.claims.find((c) => c.id === ledger.baseline?.force) as NumericClaim | undefined;
  const figures = [...statements.values()].flatMap((group) =>
    datedCounts(group, force).map((count): DatedCasualtyFigure => {
      return {
        claimant: count.claims[0]!.claimant,
        asOf: count.asOf,
        asOfText: count.asOfText,
        value: plotted(count.stated),
        text: count.text,
        ids: count.claims.map((c) => c.id),
      };
    }),
  );
  return figures.sort((a, b) => a.asOf.first + a.asOf.last - (b.asOf.first + b.asOf.last));
}

/** A range at its middle; "at least", "more than" and "up to" at the figure stated, not at infinity or zero. */
function plotted({ qualifier, low, high }: Stated): number {
  if (qualifier === 'at-least' || qualifier === 'more-than') return low;
  if (qualifier === 'up-to') return high;
  return (low + high) / 2;
}
