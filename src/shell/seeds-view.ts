import view from '../../seeds/ledger-view.json' with { type: 'json' };
import type { LedgerView } from '../core/check/against-ledger/ledger-view.js';

/**
 * The seeds ledger as claim checks read it (ledgerView of seeds/ledger.json), shipped as data: working
 * it out costs a claim's check 3 to 6 ms of start-up. test/shell/seeds-view.test.ts writes the file
 * from ledgerView itself and fails when the two differ.
 */
export const SEEDS_VIEW = view as unknown as LedgerView;
