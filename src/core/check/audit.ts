import { boundsOf, figureOf } from '../figures/amount.js';
import { isDateClaim, statedOf } from '../ledger/claim-figures.js';
import { projectLoss } from './date-rows.js';
import { fuzzyLabel, isoDate } from '../dates.js';
import type { Claim, DateClaim, Ledger } from '../ledger/ledger.js';
import { DEFAULT_TOLERANCE, overallVerdict } from '../figures/verdict.js';
import type { AuditResult } from './audit-types.js';
import { Audit, refOf } from './audit-claims.js';
import { acrossChecks, baselineChecks, datedChecks, historyContext } from './audit-checks.js';
import { statementChecks } from './statement-checks.js';

export * from './audit-types.js';
export { datedCounts, type DatedCount } from './audit-claims.js';

/**
 * The ledger audit: every dated casualty figure against the ledger's baseline, and the figures of
 * each statement against each other. Pure: a validated ledger in, rows with their arithmetic out.
 */

/** Audits a validated ledger. */
export function auditLedger(ledger: Ledger, tolerance: number = DEFAULT_TOLERANCE): AuditResult {
  const audit = new Audit(ledger, tolerance);
  baselineChecks(audit);
  datedChecks(audit);
  statementChecks(audit);
  acrossChecks(audit);
  historyContext(audit);
  const projection = projectLoss(statedOf(audit.force), statedOf(audit.rate), audit.start);
  const days = boundsOf(statedOf(audit.force)).low / boundsOf(statedOf(audit.rate)).high;
  return {
    verdict: overallVerdict(audit.rows.flatMap((r) => (r.verdict === 'context' ? [] : [r.verdict]))),
    tolerance,
    subject: ledger.subject,
    baseline: {
      force: figureOf(boundsOf(statedOf(audit.force))),
      rate: figureOf(boundsOf(statedOf(audit.rate))),
      start: isoDate(audit.start),
      projection: { date: isoDate(projection.window.first), label: fuzzyLabel(projection.window.first), days },
      claims: audit.baselineClaims.map(refOf),
    },
    checks: audit.rows,
    unchecked: ledger.claims
      .filter((c) => !audit.used.has(c.id))
      .map((c) => ({ id: c.id, claimant: c.claimant, reason: whyUnchecked(c, ledger) })),
  };
}

const MARK_WORDS: Record<DateClaim['marks'], string> = {
  'losses-begin': 'when losses began',
  'first-combat': 'the first fighting',
  'peak-fighting': 'the peak of the fighting',
  withdrawal: 'a withdrawal',
  'force-lost': 'when the force would be lost',
};

function whyUnchecked(claim: Claim, ledger: Ledger): string {
  if (claim.subject !== undefined) return `counts ${claim.subject}, not ${ledger.subject}`;
  if (claim.scope === 'engagement' || claim.scope === 'period')
    return `the losses of one ${claim.scope}, not a running total`;
  if (isDateClaim(claim)) return `a date marking ${MARK_WORDS[claim.marks]}: context, no arithmetic to check`;
  if (claim.asOf === undefined) return 'undated, and nothing stated with it to check it against';
  return 'nothing stated with it to check it against';
}
