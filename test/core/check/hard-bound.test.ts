import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/check/run-checks.js';
import { hardBound } from '../../../src/core/check/hard-bound.js';
import { auditLedger } from '../../../src/core/check/audit.js';
import { checkAgainstLedger } from '../../../src/core/check/against-ledger/against-ledger.js';
import type { ClaimFigure, LedgerClaimReading } from '../../../src/core/check/against-ledger/types.js';
import type { CheckRow } from '../../../src/core/check/check-rows.js';
import type { Stated } from '../../../src/core/figures/amount.js';
import { QUALIFIERS } from '../../../src/core/figures/vocabulary.js';
import { parseDay } from '../../../src/core/parse/days.js';
import { readClaim } from '../../../src/extract/claim.js';
import { seedsLedger } from '../../helpers/seeds-ledger.js';

const day = (iso: string) => (parseDay(iso) as { ok: true; value: number }).value;
const exact = (n: number): Stated => ({ qualifier: 'exact', low: n, high: n });

const stated = fc
  .tuple(fc.constantFrom(...QUALIFIERS), fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 5000 }))
  .map(
    ([qualifier, low, width]): Stated =>
      qualifier === 'range' ? { qualifier, low, high: low + width } : { qualifier, low, high: low },
  );
const positive = stated.map((s): Stated => ({ ...s, low: s.low + 1, high: s.high + 1 }));

/** The numbers written on each side of a printed relation, as the largest on the right and the smallest on the left. */
function sides(text: string, relation: string): [number, number][] {
  const parts = text.split(` ${relation} `);
  const numbers = (part: string) =>
    [...part.replace(/\([^)]*\)/g, '').matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const left = numbers(parts[i]!.split(' = ').at(-1)!);
    const right = numbers(parts[i + 1]!);
    const leftText = parts[i]!.split(' = ').at(-1)!;
    // "at least 1" on the right and "up to 5" on the left are open on the side that matters.
    const open = /^(?:about )?(?:at least|more than)/.test(parts[i + 1]!.trim());
    const fromZero = /(?:^|\) )up to [\d,.]+(?: \w+)?$/.test(leftText.trim());
    if (left.length > 0 && right.length > 0)
      pairs.push([fromZero ? 0 : Math.min(...left.slice(-2)), open ? Infinity : Math.max(...right.slice(0, 2))]);
  }
  return pairs;
}

/** Every printed "a ≤ b" of a consistent row holds, and so does every printed "a > b". */
function expectTrueRelations(rows: readonly CheckRow[]): void {
  for (const row of rows) {
    if (row.verdict === 'consistent')
      for (const [a, b] of sides(row.arithmetic, '≤')) expect(a, row.arithmetic).toBeLessThanOrEqual(b + 0.5);
    for (const [a, b] of sides(row.arithmetic, '>')) expect(a, row.arithmetic).toBeGreaterThan(b - 0.5);
  }
}

describe('a hard bound is never consistent when broken', () => {
  it('attrition check --force 12000 --rate 92 --casualties 13000: 13,000 > 12,000, inconsistent', () => {
    const result = check({
      force: exact(12000),
      rate: exact(92),
      start: day('2024-12-06'),
      casualties: exact(13000),
      asOf: { first: day('2025-04-30'), last: day('2025-04-30') },
    });
    const row = result.checks.find((c) => c.id === 'casualties-within-force')!;
    expect(row.arithmetic).toBe('13,000 > 12,000');
    expect(row.verdict).toBe('inconsistent');
    expect(result.verdict).toBe('inconsistent');
  });

  it(
    'exact figures: any break is inconsistent; an "about" figure: a tension within the tolerance, inconsistent ' +
      'beyond',
    () => {
      fc.assert(
        fc.property(stated, positive, fc.double({ min: 0.01, max: 0.5, noNaN: true }), (a, b, tolerance) => {
          const bound = hardBound(a, b, tolerance);
          const low = a.qualifier === 'up-to' ? 0 : a.low;
          const high = b.qualifier === 'at-least' || b.qualifier === 'more-than' ? Infinity : b.high;
          expect(bound.holds).toBe(low <= high);
          if (bound.holds) expect(bound.verdict).toBe('consistent');
          else expect(bound.verdict).not.toBe('consistent');
          if (!bound.holds && bound.deviation > tolerance * (1 + 1e-9)) expect(bound.verdict).toBe('inconsistent');
        }),
      );
    },
  );

  it('every printed casualties ≤ force row holds numerically whenever it is consistent', () => {
    fc.assert(
      fc.property(stated, positive, (casualties, force) => {
        const result = check({
          force,
          start: day('2024-12-06'),
          casualties,
          killed: undefined,
          rate: undefined,
          tolerance: 0.1,
          asOf: undefined,
          by: undefined,
        } as never);
        expectTrueRelations(result.checks);
      }),
      { numRuns: 300 },
    );
  });

  it('the same in the ledger comparisons, for any count, rate or force at any date', () => {
    const ledger = seedsLedger();
    const figure = fc.record({
      kind: fc.constantFrom('casualties', 'killed', 'wounded', 'force', 'rate') as fc.Arbitrary<ClaimFigure['kind']>,
      stated,
      offset: fc.integer({ min: -60, max: 400 }),
      span: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 3 }), (figures) => {
        const start = day('2024-12-06');
        const reading: LedgerClaimReading = {
          text: 'generated',
          setAside: [],
          figures: figures.map((f, i) => ({
            id: `${f.kind}-${i}`,
            kind: f.kind,
            stated: f.kind === 'rate' ? { ...f.stated, low: f.stated.low / 100, high: f.stated.high / 100 } : f.stated,
            text: String(f.stated.low),
            span: [i, i + 1],
            asOf: { first: start + f.offset, last: start + f.offset + f.span },
            asOfText: 'a generated date',
          })),
        };
        try {
          const result = checkAgainstLedger(reading, ledger);
          expectTrueRelations(result.figures.flatMap((f) => f.comparisons));
        } catch (error) {
          if (!(error instanceof Error) || error.name !== 'NothingComparableError') throw error;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the reader of printed relations catches a false one', () => {
    const row = { verdict: 'consistent', arithmetic: '13,000 ≤ 12,000' } as CheckRow;
    expect(() => expectTrueRelations([row])).toThrow();
    expect(() =>
      expectTrueRelations([{ ...row, arithmetic: '3,080 (4,000 − 92 a day × 10 days) ≤ about 3,500 ≤ 3,400' }]),
    ).toThrow();
    expect(() => expectTrueRelations([{ ...row, arithmetic: '2,500 ≤ at least 1,000' }])).not.toThrow();
  });

  it('and in the ledger audit', () => {
    expectTrueRelations(auditLedger(seedsLedger()).checks);
  });
});

describe('the library check() takes the CLI default tolerance', () => {
  it('a claim read in plain JavaScript gets the verdict the CLI gives', () => {
    const reading = readClaim(
      'By 16 January 2025, 3,800 of the 12,000 troops had been killed or wounded, about 92 a day.',
    );
    const { tolerance: _none, ...input } = { ...reading.input, tolerance: undefined };
    const library = check(input);
    expect(library.tolerance).toBe(0.1);
    expect(library.verdict).toBe(check({ ...reading.input, tolerance: 0.1 }).verdict);
    expect(library.verdict).toBe('consistent');
  });
});
