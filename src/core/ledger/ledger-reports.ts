import { isoDate } from '../dates.js';
import { formatNumber } from '../figures/format.js';
import type { Report } from '../series/fit.js';
import type { CountKind } from '../figures/vocabulary.js';
import type { Claim, Ledger } from './ledger.js';
import { parseWindow } from '../parse/periods.js';

/** A report read from the ledger, with how it was read where that took a decision. */
export interface LedgerReport extends Report {
  claims: string[];
  reading: string[];
}

type CountClaim = Extract<Claim, { kind: CountKind }>;

const isCount = (claim: Claim): claim is CountClaim =>
  claim.kind === 'casualties' || claim.kind === 'killed' || claim.kind === 'wounded';

/** A single number for a figure: its value, or the middle of its range. */
function figureOf(claim: CountClaim): { value: number; reading?: string } {
  if (claim.value !== undefined) {
    return claim.qualifier === 'exact' || claim.qualifier === 'approximately'
      ? { value: claim.value }
      : {
          value: claim.value,
          reading:
            `${claim.id} is ${claim.qualifier.replace('-', ' ')} ${formatNumber(claim.value)}, taken ` +
            `as ${formatNumber(claim.value)}`,
        };
  }
  const value = ((claim.low ?? 0) + (claim.high ?? claim.low ?? 0)) / 2;
  return {
    value,
    reading:
      `${claim.id} is a range ${formatNumber(claim.low ?? 0)}–${formatNumber(claim.high ?? claim.low ?? 0)}, ` +
      `taken at its middle, ${formatNumber(value)}`,
  };
}

/**
 * The ledger's dated cumulative casualty figures, as reports `fit` can read: each casualty claim
 * with an as-of date, and each killed + wounded pair made in one statement for one date. A period
 * ("early January 2025") is taken at its middle day. Claims about another force are left out.
 */
export function reportsFromLedger(ledger: Ledger): LedgerReport[] {
  const dated = ledger.claims.filter(isCount).filter((c) => c.asOf !== undefined && c.subject === undefined);
  const reports: LedgerReport[] = [];
  for (const claim of dated.filter((c) => c.kind === 'casualties')) reports.push(report([claim]));
  const pairs = new Map<string, CountClaim[]>();
  for (const claim of dated.filter((c) => c.kind !== 'casualties')) {
    const key = `${claim.statement}|${claim.asOf}`;
    pairs.set(key, [...(pairs.get(key) ?? []), claim]);
  }
  for (const group of pairs.values()) {
    if (group.some((c) => c.kind === 'killed') && group.some((c) => c.kind === 'wounded')) reports.push(report(group));
  }
  return reports.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function report(claims: CountClaim[]): LedgerReport {
  const asOf = claims[0]!.asOf!;
  const window = parseWindow(asOf);
  if (!window.ok)
    throw new Error(
      `ledger claim ${claims[0]!.id} has an as-of date that passed validation but cannot be read: ${asOf}`,
    );
  const { first, last } = window.value;
  const day = first + Math.floor((last - first) / 2);
  const figures = claims.map(figureOf);
  const reading = figures.flatMap((f) => (f.reading ? [f.reading] : []));
  if (first !== last) reading.push(`${asOf} taken as its middle day, ${isoDate(day)}`);
  const ids = claims.map((c) => c.id);
  return {
    date: isoDate(day),
    casualties: figures.reduce((sum, f) => sum + f.value, 0),
    source: `${claims[0]!.claimant} (${ids.join(' + ')})`,
    claims: ids,
    reading,
  };
}
