import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseLedger, type Ledger } from '../core/ledger/ledger.js';
import { UsageError } from '../errors.js';
import { fileError, writeProblem } from './files.js';
import { loadLedger } from './ledger-file.js';
import { echo } from '../core/wording.js';

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
    throw fileError(LEDGER_OUT, path, 'cannot be written', `${writeProblem(error)}`);
  }
}

/** How long a run waits for another to finish with the ledger before giving up. */
const LOCK_WAIT_MS = 20_000;

/**
 * Runs `update` (read the ledger, add to it, write it) while holding the ledger's lock: a file
 * `LEDGER.lock` beside it, created only when absent, holding the process id. Runs adding to the
 * same ledger at once take turns, so none writes over another's claims. A lock whose process has
 * gone is taken over; after LOCK_WAIT_MS of waiting the run is refused, naming the lock.
 */
export async function withLedgerLock<T>(path: string, update: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = `${path}.lock`;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw fileError(LEDGER_OUT, path, 'cannot be written', `${writeProblem(error)}`);
      }
      if (await abandoned(lock)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() - started > waitMs) {
        throw new UsageError(
          `--ledger ${echo(path)} is locked by another run adding to it (${basename(lock)}); ` +
            'try again, or remove the lock if no other run is going',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 + attempt * 5) * (0.5 + Math.random())));
    }
  }
  try {
    return await update();
  } finally {
    await rm(lock, { force: true });
  }
}

/** Whether a lock was left by a process that no longer runs (or holds no process id). */
async function abandoned(lock: string): Promise<boolean> {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return false; // released meanwhile: try again
  }
  const pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid) || pid <= 0) {
    // Being written this very moment, or not a lock of ours: stale only once it is old.
    const info = await stat(lock).catch(() => null);
    return info !== null && Date.now() - info.mtimeMs > 5_000;
  }
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const LEDGER_OUT = { name: '--ledger', accepts: 'a writable folder' };
