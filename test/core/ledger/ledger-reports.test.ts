import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportsFromLedger } from '../../../src/core/ledger/ledger-reports.js';
import { parseLedger, type Ledger } from '../../../src/core/ledger/ledger.js';

const seeds = (): Ledger => {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL('../../../seeds/ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

describe('reports from the ledger', () => {
  it('reads each dated casualty figure and each killed + wounded pair of one statement', () => {
    const reports = reportsFromLedger(seeds());
    expect(reports.map((r) => [r.date, r.casualties, r.claims])).toEqual([
      ['2024-12-15', 1100, ['nis-dec-killed', 'nis-dec-wounded']],
      ['2025-01-05', 3800, ['zelensky-casualties']],
      ['2025-01-13', 3000, ['nis-killed', 'nis-wounded']],
      ['2025-01-15', 4000, ['uk-casualties']],
    ]);
  });

  it('says how it read periods and bounds', () => {
    const [december, january] = reportsFromLedger(seeds());
    expect(december!.reading).toEqual([
      'nis-dec-killed is at least 100, taken as 100',
      'nis-dec-wounded is at least 1,000, taken as 1,000',
      'mid-December 2024 taken as its middle day, 2024-12-15',
    ]);
    expect(january!.reading).toEqual(['early January 2025 taken as its middle day, 2025-01-05']);
  });

  it('leaves out undated figures, other forces and killed without wounded', () => {
    const ledger = seeds();
    const ids = reportsFromLedger(ledger).flatMap((r) => r.claims);
    expect(ids).not.toContain('jones-killed');
    expect(ids).not.toContain('kursk-operation-38000');
    const lone = { ...ledger, claims: ledger.claims.filter((c) => c.id !== 'nis-wounded') };
    expect(reportsFromLedger(lone).flatMap((r) => r.claims)).not.toContain('nis-killed');
  });

  it('takes a range at its middle', () => {
    const ledger = seeds();
    const claims = ledger.claims.map((c) =>
      c.id === 'uk-casualties'
        ? ({ ...c, value: undefined, low: 3000, high: 5000, qualifier: 'range' } as typeof c)
        : c,
    );
    const uk = reportsFromLedger({ ...ledger, claims }).find((r) => r.claims.includes('uk-casualties'))!;
    expect(uk.casualties).toBe(4000);
    expect(uk.reading[0]).toBe('uk-casualties is a range 3,000–5,000, taken at its middle, 4,000');
  });
});
