import * as z from 'zod/mini';
import { parseKind } from '../../core/ledger/select-claims.js';
import { flagValue, validateFlags } from '../validate.js';

const claimsFlags = z.object({
  claimant: z.optional(z.string()),
  kind: z.optional(flagValue(parseKind)),
  ledger: z.optional(z.union([z.literal(true), z.string()])),
});

export type ClaimsFlags = z.infer<typeof claimsFlags>;

/** The flags of `claims`, validated. */
export const readClaimsFlags = (raw: object): ClaimsFlags => validateFlags(claimsFlags, raw);
