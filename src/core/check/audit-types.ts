import type { CheckRow, RowValue } from './check-rows.js';
import type { Verdict } from '../figures/verdict.js';

export const AUDIT_SECTIONS = {
  baseline: 'The baseline and the claims made with it',
  dated: 'Dated casualty figures against the baseline',
  statements: 'Figures within each statement',
  across: "Other forces and rates against the baseline's",
  history: 'Wounded to killed, against history (context, no verdict)',
} as const;
export type AuditSection = keyof typeof AUDIT_SECTIONS;

/** A claim a row rests on, with where it was read. */
export interface ClaimRef {
  id: string;
  claimant: string;
  figure: string;
  when: string;
  document: string;
}

export interface AuditRow extends CheckRow {
  section: AuditSection;
  claims: ClaimRef[];
}

export interface AuditResult {
  verdict: Verdict;
  tolerance: number;
  subject: string;
  baseline: {
    force: RowValue;
    rate: RowValue;
    start: string;
    /** The constant-rate projection of the baseline figures: the day the force is lost. */
    projection: { date: string; label: string; days: number };
    claims: ClaimRef[];
  };
  checks: AuditRow[];
  /** Claims no check used, with the reason. */
  unchecked: { id: string; claimant: string; reason: string }[];
}
