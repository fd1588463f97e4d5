import { CLAIM_KINDS, type ClaimKind } from './kinds.js';
import type { Claim, Ledger } from './ledger.js';
import type { Parsed } from './parse.js';

export interface ClaimFilter {
  /** Case-insensitive text the claimant's name contains. */
  claimant?: string;
  kind?: ClaimKind;
}

/** The ledger's claims that pass the filter, in ledger order. */
export function selectClaims(ledger: Ledger, filter: ClaimFilter = {}): Claim[] {
  const needle = filter.claimant?.trim().toLowerCase();
  return ledger.claims.filter(
    (claim) =>
      (needle === undefined || claim.claimant.toLowerCase().includes(needle)) &&
      (filter.kind === undefined || claim.kind === filter.kind),
  );
}

/** One of the claim kinds, as typed by a user. */
export function parseKind(text: string): Parsed<ClaimKind> {
  const kind = CLAIM_KINDS.find((k) => k === text.trim().toLowerCase());
  return kind ? { ok: true, value: kind } : { ok: false, problem: `is not a kind of claim; expected one of ${CLAIM_KINDS.join(', ')}` };
}
