import type { LedgerCheckResult } from '../core/check/against-ledger/types.js';

/** A claim check's result as `--json` writes it and the library returns it: see claimCheckJson. */
export type ClaimCheckJson<R extends LedgerCheckResult> = Omit<R, 'ledger'> & {
  /** The subject of the ledger the claim was held to. */
  ledgerSubject: string;
};

/**
 * A claim check's result as `--json` writes it (schema version 3) and the library returns it: the
 * ledger's `{ subject }` becomes `ledgerSubject`, as elsewhere `ledger` is the ledger's name, a
 * string. A figure keeps the names the docs and scripts know it by (`figure`, `stated`,
 * `subject`): docs/conventions.md lists them as names that hold another type in other documents.
 * The order of the keys is kept.
 */
export function claimCheckJson<R extends LedgerCheckResult>(result: R): ClaimCheckJson<R> {
  return renamed(result, {
    ledger: (ledger) => ['ledgerSubject', (ledger as LedgerCheckResult['ledger']).subject],
  }) as ClaimCheckJson<R>;
}

type Renames = Record<string, (value: unknown) => [string, unknown]>;

/** The object's entries in order, those named in `renames` under their new name and value. */
function renamed(object: unknown, renames: Renames): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object as object).map(
      ([key, value]) => renames[key]?.(value) ?? ([key, value] as [string, unknown]),
    ),
  );
}
