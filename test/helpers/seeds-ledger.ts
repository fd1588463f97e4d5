import { readFileSync } from 'node:fs';
import { parseLedger, type Ledger } from '../../src/core/ledger/ledger.js';

/** A ledger file of the repository, validated. */
export function ledgerAt(path: string): Ledger {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}

export const seedsLedger = (): Ledger => ledgerAt('seeds/ledger.json');
