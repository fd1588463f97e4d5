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
      ['check', '--details', '--text', '-'],
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
    const run = attrition(['check', '--details', 'By 25 January 2025, 2,500 North Korean soldiers had been killed']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Overall: inconsistent /);
    expect(run.stdout).toContain('2,500 > 576 (300 + 23 a day (92 × 25 % killed) × 12 days)');
  });
});

describe('the built binary: claims about several forces', () => {
  // The invented corpus, as a user runs it: each claim gets the verdict a careful fact-checker gives
  // (or none), and a claim about another force is never compared with the North Korean ledger.
  const cases: [string, string, string, number][] = [
    [
      'Russia has lost 700,000 soldiers since February 2022, Kyiv said on 15 November 2024',
      '2024-11-16',
      'consistent',
      0,
    ],
    ['By 25 January 2025, 2,500 North Korean soldiers had been killed', '2025-01-26', 'inconsistent', 1],
    ['In February 2024 alone, Russia lost some 40,000 soldiers, according to Ukraine', '2024-03-01', 'inconsistent', 1],
    ['Ukraine has lost 31,000 soldiers since the full-scale invasion, Zelensky said', '2024-02-25', 'no verdict', 2],
    ['The Wagner Group lost 20,000 fighters in Bakhmut, its founder said', '2023-05-25', 'no verdict', 2],
    // No reference covers Ukrainian forces, but the claim's rate and total contradict each other.
    [
      'Ukrainian losses have run at 200 to 250 a day since March, some 9,000 in all, Moscow claimed',
      '2024-06-01',
      'inconsistent',
      1,
    ],
    [
      'The total combat losses of the enemy from 24.02.22 to 06.12.24 were approximately: ' +
        'personnel ‒ about 753,040 (+1,510) persons.',
      '2024-12-06',
      'consistent',
      0,
    ],
    [
      "Russia's losses in Ukraine have passed half a million soldiers, the General Staff in Kyiv said on Tuesday.",
      '2024-05-28',
      'consistent',
      0,
    ],
    [
      'Russian forces, backed by some 11,000 North Korean troops, lost 1,500 in the past day, Kyiv said.',
      '2025-01-10',
      'consistent',
      0,
    ],
  ];
  it.each(cases)('%s: %s', (text, published, verdict, code) => {
    const human = attrition(['check', text, '--published', published]);
    expect(human.code).toBe(code);
    if (code === 2) {
      expect(human.stdout).toBe('');
      expect(human.stderr).toMatch(/^attrition: no reference covers [^\n]*\n$/);
      return;
    }
    expect(human.stdout.split('\n')[0]).toMatch(new RegExp(`^${verdict}: `));
    const doc = JSON.parse(attrition(['check', text, '--published', published, '--json']).stdout);
    expect(doc.result.verdict).toBe(verdict);
  });
});
