import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/attrition.cjs', import.meta.url));

/** Runs the built binary from a directory far from the repository, as an installed package would be. */
function attrition(args: string[], env: Record<string, string> = {}, input?: string) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: mkdtempSync(`${tmpdir()}/attrition-cwd-`),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    ...(input !== undefined && { input }),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the built binary: claims and check', () => {
  it('carries the seeds ledger inside the bundle', () => {
    const claims = attrition(['claims', '--json']);
    expect(claims.code).toBe(0);
    expect(JSON.parse(claims.stdout).result.claims.length).toBeGreaterThanOrEqual(30);
    const audit = attrition(['check', '--ledger', '--json']);
    expect(audit.code).toBe(1);
    expect(JSON.parse(audit.stdout).result.verdict).toBe('inconsistent');
  });

  it('reads a claim piped to --text - and checks it', () => {
    const april = attrition(
      ['check', '--text', '-'],
      {},
      'All 12,000 North Korean soldiers could be killed or wounded by mid-April at 92 casualties a day\n',
    );
    expect(april.code).toBe(0);
    // The report wraps at 80 columns when piped: the figure's source may run over two lines.
    expect(april.stdout.replace(/\s+/g, ' ')).toContain('start 2024-12-06 from the ledger (isw-start, ISW)');
    const february = attrition(
      ['check', '--text', '-', '--json'],
      {},
      'At 92 casualties a day the 12,000 troops would all be lost by early February',
    );
    expect(february.code).toBe(1);
    expect(JSON.parse(february.stdout).result.claim.kind).toBe('prediction');
  });

  it('exits 0, 1 and 2 as the figures deserve', () => {
    const base = ['check', '--force', '12000', '--rate', '92', '--start', '2024-12-06'];
    expect(attrition([...base, '--casualties', '3800', '--as-of', '2025-01-16']).code).toBe(0);
    expect(attrition([...base, '--casualties', '1000', '--as-of', '2025-01-16']).code).toBe(1);
    const bad = attrition([...base, '--by', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints the same audit in a time zone far east and one far west', () => {
    const east = attrition(['check', '--ledger'], { TZ: 'Pacific/Kiritimati' });
    const west = attrition(['check', '--ledger'], { TZ: 'Pacific/Pago_Pago' });
    expect(east.stdout).toBe(west.stdout);
    expect(east.stdout).toContain('2025-05-10 (early May 2025)');
  });

  it('checks a claim against the seeds ledger: 2,500 killed by 25 January 2025 is inconsistent, exit 1', () => {
    const run = attrition(['check', 'By 25 January 2025, 2,500 North Korean soldiers had been killed']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Overall: inconsistent /);
    expect(run.stdout).toContain('2,500 > 1,404 (300 + 92 a day × 12 days)');
  });
});
