import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/core/ledger/add-claims.js';
import { parseLedger, type Ledger } from '../../src/core/ledger/ledger.js';
import { UsageError } from '../../src/errors.js';
import { documentName, loadLedgerIfAny, writeLedgerAtomically } from '../../src/shell/ledger-write.js';

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
    await expect(failure).rejects.toThrow(
      /^--ledger ".*ledger\.json" cannot be written: .* \(the ledger is unchanged\); give /,
    );
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['ledger.json']);
  });

  it("names a document by its path from the ledger's folder", () => {
    expect(documentName('articles/a.html', 'my-ledger.json')).toBe('articles/a.html');
    expect(documentName('a.html', 'ledgers/my-ledger.json')).toBe('../a.html');
    expect(documentName(join(tmpdir(), 'x', 'a.html'), join(tmpdir(), 'x', 'l.json'))).toBe('a.html');
  });
});
