import * as z from 'zod/mini';
import type { CheckField } from '../../core/check/run-checks.js';
import {
  parseCount,
  parseDayFlag,
  parseDuration,
  parsePositive,
  parseQualified,
  parseShare,
  parseWindow,
} from '../../core/parse/index.js';
import { flagValue } from '../validate.js';

const positive = (text: string) => parseQualified(text, parsePositive);
const count = (text: string) => parseQualified(text, parseCount);

/** The flags of `check`, shared by its figures, its claim-as-text and its ledger audit. */
export const checkFlags = z.object({
  force: z.optional(flagValue(positive)),
  rate: z.optional(flagValue(positive)),
  start: z.optional(flagValue(parseDayFlag)),
  casualties: z.optional(flagValue(count)),
  killed: z.optional(flagValue(count)),
  wounded: z.optional(flagValue(count)),
  asOf: z.optional(flagValue(parseWindow)),
  by: z.optional(flagValue(parseWindow)),
  within: z.optional(flagValue(parseDuration)),
  tolerance: z.optional(flagValue(parseShare)),
});

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

export type RawCheckFlags = Partial<
  Record<(typeof FIGURE_FLAGS)[number] | 'tolerance' | 'text' | 'published', string>
> & {
  ledger?: string | true;
  json?: boolean;
  /** The claim written as prose, when given as an argument. */
  operands?: string[];
};
