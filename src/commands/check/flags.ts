// The check command's flags, shared by the figures check (run.ts) and the claim-as-text check (text.ts).
import * as z from 'zod/mini';
import { parseCount, parseDay, parseDuration, parsePositive, parseQualified, parseShare, parseWindow } from '../../core/parse/index.js';
import { flagValue } from '../validate.js';

const positive = (text: string) => parseQualified(text, parsePositive);
const count = (text: string) => parseQualified(text, parseCount);

export const checkFlags = z.object({
  force: z.optional(flagValue(positive)),
  rate: z.optional(flagValue(positive)),
  start: z.optional(flagValue(parseDay)),
  casualties: z.optional(flagValue(count)),
  killed: z.optional(flagValue(count)),
  wounded: z.optional(flagValue(count)),
  asOf: z.optional(flagValue(parseWindow)),
  by: z.optional(flagValue(parseWindow)),
  within: z.optional(flagValue(parseDuration)),
  tolerance: z.optional(flagValue(parseShare)),
});

export const FIGURE_FLAGS = ['force', 'rate', 'start', 'casualties', 'killed', 'wounded', 'asOf', 'by', 'within'] as const;

export type RawCheckFlags = Partial<Record<(typeof FIGURE_FLAGS)[number] | 'tolerance' | 'text' | 'published', string>> & {
  ledger?: string | true;
  json?: boolean;
  /** The claim written as prose, when given as an argument. */
  operands?: string[];
};
