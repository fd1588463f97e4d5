import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/extract/add-claims.js';
import { parseLedger, type Ledger } from '../../src/core/ledger/ledger.js';
import { UsageError } from '../../src/errors.js';
import { documentName, loadLedgerIfAny, withLedgerLock, writeLedgerAtomically } from '../../src/shell/ledger-write.js';
import { cli } from '../helpers/cli.js';

const small = (): Ledger => {
  const parsed = parseLedger(
    JSON.parse(readFileSync(new URL('../fixtures/ledger-small.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

describe('writing a ledger', () => {
  it('writes the ledger whole, through a temporary file that does not stay behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-write-'));
    const path = join(dir, 'ledger.json');
    writeFileSync(path, 'old');
    await writeLedgerAtomically(path, small());
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(small());
    expect(readdirSync(dir)).toEqual(['ledger.json']);
    expect(await loadLedgerIfAny(path)).toEqual(small());
    expect(await loadLedgerIfAny(join(dir, 'none.json'))).toBeNull();
  });

  it('writes nothing that fails the schema, and leaves the old file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-write-'));
    const path = join(dir, 'ledger.json');
    writeFileSync(path, 'old');
    await expect(writeLedgerAtomically(path, emptyLedger('no claims yet'))).rejects.toThrow(
      /fails its schema: field claims must hold at least one claim/,
    );
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['ledger.json']);
  });

  it('leaves what was there when the rename fails, and says so in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-write-'));
    const path = join(dir, 'ledger.json');
    mkdirSync(path);
    writeFileSync(join(path, 'inside.txt'), 'kept');
    const failure = writeLedgerAtomically(path, small());
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/^--ledger ".*\.json" cannot be written: .*; give /);
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['ledger.json']);
  });

  it("names a document by its path from the ledger's folder", () => {
    expect(documentName('articles/a.html', 'my-ledger.json')).toBe('articles/a.html');
    expect(documentName('a.html', 'ledgers/my-ledger.json')).toBe('../a.html');
    expect(documentName(join(tmpdir(), 'x', 'a.html'), join(tmpdir(), 'x', 'l.json'))).toBe('a.html');
  });
});

describe('runs adding to one ledger at once', () => {
  /** Twelve articles, each with one killed figure of its own. */
  const articles = (dir: string): string[] =>
    Array.from({ length: 12 }, (_, i) => {
      const file = join(dir, `report-${i}.txt`);
      writeFileSync(file, `Officials said ${100 + i} soldiers were killed by 13 January 2025.\n`);
      return file;
    });

  it('keeps every figure of twelve concurrent claims add runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-lock-'));
    const ledger = join(dir, 'ledger.json');
    const runs = await Promise.all(
      articles(dir).map((file) => cli(['claims', 'add', file, '--ledger', ledger, '--claimant', 'Courier'])),
    );
    expect(runs.map((r) => r.stderr)).toEqual(Array(12).fill(''));
    expect(runs.map((r) => r.code)).toEqual(Array(12).fill(0));
    const values = (JSON.parse(readFileSync(ledger, 'utf8')) as Ledger).claims.map((c) => c.value);
    expect(values.sort()).toEqual(Array.from({ length: 12 }, (_, i) => 100 + i));
    expect(readdirSync(dir).filter((f) => !f.startsWith('report-'))).toEqual(['ledger.json']);
  });

  it('waits for a lock held by a running process, then refuses, naming the lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-lock-'));
    const ledger = join(dir, 'ledger.json');
    writeFileSync(`${ledger}.lock`, `${process.pid}\n`);
    const started = Date.now();
    const held = withLedgerLock(ledger, async () => 'written', 300);
    await expect(held).rejects.toThrow(
      /^--ledger ".*\.json" is locked by another run adding to it \(ledger\.json\.lock\); try again/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('takes over a lock left by a process that has gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-lock-'));
    const ledger = join(dir, 'ledger.json');
    // A process id no process holds: beyond the largest Linux allows.
    writeFileSync(`${ledger}.lock`, '4194305\n');
    expect(await withLedgerLock(ledger, async () => 'written', 300)).toBe('written');
    expect(readdirSync(dir)).toEqual([]);
  });
});
