import seeds from '../../seeds/ledger.json' with { type: 'json' };

/**
 * The seeds ledger, bundled into the CLI so it is found wherever attrition is installed. This
 * module is imported only when a command needs the default ledger.
 */
export const SEEDS_LEDGER: unknown = seeds;
export const SEEDS_LEDGER_NAME = 'the seeds ledger (seeds/ledger.json)';
