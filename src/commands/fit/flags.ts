import * as z from 'zod/mini';
import { parsePositive } from '../../core/parse/numbers.js';
import { parsePositiveOrRangeFlag } from '../flag-kinds.js';
import { parseLevel, parseWindowDays } from '../series-readers.js';
import { seriesFlags } from '../series-flags.js';
import { flagValue, validateGiven, type FlagsOf } from '../validate.js';

const fitFlags = {
  ...seriesFlags,
  force: () => z.optional(flagValue(parsePositiveOrRangeFlag)),
  target: () => z.optional(flagValue(parsePositive)),
  window: () => z.optional(flagValue(parseWindowDays)),
  level: () => z.optional(flagValue(parseLevel)),
  all: () => z.optional(z.boolean()),
  ledger: () => z.optional(z.union([z.literal(true), z.string()])),
  operands: () => z.optional(z.array(z.string())),
};

export type FitFlags = FlagsOf<typeof fitFlags>;

/** The flags of `fit`, validated. */
export const readFitFlags = (raw: Record<string, unknown>): FitFlags => validateGiven(fitFlags, raw);
