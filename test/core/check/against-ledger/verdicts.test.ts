import { describe, expect, it } from 'vitest';
import { figureVerdict } from '../../../../src/core/check/against-ledger/against-ledger.js';
import { ledgerView } from '../../../../src/core/check/against-ledger/ledger-view.js';
import type { Comparison } from '../../../../src/core/check/against-ledger/types.js';
import { parseLedger } from '../../../../src/core/ledger/ledger.js';
import { seedsLedger } from '../../../helpers/seeds-ledger.js';

let rows = 0;
const row = (test: Comparison['test'], claimant: string | null, verdict: Comparison['verdict']): Comparison =>
  ({
    id: `figure:${test}:${rows++}`,
    test,
    verdict,
    source: claimant === null ? null : { ids: [claimant], claimant, date: null, figure: '' },
  }) as Comparison;

describe('a figure is as consistent as its best-agreeing source', () => {
  it('within a test the best claimant decides, each claimant by its worst comparison', () => {
    expect(
      figureVerdict([row('count-over-time', 'NIS', 'inconsistent'), row('count-over-time', 'UK', 'consistent')]),
    ).toBe('consistent');
    expect(
      figureVerdict([row('count-over-time', 'NIS', 'inconsistent'), row('count-over-time', 'NIS', 'consistent')]),
    ).toBe('inconsistent');
    expect(
      figureVerdict([row('count-over-time', 'NIS', 'tension'), row('count-over-time', 'UK', 'inconsistent')]),
    ).toBe('tension');
  });

  it('outside counts over time each comparison is a source of its own: one claimant’s larger force is enough', () => {
    expect(
      figureVerdict([row('within-force', 'Courier', 'inconsistent'), row('within-force', 'Courier', 'consistent')]),
    ).toBe('consistent');
    expect(figureVerdict([row('rate', 'ISW', 'tension'), row('rate', 'ISW', 'inconsistent')])).toBe('tension');
  });

  it('the figure takes its worst test; context gives no verdict', () => {
    expect(
      figureVerdict([row('count-over-time', 'UK', 'consistent'), row('within-force', 'ISW', 'inconsistent')]),
    ).toBe('inconsistent');
    expect(figureVerdict([row('history', null, 'context')])).toBeUndefined();
    expect(figureVerdict([])).toBeUndefined();
  });
});

describe('what the ledger offers a claim', () => {
  const view = ledgerView(seedsLedger());

  it('leaves out another subject, one engagement and undated counts, and says why', () => {
    expect(view.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'kursk-operation-38000', reason: expect.stringContaining('another subject') }),
        expect.objectContaining({ id: 'ukrainian-soldiers-18', reason: 'one engagement, not a running total' }),
        expect.objectContaining({ id: 'us-officials-killed', reason: expect.stringContaining('undated') }),
      ]),
    );
    const ids = view.counts.flatMap((c) => c.ref.ids);
    expect(ids).not.toContain('ukrainian-soldiers-18');
    expect(ids).not.toContain('kursk-operation-38000');
  });

  it("sums NIS's killed and wounded into casualties, and takes the highest quoted rate", () => {
    const nis = view.counts.find((c) => c.kind === 'casualties' && c.ref.ids.join('+') === 'nis-killed+nis-wounded');
    expect(nis?.stated).toMatchObject({ low: 3000, high: 3000 });
    expect(view.maxRate).toMatchObject({ value: 92, ref: { ids: ['isw-rate'] } });
  });

  it('a ledger count may say it covers one engagement or one period, and nothing else', () => {
    const ledger = structuredClone(seedsLedger()) as { claims: Record<string, unknown>[] };
    const nis = ledger.claims.find((c) => c.id === 'nis-killed')!;
    nis.scope = 'period';
    const parsed = parseLedger(ledger);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(ledgerView(parsed.value).excluded.map((e) => e.id)).toContain('nis-killed');
    nis.scope = 'weekly';
    const bad = parseLedger(ledger);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/^claims\[\d+\] \(id nis-killed\) field scope/);
  });
});
