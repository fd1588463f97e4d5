import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stated } from '../../../src/core/figures/amount.js';
import { check, CheckError, statedSum, type CheckInput } from '../../../src/core/check/run-checks.js';
import type { CheckRow } from '../../../src/core/check/check-rows.js';
import { parseDuration } from '../../../src/core/parse/durations.js';
import { parseWindow } from '../../../src/core/parse/periods.js';
import { ISW as REFERENCE } from '../../helpers/isw.js';
import { day } from '../../helpers/dates.js';

const on = (iso: string) => ({ first: day(iso), last: day(iso) });
const exact = (x: number): Stated => ({ qualifier: 'exact', low: x, high: x });
const window = (text: string) => {
  const parsed = parseWindow(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const duration = (text: string) => {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

const ISW: CheckInput = {
  force: exact(REFERENCE.force),
  rate: exact(REFERENCE.rate),
  start: day(REFERENCE.start),
  tolerance: 0.1,
};
const row = (input: CheckInput, id: string): CheckRow => {
  const found = check(input).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} row`);
  return found;
};

describe('implied rate', () => {
  it('3,800 from 6 December through 16 January is 42 days of losses, 90.5 a day against 92: consistent', () => {
    const r = row({ ...ISW, casualties: exact(3800), asOf: on('2025-01-16') }, 'implied-rate');
    expect(r.value).toBeCloseTo(3800 / 42, 12);
    expect(r.expected).toBe(92);
    expect(r.deviation).toBeCloseTo(3800 / 42 / 92 - 1, 12);
    expect(r.verdict).toBe('consistent');
    expect(r.arithmetic).toBe('3,800 ÷ 42 days = 90.5 a day');
    expect(r.explanation).toContain('42 days (6 weeks) of losses from 2024-12-06 (day 1) through 2025-01-16');
  });

  it('3,000 through 13 January is about 77 a day, -16 %: tension', () => {
    const result = check({ ...ISW, casualties: exact(3000), asOf: on('2025-01-13') });
    const r = result.checks.find((c) => c.id === 'implied-rate')!;
    expect(r.value).toBeCloseTo(3000 / 39, 12);
    expect(r.deviation).toBeCloseTo(-0.164, 3);
    expect(r.verdict).toBe('tension');
    expect(result.verdict).toBe('tension');
  });

  it('1,000 through 16 January is far below 92 a day: inconsistent', () => {
    const result = check({ ...ISW, casualties: exact(1000), asOf: on('2025-01-16') });
    expect(result.checks.find((c) => c.id === 'implied-rate')!.verdict).toBe('inconsistent');
    expect(result.verdict).toBe('inconsistent');
  });

  it('is consistent exactly at the tolerance and tension exactly at 2.5 × it', () => {
    // 42 days of losses: 4,620 is 110 a day (+10 %), 5,250 is 125 a day (+25 %) against 100.
    const at = (casualties: number) =>
      row({ ...ISW, rate: exact(100), casualties: exact(casualties), asOf: on('2025-01-16') }, 'implied-rate');
    expect(at(4620).deviation).toBeCloseTo(0.1, 12);
    expect(at(4620).verdict).toBe('consistent');
    expect(at(4621).verdict).toBe('tension');
    expect(at(5250).deviation).toBeCloseTo(0.25, 12);
    expect(at(5250).verdict).toBe('tension');
    expect(at(5251).verdict).toBe('inconsistent');
    expect(at(3780).verdict).toBe('consistent'); // 90 a day, -10 %
    expect(at(3150).verdict).toBe('tension'); // 75 a day, -25 %
    expect(at(3149).verdict).toBe('inconsistent');
  });

  it('follows the tolerance it is given', () => {
    const input = { ...ISW, casualties: exact(3000), asOf: on('2025-01-13') };
    expect(row({ ...input, tolerance: 0.2 }, 'implied-rate').verdict).toBe('consistent');
    expect(row({ ...input, tolerance: 0.05 }, 'implied-rate').verdict).toBe('inconsistent');
  });

  it('uses killed plus wounded when no casualties are given', () => {
    const r = row({ ...ISW, killed: exact(300), wounded: exact(2700), asOf: on('2025-01-13') }, 'implied-rate');
    expect(r.value).toBeCloseTo(3000 / 39, 12);
    expect(r.arithmetic).toBe('(300 killed + 2,700 wounded) ÷ 39 days = 76.9 a day');
  });

  it('spans a period: early January is days 27 to 36 of losses', () => {
    const r = row({ ...ISW, casualties: exact(3800), asOf: window('early January 2025') }, 'implied-rate');
    expect(r.value).toEqual({ low: 3800 / 36, high: 3800 / 27 });
    expect(r.deviation).toBeCloseTo(3800 / 36 / 92 - 1, 12);
  });

  it('counts a lower bound as satisfied when the stated rate reaches it', () => {
    // At least 1,100 by 20 December (15 days) needs at least 73.3 a day; 92 satisfies it.
    const atLeast: Stated = { qualifier: 'at-least', low: 1100, high: 1100 };
    const r = row({ ...ISW, casualties: atLeast, asOf: on('2024-12-20') }, 'implied-rate');
    expect(r.value).toEqual({ low: 1100 / 15, high: Infinity });
    expect(r.deviation).toBe(0);
    expect(r.verdict).toBe('consistent');
    // At least 2,000 by 10 December (5 days) needs 400 a day: 92 falls far short.
    expect(
      row(
        { ...ISW, casualties: { qualifier: 'at-least', low: 2000, high: 2000 }, asOf: on('2024-12-10') },
        'implied-rate',
      ).verdict,
    ).toBe('inconsistent');
  });

  it('computes casualties ÷ days for any count and as-of day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 500 }),
        (casualties, offset, rate) => {
          const asOf = day('2024-12-06') + offset;
          const r = row(
            { ...ISW, rate: exact(rate), casualties: exact(casualties), asOf: { first: asOf, last: asOf } },
            'implied-rate',
          );
          expect(r.value).toBeCloseTo(casualties / (offset + 1), 9);
          expect(r.deviation).toBeCloseTo(casualties / (offset + 1) / rate - 1, 9);
        },
      ),
    );
  });
});

describe('casualties and the force', () => {
  it(
    'casualties within the force are consistent; beyond it never: exact figures inconsistent, an "about" figure ' +
      'a tension within the tolerance',
    () => {
      expect(
        row(
          { force: exact(12000), start: ISW.start, casualties: exact(3800), tolerance: 0.1 },
          'casualties-within-force',
        ).verdict,
      ).toBe('consistent');
      const over = row(
        { force: exact(12000), start: ISW.start, casualties: exact(13000), tolerance: 0.1 },
        'casualties-within-force',
      );
      expect(over.deviation).toBeCloseTo(1000 / 12000, 12);
      expect(over.verdict).toBe('inconsistent');
      expect(over.arithmetic).toBe('13,000 > 12,000');
      const about = { qualifier: 'approximately', low: 12000, high: 12000 } as Stated;
      expect(
        row({ force: about, start: ISW.start, casualties: exact(13000), tolerance: 0.1 }, 'casualties-within-force')
          .verdict,
      ).toBe('tension');
      expect(
        row({ force: about, start: ISW.start, casualties: exact(15000), tolerance: 0.1 }, 'casualties-within-force')
          .verdict,
      ).toBe('inconsistent');
      expect(
        row(
          { force: exact(12000), start: ISW.start, casualties: exact(12000), tolerance: 0.1 },
          'casualties-within-force',
        ).arithmetic,
      ).toBe('12,000 ≤ 12,000');
    },
  );

  it('killed + wounded: 300 + 2,700 fits 3,000 and not 5,000', () => {
    const base = { start: ISW.start, killed: exact(300), wounded: exact(2700), tolerance: 0.1 };
    const fits = row({ ...base, casualties: exact(3000) }, 'killed-plus-wounded');
    expect(fits.value).toBe(3000);
    expect(fits.deviation).toBe(0);
    expect(fits.verdict).toBe('consistent');
    const off = row({ ...base, casualties: exact(5000) }, 'killed-plus-wounded');
    expect(off.deviation).toBeCloseTo(-0.4, 12);
    expect(off.verdict).toBe('inconsistent');
    expect(check({ ...base, casualties: exact(5000) }).verdict).toBe('inconsistent');
  });

  it('at least 100 killed and at least 1,000 wounded fit "up to 5,000" casualties and not "up to 500"', () => {
    const base = {
      start: ISW.start,
      killed: { qualifier: 'at-least', low: 100, high: 100 } as Stated,
      wounded: { qualifier: 'at-least', low: 1000, high: 1000 } as Stated,
      tolerance: 0.1,
    };
    expect(
      row({ ...base, casualties: { qualifier: 'up-to', low: 5000, high: 5000 } }, 'killed-plus-wounded').verdict,
    ).toBe('consistent');
    const r = row({ ...base, casualties: { qualifier: 'up-to', low: 500, high: 500 } }, 'killed-plus-wounded');
    expect(r.deviation).toBeCloseTo(1.2, 12);
    expect(r.verdict).toBe('inconsistent');
  });

  it('adds stated figures keeping what is known of them', () => {
    expect(statedSum(exact(300), exact(2700))).toEqual({ qualifier: 'exact', low: 3000, high: 3000 });
    expect(statedSum(exact(300), { qualifier: 'approximately', low: 2700, high: 2700 })).toMatchObject({
      qualifier: 'approximately',
      low: 3000,
    });
    expect(statedSum({ qualifier: 'at-least', low: 100, high: 100 }, exact(1000))).toEqual({
      qualifier: 'at-least',
      low: 1100,
      high: 1100,
    });
    expect(statedSum({ qualifier: 'range', low: 1, high: 2 }, exact(10))).toEqual({
      qualifier: 'range',
      low: 11,
      high: 12,
    });
  });
});

describe('a claimed date or period against the projection', () => {
  it('mid-April 2025 holds 12,000 at 92 a day from 6 December: consistent', () => {
    const r = row({ ...ISW, by: window('mid-April 2025'), byText: 'mid-April 2025' }, 'projected-date');
    expect(r.value).toBe('2025-04-15');
    expect(r.expected).toEqual({ low: '2025-04-11', high: '2025-04-20' });
    expect(r.deviation).toBe(0);
    expect(r.verdict).toBe('consistent');
  });

  it('early March 2025 is 36 days off a projection of 130.4 days: inconsistent', () => {
    const r = row({ ...ISW, by: window('early March 2025'), byText: 'early March 2025' }, 'projected-date');
    expect(r.deviation).toBeCloseTo(36 / (12000 / 92), 12);
    expect(r.verdict).toBe('inconsistent');
    expect(r.explanation).toContain('36 days after the end of early March 2025');
  });

  it('measures a date past the projection as negative, and uses the count at the as-of date', () => {
    const late = row({ ...ISW, by: on('2025-06-01') }, 'projected-date');
    expect(late.deviation).toBeCloseTo(-(day('2025-06-01') - day('2025-04-15')) / (12000 / 92), 12);
    const counted = row(
      { ...ISW, casualties: exact(3800), asOf: on('2025-01-16'), by: window('mid-April 2025') },
      'projected-date',
    );
    expect(counted.value).toBe('2025-04-16');
    expect(counted.verdict).toBe('consistent');
  });

  it('spans the projection for ranges: 11,000–12,000 at 80–92 a day', () => {
    const r = row(
      {
        ...ISW,
        force: { qualifier: 'range', low: 11000, high: 12000 },
        rate: { qualifier: 'range', low: 80, high: 92 },
        by: window('May 2025'),
      },
      'projected-date',
    );
    expect(r.value).toEqual({ low: '2025-04-04', high: '2025-05-04' });
    expect(r.verdict).toBe('consistent');
  });
});

describe('a claimed duration against the projection', () => {
  it('"12 weeks" from 16 January with 3,800 lost: the arithmetic gives 12.7 weeks, +6.1 %', () => {
    const r = row(
      { ...ISW, casualties: exact(3800), asOf: on('2025-01-16'), within: duration('12 weeks'), withinText: '12 weeks' },
      'duration',
    );
    expect(r.value).toBeCloseTo(8200 / 92, 12);
    expect(r.expected).toBe(84);
    expect(r.deviation).toBeCloseTo(8200 / 92 / 84 - 1, 12);
    expect(r.verdict).toBe('consistent');
    expect(r.arithmetic).toContain('= 89.1 days = 12.7 weeks');
    expect(r.explanation).toContain('12 weeks from 2025-01-16 ends 2025-04-10 (early April 2025)');
    expect(r.explanation).toContain('to 2025-04-16 (mid-April 2025)');
  });

  it('without casualties counts from the start, or estimates the toll at the as-of date', () => {
    expect(row({ ...ISW, within: duration('130 days') }, 'duration').deviation).toBeCloseTo(12000 / 92 / 130 - 1, 12);
    const estimated = row({ ...ISW, asOf: on('2025-01-16'), within: duration('12 weeks') }, 'duration');
    expect(estimated.value).toBeCloseTo((12000 - 92 * 42) / 92, 12);
  });

  it('"two months" for the whole force is far too short: inconsistent', () => {
    expect(row({ ...ISW, within: duration('two months') }, 'duration').verdict).toBe('inconsistent');
  });
});

describe('wounded to killed', () => {
  it('sets 9 : 1 beside past wars as context, without a verdict', () => {
    const result = check({ ...ISW, killed: exact(300), wounded: exact(2700), asOf: on('2025-01-13') });
    const r = result.checks.find((c) => c.id === 'wounded-to-killed')!;
    expect(r).toMatchObject({ verdict: 'context', value: 9, expected: null, deviation: null });
    expect(r.explanation).toContain('above World War II and Vietnam, below Iraq/Afghanistan');
    expect(r.explanation).toMatch(/4\.9.*6\.2.*12\.8/);
    expect(result.verdict).toBe('tension');
  });
});

describe('figures that allow no check', () => {
  const fails = (input: CheckInput, field: string | null, text: string) => {
    try {
      check(input);
    } catch (error) {
      expect(error).toBeInstanceOf(CheckError);
      expect((error as CheckError).field).toBe(field);
      expect((error as CheckError).problem).toContain(text);
      expect((error as CheckError).problem).not.toMatch(/--[a-z]/);
      return;
    }
    throw new Error('expected a CheckError');
  };

  it('names what is missing', () => {
    fails({ ...ISW }, null, 'no check can run');
    fails(
      { start: ISW.start, tolerance: 0.1, by: window('mid-April 2025'), rate: exact(92) },
      'force',
      'is required with by',
    );
    fails(
      { start: ISW.start, tolerance: 0.1, within: duration('12 weeks'), force: exact(12000) },
      'rate',
      'is required with within',
    );
    fails({ ...ISW, casualties: exact(3000) }, 'asOf', 'is required with casualties');
    fails({ ...ISW, asOf: on('2025-01-13') }, 'asOf', 'needs casualties (or killed and wounded)');
    fails({ ...ISW, killed: exact(300), asOf: on('2025-01-13') }, 'wounded', 'is required with killed');
    fails({ ...ISW, casualties: exact(300), asOf: on('2024-11-01') }, 'asOf', 'is before the start date 2024-12-06');
  });
});
