import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithSeries, roundedBy } from '../../../src/core/check/against-series/against-series.js';
import type { SeriesReference } from '../../../src/core/check/against-series/series-reference.js';
import type { ClaimFigure } from '../../../src/core/check/against-ledger/types.js';
import type { Stated } from '../../../src/core/figures/amount.js';
import { day } from '../../helpers/dates.js';

/** 1,000 a day for 500 days, exactly: a projection from its last day has no spread of past errors. */
const FIRST = day('2023-01-01');
const STEADY: SeriesReference = {
  id: 'steady',
  name: 'steady.csv',
  claimant: 'A counter',
  measures: 'losses',
  subject: { force: 'russian', scope: 'whole' },
  days: Array.from({ length: 500 }, (_, i) => FIRST + i),
  counts: Array.from({ length: 500 }, (_, i) => 1000 * (i + 1)),
};
const LAST = FIRST + 499;

const predicted = (stated: Stated, daysAhead: number): ClaimFigure => ({
  id: 'casualties-1',
  kind: 'casualties',
  stated,
  text: String(stated.low),
  asOf: { first: LAST + daysAhead, last: LAST + daysAhead },
  prediction: { from: LAST, pace: 'current' },
});
const atLeast = (x: number): Stated => ({ qualifier: 'at-least', low: x, high: x });
const about = (x: number): Stated => ({ qualifier: 'approximately', low: x, high: x });
const verdict = (figure: ClaimFigure) => compareWithSeries(figure, STEADY, { tolerance: 0.1, boundOnly: false })[0]!;

describe('a prediction against a projection of a series', () => {
  it('weighs the rise it foresees, not the whole total: 600,000 in 30 days from 500,000 is far too fast', () => {
    // The total is only 11.7 % above the projected 530,000; the rise (70,000 at the least, 600,000 being
    // round to 30,000) is more than twice the projected 30,000.
    const c = verdict(predicted(atLeast(600_000), 30));
    expect(c.verdict).toBe('inconsistent');
    expect(c.deviation).toBeCloseTo((30_000 - 70_000) / 70_000, 6);
    expect(c.explanation).toContain('the rise it foresees, 70,000 or more, against 30,000 projected');
  });

  it('finds a rise within reach consistent, and a level already passed too', () => {
    expect(verdict(predicted(atLeast(530_000), 30)).verdict).toBe('consistent');
    expect(verdict(predicted(about(540_000), 40)).verdict).toBe('consistent');
    expect(verdict(predicted(atLeast(400_000), 30)).verdict).toBe('consistent');
  });

  it('gives a round level the slack of its rounding: about 600,000 in 60 days is a tension, not worse', () => {
    // 100,000 ± 30,000 foreseen against 60,000: 70,000 at the least, 14 % above the projection.
    const c = verdict(predicted(about(600_000), 60));
    expect(c.verdict).toBe('tension');
    expect(c.deviation).toBeCloseTo((60_000 - 70_000) / 70_000, 6);
    // 560,000 is round to 5,000 only: 55,000 at the least against 40,000 is too fast.
    expect(verdict(predicted(about(560_000), 40)).verdict).toBe('inconsistent');
  });
});

describe('roundedBy', () => {
  it('is half a unit of the last digit that is not zero, at most a twentieth of the level', () => {
    expect(roundedBy(800_000)).toBe(40_000);
    expect(roundedBy(1_100_000)).toBe(50_000);
    expect(roundedBy(1_020_010)).toBe(5);
    expect(roundedBy(7)).toBe(0);
    expect(roundedBy(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('never exceeds a twentieth of the level', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 1e9 }), (n) => roundedBy(n) <= n / 20 && roundedBy(n) >= 0));
  });
});

describe('a daily rate against the series average', () => {
  const rate = (stated: Stated): ClaimFigure => ({
    id: 'rate-1',
    kind: 'rate',
    stated,
    text: String(stated.low),
    asOf: { first: LAST, last: LAST },
  });

  it('reads "about 900 a day" as any rate within its rounding: consistent with 1,000 a day', () => {
    // 900 ± 45: 945 at the most, 5.8 % below the series' 1,000; 900 itself would be 11 % below.
    const c = verdict(rate(about(900)));
    expect(c.verdict).toBe('consistent');
    expect(verdict(rate(about(870))).verdict).toBe('tension');
  });
});

describe('a count from one front with no period', () => {
  const front = (stated: Stated): ClaimFigure => ({
    id: 'casualties-1',
    kind: 'casualties',
    stated,
    text: String(stated.low),
    asOf: { first: FIRST + 99, last: FIRST + 99 },
    subject: { force: 'russian', scope: 'local', place: 'Avdiivka' },
  });
  const bounded = (stated: Stated) => compareWithSeries(front(stated), STEADY, { tolerance: 0.1, boundOnly: true });

  it('is held only to the whole war through its day, and only when it is beyond it', () => {
    // 100 days at 1,000 a day: the whole war's 100,000 bounds any front's count from above.
    expect(bounded(about(40_000))).toEqual([]);
    expect(bounded(about(120_000))[0]!.verdict).toBe('tension');
    expect(bounded(about(300_000))[0]!.verdict).toBe('inconsistent');
  });
});

describe('a count over a stretch of days', () => {
  /** A series whose daily losses grow by one each day: every stretch of seven days has its own increase. */
  const RISING: SeriesReference = {
    ...STEADY,
    id: 'rising',
    counts: Array.from({ length: 500 }, (_, i) => ((i + 1) * (i + 2)) / 2),
  };
  const increase = (first: number, last: number) => {
    const at = (d: number) => RISING.counts[d - FIRST] ?? 0;
    return at(last) - at(first - 1);
  };
  const weekly = (asOf: { first: number; last: number }): ClaimFigure => ({
    id: 'casualties-1',
    kind: 'casualties',
    stated: { qualifier: 'exact', low: 1000, high: 1000 },
    text: '1,000',
    asOf,
    periodDays: 7,
  });

  it('reads a window as long as the stretch ("last week") as the stretch itself, ending on its last day', () => {
    const week = { first: FIRST + 100, last: FIRST + 106 };
    const c = compareWithSeries(weekly(week), RISING, { tolerance: 0.1, boundOnly: false })[0]!;
    expect(c.value).toBe(increase(week.first, week.last));
    expect(c.arithmetic).toContain(`through ${new Date(week.last * 86_400_000).toISOString().slice(0, 10)}:`);
  });

  it('lets a stretch end on any day of a longer window ("over the past week", said in early May)', () => {
    const window = { first: FIRST + 100, last: FIRST + 109 };
    const c = compareWithSeries(weekly(window), RISING, { tolerance: 0.1, boundOnly: false })[0]!;
    expect(c.value).toEqual({
      low: increase(window.first - 6, window.first),
      high: increase(window.last - 6, window.last),
    });
  });
});
