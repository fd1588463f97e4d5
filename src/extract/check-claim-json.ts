import type { Subject } from '../core/subjects.js';
import type {
  FigureVerdict,
  LedgerCheckResult,
  ReportedFigure,
  ShareBasis,
} from '../core/check/against-ledger/types.js';

/** A figure read from a claim, as a claim check's JSON and the library give it. */
export type ClaimedFigure = Omit<ReportedFigure, 'stated' | 'subject' | 'fromShare'> & {
  /** The amount the claim states (in memory `stated`). */
  amount: ReportedFigure['stated'];
  /** Whose losses it counts (in memory `subject`, its force `force`). */
  whose?: Omit<Subject, 'force'> & { name: Subject['force'] };
  fromShare?: Omit<ShareBasis, 'base'> & { baseAmount: ShareBasis['base'] };
};

/** A claim check's result as `--json` writes it and the library returns it: see claimCheckJson. */
export type ClaimCheckJson<R extends LedgerCheckResult> = Omit<R, 'ledger' | 'figures'> & {
  /** The subject of the ledger the claim was held to. */
  ledgerSubject: string;
  figures: (Omit<FigureVerdict, 'figure'> & { claimed: ClaimedFigure })[];
};

/**
 * A claim check's result as `--json` writes it (schema version 3) and the library returns it: the
 * names its figures carry in memory, renamed where another document gives the same name another
 * type, so that each name holds one type across every command's JSON (docs/conventions.md):
 *
 * - `ledger: { subject }` → `ledgerSubject` (elsewhere `ledger` is the ledger's name, a string);
 * - each figure's `figure` → `claimed` (elsewhere `figure` is a figure's text or id);
 *   in it, `stated` → `amount` (elsewhere `stated` is the text a reference states),
 *   `subject` → `whose` with its `force` → `name` (elsewhere `subject` is a ledger's subject and
 *   `force` an amount), and `fromShare.base` → `fromShare.baseAmount` (a figure's `base` is a pair).
 *
 * The order of the keys is kept.
 */
export function claimCheckJson<R extends LedgerCheckResult>(result: R): ClaimCheckJson<R> {
  return renamed(result, {
    ledger: (ledger) => ['ledgerSubject', (ledger as LedgerCheckResult['ledger']).subject],
    figures: (figures) => [
      'figures',
      (figures as FigureVerdict[]).map((f) => renamed(f, { figure: (figure) => ['claimed', claimedJson(figure)] })),
    ],
  }) as ClaimCheckJson<R>;
}

function claimedJson(figure: unknown): Record<string, unknown> {
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
    Object.entries(object as object).map(
      ([key, value]) => renames[key]?.(value) ?? ([key, value] as [string, unknown]),
    ),
  );
}
