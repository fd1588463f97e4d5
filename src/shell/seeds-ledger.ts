import seeds from '../../seeds/ledger.json' with { type: 'json' };
import type { Ledger } from '../core/ledger/ledger.js';

/**
 * The seeds ledger, bundled into the CLI so it is found wherever attrition is installed. This
 * module is imported only when a command needs the default ledger. It is shipped validated, not
 * validated on every run: the build refuses an invalid seeds ledger, and a test checks that this
 * data is what the ledger's schema makes of it.
 */
export const SEEDS_LEDGER = seeds as Ledger;
export const SEEDS_LEDGER_NAME = 'the seeds ledger (seeds/ledger.json)';
