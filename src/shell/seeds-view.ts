import view from '../../seeds/ledger-view.json' with { type: 'json' };
import type { LedgerView } from '../core/check/against-ledger/ledger-view.js';
import type { Subject } from '../core/subjects.js';

/**
 * The seeds ledger as claim checks read it (ledgerView of seeds/ledger.json), shipped as data: working
 * it out costs a claim's check 3 to 6 ms of start-up. test/shell/seeds-view.test.ts writes the file
 * from ledgerView itself and fails when the two differ.
 */
export const SEEDS_VIEW = view as unknown as LedgerView;

/**
 * The subject the seeds ledger's description names, as subjectOfDescription reads it: a claim's
 * check need not read the description (test/shell/seeds-view.test.ts holds the two equal).
 */
export const SEEDS_SUBJECT: Subject = { force: 'north-korean', cue: 'North Korean', scope: 'whole' };
