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
  Record<
    | (typeof FIGURE_FLAGS)[number]
    | 'tolerance'
    | 'text'
    | 'published'
    | 'claimant'
    | 'series'
    | 'seriesSubject'
    | 'seriesClaimant',
    string
  >
> & {
  details?: boolean;
  ledger?: string | true;
  json?: boolean;
  /** The claim written as prose, when given as an argument. */
  operands?: string[];
};
