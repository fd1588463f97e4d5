import * as z from 'zod/mini';
import { parseKind } from '../../core/ledger/select-claims.js';
import { flagValue, validateGiven, type FlagsOf } from '../validate.js';

const claimsFlags = {
  claimant: () => z.optional(z.string()),
  kind: () => z.optional(flagValue(parseKind)),
  ledger: () => z.optional(z.union([z.literal(true), z.string()])),
};

export type ClaimsFlags = FlagsOf<typeof claimsFlags>;

/** The flags of `claims`, validated. */
export const readClaimsFlags = (raw: Record<string, unknown>): ClaimsFlags => validateGiven(claimsFlags, raw);
