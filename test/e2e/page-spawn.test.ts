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

describe('twelve claims add processes on one ledger at once', () => {
  it('keep all twelve figures', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'attrition-lock-'));
    const files = Array.from({ length: 12 }, (_, i) => {
      const file = join(dir, `report-${i}.txt`);
      writeFileSync(file, `Officials said ${100 + i} soldiers were killed by 13 January 2025.\n`);
      return file;
    });
    const codes = await Promise.all(
      files.map(
        (file) =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [bin, 'claims', 'add', file, '--ledger', 'ledger.json'], {
              cwd: dir,
              stdio: 'ignore',
            });
            child.on('close', resolve);
          }),
      ),
    );
    expect(codes).toEqual(Array(12).fill(0));
    const ledger = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as { claims: { value: number }[] };
    expect(ledger.claims.map((c) => c.value).sort()).toEqual(Array.from({ length: 12 }, (_, i) => 100 + i));
  }, 60_000);
});
