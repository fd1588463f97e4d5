import type { ClaimCheckResult } from '../extract/check-claim-run.js';

/**
 * A claim check's result as `--json` writes it (schema version 3): the names its figures carry in
 * memory, renamed where another document gives the same name another type, so that each name holds
 * one type across every command's JSON (docs/conventions.md):
 *
 * - `ledger: { subject }` → `ledgerSubject` (elsewhere `ledger` is the ledger's name, a string);
 * - each figure's `figure` → `claimed` (elsewhere `figure` is a figure's text or id);
 *   in it, `stated` → `amount` (elsewhere `stated` is the text a reference states),
 *   `subject` → `whose` with its `force` → `name` (elsewhere `subject` is a ledger's subject and
 *   `force` an amount), and `fromShare.base` → `fromShare.baseAmount` (a figure's `base` is a pair).
 *
 * The key order of the result is kept.
 */
export function claimCheckJson(result: ClaimCheckResult): Record<string, unknown> {
  return renamed(result, {
    ledger: (ledger) => ['ledgerSubject', (ledger as ClaimCheckResult['ledger']).subject],
    figures: (figures) => [
      'figures',
      (figures as ClaimCheckResult['figures']).map((f) =>
        renamed(f, { figure: (figure) => ['claimed', claimedJson(figure as object)] }),
      ),
    ],
  });
}

function claimedJson(figure: object): Record<string, unknown> {
  return renamed(figure, {
    stated: (stated) => ['amount', stated],
    subject: (subject) => ['whose', subject && renamed(subject, { force: (force) => ['name', force] })],
    fromShare: (share) => ['fromShare', share && renamed(share, { base: (base) => ['baseAmount', base] })],
  });
}

type Renames = Record<string, (value: unknown) => [string, unknown]>;

/** The object's entries in order, those named in `renames` under their new name and value. */
function renamed(object: unknown, renames: Renames): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object as object).map(([key, value]) => renames[key]?.(value) ?? ([key, value] as [string, unknown])),
  );
}
