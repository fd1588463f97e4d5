import { describe, expect, it } from 'vitest';
import { checkClaim, type ClaimCheckResult } from '../../../../src/extract/check-claim.js';
import { NothingComparableError } from '../../../../src/core/check/against-ledger/against-ledger.js';
import type { Comparison } from '../../../../src/core/check/against-ledger/types.js';
import { parseDay } from '../../../../src/core/parse/days.js';
import { LEDGER_CLAIMS } from '../../../fixtures/ledger-claims.js';
import { seedsLedger } from '../../../helpers/seeds-ledger.js';

const ledger = seedsLedger();
const day = (iso: string) => (parseDay(iso) as { ok: true; value: number }).value;

function comparison(result: ClaimCheckResult, kind: string, test: string, id: string): Comparison {
  const found = result.figures
    .filter((f) => f.figure.kind === kind)
    .flatMap((f) => f.comparisons)
    .find((c) => c.test === test && c.source?.ids.join('+') === id);
  if (!found) throw new Error(`no ${test} comparison of ${kind} with ${id}`);
  return found;
}

describe("the issue's examples against the seeds ledger", () => {
  it(
    '2,500 killed by 25 January 2025 is inconsistent: NIS counted 300 on 13 January, and 12 days at 92 a day, ' +
      'a quarter of them killed at most, allow 276 more',
    () => {
      const result = checkClaim('By 25 January 2025, 2,500 North Korean soldiers had been killed', ledger);
      expect(result.verdict).toBe('inconsistent');
      const nis = comparison(result, 'killed', 'count-over-time', 'nis-killed');
      // Killed grow by the casualty rate times the largest killed share quoted: the UK's quarter.
      expect(nis.inputs).toMatchObject({ ledger: { low: 300, high: 300 }, rate: 23, killedShare: 0.25, daysAfter: 12 });
      const bound = 300 + 92 * 0.25 * 12;
      expect(nis.inputs.allowed).toEqual({ low: 300, high: bound });
      expect(nis.deviation).toBeCloseTo((2500 - bound) / bound, 12);
      expect(nis.verdict).toBe('inconsistent');
      expect(nis.arithmetic).toBe(`2,500 > 576 (300 + 23 a day (92 × 25 % killed) × 12 days)`);
      expect(nis.source).toEqual({
        ids: ['nis-killed'],
        claimant: "South Korea's NIS",
        date: '2025-01-13',
        figure: '300',
      });
    },
  );

  it(
    '9,000 by 3 February 2025 is inconsistent: the latest counts (about 4,000 by mid-January) at 92 a day reach ' +
      'about 6,100',
    () => {
      const result = checkClaim('On 3 February 2025 officials said losses had reached 9,000', ledger);
      expect(result.verdict).toBe('inconsistent');
      const uk = comparison(result, 'casualties', 'count-over-time', 'uk-casualties');
      // Mid-January read as its first day, 11 January: the reading most favourable to the claim.
      const days = day('2025-02-03') - day('2025-01-11');
      expect(uk.inputs.daysAfter).toBe(days);
      expect(uk.inputs.allowed).toEqual({ low: 4000, high: 4000 + 92 * days });
      expect(uk.verdict).toBe('inconsistent');
      expect(uk.explanation).toContain('mid-January 2025 read as 2025-01-11');
      for (const id of ['zelensky-casualties', 'nis-killed+nis-wounded', 'kovalenko-share+kovalenko-force']) {
        expect(comparison(result, 'casualties', 'count-over-time', id).verdict).toBe('inconsistent');
      }
    },
  );

  it('about 3,500 on 10 January 2025 is consistent, with NIS, Zelensky and ISW’s rate shown', () => {
    const result = checkClaim(
      'A spokesman said on 10 January 2025 that about 3,500 had been killed or wounded',
      ledger,
    );
    expect(result.verdict).toBe('consistent');
    const [figure] = result.figures;
    expect(figure!.figure).toMatchObject({
      kind: 'casualties',
      stated: { qualifier: 'approximately', low: 3500, high: 3500 },
      asOf: { first: '2025-01-10', last: '2025-01-10' },
    });
    const sources = figure!.comparisons.map((c) => c.source?.ids.join('+'));
    expect(sources).toEqual(expect.arrayContaining(['nis-killed+nis-wounded', 'zelensky-casualties', 'isw-rate']));
    expect(comparison(result, 'casualties', 'count-over-time', 'zelensky-casualties').verdict).toBe('consistent');
    const nis = comparison(result, 'casualties', 'count-over-time', 'nis-killed+nis-wounded');
    expect(nis.verdict).toBe('tension');
    expect(nis.inputs).toMatchObject({ daysAfter: 0, daysBefore: 3 });
  });

  it(
    'half of 4,000 killed on 20 January 2025 is inconsistent: killed rise from 300 to 2,000 in a week; a half ' +
      'killed against at most a quarter; 1 : 1 against 4.9–12.8 : 1',
    () => {
      const result = checkClaim(
        'Half of the 4,000 casualties were killed, an official said on 20 January 2025',
        ledger,
      );
      expect(result.verdict).toBe('inconsistent');
      const killed = result.figures.find((f) => f.figure.kind === 'killed')!;
      expect(killed.figure.fromShare).toMatchObject({ of: 'casualties', baseFrom: 'claim', share: { low: 0.5 } });
      expect(killed.figure.stated).toMatchObject({ low: 2000, high: 2000 });
      const nis = comparison(result, 'killed', 'count-over-time', 'nis-killed');
      expect(nis.inputs).toMatchObject({ daysAfter: 7, allowed: { low: 300, high: 300 + 92 * 0.25 * 7 } });
      expect(nis.verdict).toBe('inconsistent');
      // A half killed, against the largest killed share the ledger's sources give (the UK's quarter).
      const share = killed.comparisons.find((c) => c.test === 'killed-share')!;
      expect(share.expected).toEqual({ low: 0, high: 0.25 });
      expect(share.verdict).toBe('inconsistent');
      const history = killed.comparisons.find((c) => c.test === 'history')!;
      expect(history.value).toBe(1);
      expect(history.expected).toEqual({ low: 4.9, high: 12.8 });
      expect(history.verdict).toBe('tension');
      expect(result.assumptions.some((a) => a.includes('base from the claim'))).toBe(true);
    },
  );
});

describe('a corpus of dated claims, October 2024 to January 2026', () => {
  it.each(LEDGER_CLAIMS.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const options = c.published ? { published: day(c.published) } : {};
    if (c.verdict === 'refused') {
      expect(() => checkClaim(c.text, ledger, options)).toThrow(NothingComparableError);
      return;
    }
    expect(checkClaim(c.text, ledger, options).verdict, c.why).toBe(c.verdict);
  });

  it('holds at least 25 claims, every verdict among them', () => {
    expect(LEDGER_CLAIMS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(LEDGER_CLAIMS.map((c) => c.verdict))).toEqual(
      new Set(['consistent', 'tension', 'inconsistent', 'refused']),
    );
  });
});
