import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/ledger.js';
import { SEEDS_LEDGER } from '../../src/shell/seeds-ledger.js';

describe('the seeds ledger as shipped', () => {
  // Runs read it without validating it: it must be exactly what validation makes of the file.
  it('is what the schema makes of seeds/ledger.json, field for field and in the same order', () => {
    const document: unknown = JSON.parse(readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8'));
    const parsed = parseLedger(document);
    if (!parsed.ok) throw new Error(`seeds/ledger.json is not a valid ledger: ${parsed.problem}`);
    expect(JSON.stringify(SEEDS_LEDGER)).toBe(JSON.stringify(parsed.value));
  });
});
