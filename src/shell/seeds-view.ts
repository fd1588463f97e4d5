import type { LedgerView } from '../core/check/against-ledger/ledger-view.js';

/**
 * The seeds ledger read by ledgerView, as the build writes it into the CLI's bundles (reading it
 * on every claim checked costs about a millisecond of a run); in the sources, not yet computed.
 * A test checks that the built one is what ledgerView makes of the seeds ledger.
 */
export const SEEDS_LEDGER_VIEW: LedgerView | undefined = undefined;
