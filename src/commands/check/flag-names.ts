import type { CheckField } from '../../core/check/run-checks.js';

/** The flags that give a figure, in the order reports list them. */
export const FIGURE_FLAGS = [
  'force',
  'rate',
  'start',
  'casualties',
  'killed',
  'wounded',
  'asOf',
  'by',
  'within',
] as const satisfies readonly CheckField[];

/** The flags zod reads: the figures and the tolerance. */
export const CHECK_FLAGS = [...FIGURE_FLAGS, 'tolerance'] as const;

export type RawCheckFlags = Partial<
  Record<(typeof FIGURE_FLAGS)[number] | 'tolerance' | 'text' | 'published' | 'claimant', string>
> & {
  details?: boolean;
  /** A ledger file, or true for the seeds ledger; with a claim, several (the flag repeated). */
  ledger?: string | true | (string | true)[];
  /** Series files for a claim, each with its subject and claimant, in the order given. */
  series?: string[];
  seriesSubject?: string[];
  seriesClaimant?: string[];
  json?: boolean;
  /** The claim written as prose, when given as an argument. */
  operands?: string[];
};

/** The flags without a claim: one ledger to audit, if any. */
export type OneLedgerFlags = Omit<RawCheckFlags, 'ledger'> & { ledger?: string | true };
