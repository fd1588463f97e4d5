import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

  it('is what the built CLI prints with claims --json', async () => {
    // dist/ is built by npm test (npm run build).
    const { load } = createRequire(import.meta.url)('../../bin/load-cached.cjs');
    const { main } = load(new URL('../../dist/cli.cjs', import.meta.url).pathname) as {
      main: (argv: string[], io: unknown) => Promise<number>;
    };
    let out = '';
    const io = { stdout: { write: (s: string) => ((out += s), true), isTTY: false }, stderr: { write: () => true }, env: {} };
    expect(await main(['claims', '--json'], io)).toBe(0);
    const parsed = parseLedger(SEEDS_LEDGER);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(JSON.stringify(JSON.parse(out).result.claims)).toBe(JSON.stringify(parsed.value.claims));
  });
});
