import type { Ledger } from '../core/ledger/ledger.js';
import { UsageError } from '../errors.js';
import { readTextFile } from './files.js';
import { echo, shorten } from '../core/wording.js';

export interface LoadedLedger {
  ledger: Ledger;
  /** How reports name it: the path given, or the seeds ledger. */
  name: string;
}

/**
 * The ledger `--ledger` (or `flagName`) names: the seeds ledger when no file is given, else the
 * file, validated.
 */
export async function loadLedger(option: string | true | undefined, flagName = '--ledger'): Promise<LoadedLedger> {
  if (option === undefined || option === true) {
    const { SEEDS_LEDGER, SEEDS_LEDGER_NAME } = await import('./seeds-ledger.js');
    return { ledger: SEEDS_LEDGER, name: SEEDS_LEDGER_NAME };
  }
  const flag = `${flagName} ${echo(option)}`;
  const text = await readTextFile(option, {
    name: flagName,
    accepts: 'a JSON ledger',
  });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag} is not valid JSON: ${shorten((error as Error).message, 30)}`);
  }
  // The schema (and zod) are loaded only for a ledger read from a file.
  const { parseLedger } = await import('../core/ledger/ledger.js');
  const parsed = parseLedger(document);
  if (!parsed.ok) throw new UsageError(`${flag} is not a valid ledger: ${parsed.problem}`);
  return { ledger: parsed.value, name: option };
}
