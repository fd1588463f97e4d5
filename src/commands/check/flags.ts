import * as z from 'zod/mini';
import { parseCount, parsePositive } from '../../core/parse/numbers.js';
import { parseDayFlag } from '../flag-kinds.js';
import { parseDuration } from '../../core/parse/durations.js';
import { parseQualified } from '../../core/parse/qualified.js';
import { parseShare } from '../../core/parse/shares.js';
import { parseWindow } from '../../core/parse/periods.js';
import { flagValue, validateGiven, type FieldsOf } from '../validate.js';

const positive = (text: string) => parseQualified(text, parsePositive);
const count = (text: string) => parseQualified(text, parseCount);

/** The flags of `check`, shared by its figures, its claim-as-text and its ledger audit. */
export const checkFlags = {
  force: () => z.optional(flagValue(positive)),
  rate: () => z.optional(flagValue(positive)),
  start: () => z.optional(flagValue(parseDayFlag)),
  casualties: () => z.optional(flagValue(count)),
  killed: () => z.optional(flagValue(count)),
  wounded: () => z.optional(flagValue(count)),
  asOf: () => z.optional(flagValue(parseWindow)),
  by: () => z.optional(flagValue(parseWindow)),
  within: () => z.optional(flagValue(parseDuration)),
  tolerance: () => z.optional(flagValue(parseShare)),
};

export type CheckFlags = FieldsOf<typeof checkFlags>;

/** The figures and the tolerance given to `check`, validated. */
export const readCheckFlags = (raw: Record<string, unknown>): CheckFlags => validateGiven(checkFlags, raw);
