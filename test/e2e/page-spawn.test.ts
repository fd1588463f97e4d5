import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/attrition.cjs', import.meta.url));
const page = fileURLToPath(new URL('../../examples/pages/frontline-briefing.html', import.meta.url));
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the built binary', () => {
  it('reads a saved page, builds a ledger from it, and audits that ledger', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-spawn-'));
    copyFileSync(page, join(dir, 'briefing.html'));
    const added = run(
      ['claims', 'add', 'briefing.html', '--ledger', 'my-ledger.json', '--claimant', 'Courier', '--json'],
      dir,
    );
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const doc = JSON.parse(added.stdout);
    expect(doc.input.page.published).toBe('2025-01-16');
    const ledger = JSON.parse(readFileSync(join(dir, 'my-ledger.json'), 'utf8'));
    expect(ledger.claims).toEqual(doc.result.added);

    const again = run(['claims', 'add', 'briefing.html', '--ledger', 'my-ledger.json'], dir);
    expect(again.stdout.split('\n')[0]).toBe(
      `0 added, ${ledger.claims.length} already present; my-ledger.json unchanged`,
    );

    const listed = run(['claims', '--ledger', 'my-ledger.json', '--json'], dir);
    expect(JSON.parse(listed.stdout).result.claims).toEqual(ledger.claims);
    const audit = run(['check', '--ledger', 'my-ledger.json', '--json'], dir);
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(JSON.parse(audit.stdout).result.verdict === 'inconsistent' ? 1 : 0);
  });
});
