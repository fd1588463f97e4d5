import * as z from 'zod/mini';
import { parseDayFlag } from '../flag-kinds.js';
import { flagValue, validateGiven, type FieldsOf } from '../validate.js';
import { checkFlags } from './flags.js';

const textFlags = {
  ...checkFlags,
  published: () => z.optional(flagValue(parseDayFlag)),
  claimant: () =>
    z.optional(
      z.string().check(z.refine((s) => s.trim() !== '', { error: 'must name who made the claim, such as "UK MoD"' })),
    ),
};

export type TextFlags = FieldsOf<typeof textFlags>;

/** The flags given with a claim written as text, validated. */
export const readTextFlags = (raw: Record<string, string | undefined>): TextFlags => validateGiven(textFlags, raw);
