import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseLedger, type Ledger } from '../core/ledger/ledger.js';
import { fileError, writeProblem } from './files.js';
import { loadLedger } from './ledger-file.js';

/** The ledger at `path`, validated, or null when no file is there yet. */
export async function loadLedgerIfAny(path: string): Promise<Ledger | null> {
  try {
    await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  }
  return (await loadLedger(path)).ledger;
}

/** How a ledger names a document it read: its path from the ledger's folder, with forward slashes. */
export const documentName = (file: string, ledgerPath: string): string =>
  relative(dirname(resolve(ledgerPath)), resolve(file))
    .split(sep)
    .join('/');

/**
 * Writes the ledger after validating it, through a temporary file in the same folder renamed over
 * the old one: a failure at any point leaves the ledger as it was.
 */
export async function writeLedgerAtomically(path: string, ledger: Ledger): Promise<void> {
  const parsed = parseLedger(ledger);
  if (!parsed.ok) throw new Error(`the ledger built for ${path} fails its schema: ${parsed.problem}`);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify(ledger, null, 2)}\n`, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw fileError(LEDGER_OUT, path, 'cannot be written', `${writeProblem(error)} (the ledger is unchanged)`);
  }
}

const LEDGER_OUT = { name: '--ledger', accepts: 'a JSON file in a folder you can write to' };
