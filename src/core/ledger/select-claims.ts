import { CLAIM_KINDS, type ClaimKind } from '../figures/vocabulary.js';
import type { Claim, Ledger } from './ledger.js';
import type { Parsed } from '../parse/parsed.js';

export interface ClaimFilter {
  /**
   * Text a word of the claimant's name starts with, any case: "nis" finds South Korea's NIS, not the UK Ministry of
   * Defence.
   */
  claimant?: string;
  kind?: ClaimKind;
}

/** The ledger's claims that pass the filter, in ledger order. */
export function selectClaims(ledger: Ledger, filter: ClaimFilter = {}): Claim[] {
  const text = filter.claimant?.trim();
  const pattern = text === undefined ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}`, 'iu');
  return ledger.claims.filter(
    (claim) =>
      (pattern === undefined || pattern.test(claim.claimant)) &&
      (filter.kind === undefined || claim.kind === filter.kind),
  );
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One of the claim kinds, as typed by a user. */
export function parseKind(text: string): Parsed<ClaimKind> {
  const kind = CLAIM_KINDS.find((k) => k === text.trim().toLowerCase());
  return kind ? { ok: true, value: kind } : { ok: false, problem: `is none of ${CLAIM_KINDS.join('|')}` };
}
