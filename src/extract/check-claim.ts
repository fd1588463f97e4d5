import type { Day } from '../core/dates.js';
import { parseLedger, type Ledger } from '../core/ledger/ledger.js';
import { parseDay } from '../core/parse/days.js';
import type { LedgerClaimReading } from '../core/check/against-ledger/types.js';
import { runClaimCheck, type CheckClaimOptions, type ClaimCheckResult } from './check-claim-run.js';
import type { ReferenceOptions } from './check-references.js';

// The command runs check-claim-run.js on the seeds ledger as shipped (validated at build time);
// the library's checkClaim validates the ledger it is given, which loads the ledger schema and zod.
export { runClaimCheck, type CheckClaimOptions, type ClaimCheckResult } from './check-claim-run.js';

/** What the library accepts beside the command's options: the publication day as YYYY-MM-DD too. */
export type LibraryClaimOptions = Omit<CheckClaimOptions, 'published'> &
  ReferenceOptions & { published?: Day | string };

/**
 * Checks a claim (text, or a reading of one) against a ledger (validated here, so a parsed JSON
 * document will do); returns what `check "TEXT" --json` prints under `result`. Throws
 * NothingComparableError when no figure can be compared, and an Error naming the problem for a
 * ledger or a publication day that cannot be read.
 */
export function checkClaim(
  claim: string | LedgerClaimReading,
  ledger: Ledger | unknown,
  options: LibraryClaimOptions = {},
): ClaimCheckResult {
  const parsed = parseLedger(ledger);
  if (!parsed.ok) throw new Error(`the ledger is not valid: ${parsed.problem}`);
  const { published, ...rest } = options;
  let day: Day | undefined;
  if (typeof published === 'string') {
    const read = parseDay(published);
    if (!read.ok) throw new Error(`published ${JSON.stringify(published)} ${read.problem}`);
    day = read.value;
  } else day = published;
  return runClaimCheck(claim, parsed.value, { ...rest, ...(day !== undefined && { published: day }) }).result;
}
