import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rateAgainstOwnTotal } from '../../src/core/check/against-ledger/comparisons/own-total.js';
import { ledgerView } from '../../src/core/check/against-ledger/ledger-view.js';
import { isoDate } from '../../src/core/dates.js';
import type { Ledger } from '../../src/core/ledger/ledger.js';
import { readLedgerClaim } from '../../src/extract/ledger-claim.js';
import { ownTotals } from '../../src/extract/own-totals.js';
import { day } from '../helpers/dates.js';

const ledger = JSON.parse(readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8')) as Ledger;
const view = ledgerView(ledger);

/** The rate-and-total pairs of a claim, each with its days and sides, and the verdict of the rate held to it. */
function pairs(text: string, published: string) {
  const reading = readLedgerClaim(text, view, { published: day(published) });
  return ownTotals(
    reading,
    reading.figures.filter((f) => f.kind === 'rate'),
  ).map((p) => ({
    rate: p.rate.text,
    count: p.count.text,
    from: isoDate(p.period.first),
    to: isoDate(p.period.last),
    sided: p.sided,
    verdict: rateAgainstOwnTotal(p, 0.1).verdict,
  }));
}

describe("a claim's rate held to its own total over the same days", () => {
  it('"since March, some 9,000 in all": the total of the same period, both ways', () => {
    expect(
      pairs(
        'Ukrainian losses have run at 200 to 250 a day since March, some 9,000 in all, Moscow claimed.',
        '2024-06-01',
      ),
    ).toEqual([
      {
        rate: '200 to 250',
        count: 'some 9,000',
        from: '2024-03-01',
        to: '2024-06-01',
        sided: 'both',
        verdict: 'inconsistent',
      },
    ]);
  });

  it('"from January to May": a period of two ends, for the rate and the total', () => {
    expect(
      pairs(
        'Wagner lost about 100 fighters a day from January to May, some 30,000 in all, a US official estimated.',
        '2023-06-01',
      ),
    ).toEqual([
      {
        rate: 'about 100',
        count: 'some 30,000',
        from: '2023-01-01',
        to: '2023-05-31',
        sided: 'both',
        verdict: 'inconsistent',
      },
    ]);
  });

  it('"in three years of war": a span of calendar years ending on the claim\'s date, averaged by a bare rate', () => {
    expect(
      pairs(
        'Some 12,000 civilians have been killed in three years of full-scale war, about 40 a day, a mission said.',
        '2025-02-24',
      ),
    ).toEqual([
      {
        rate: 'about 40',
        count: 'Some 12,000',
        from: '2022-02-25',
        to: '2025-02-24',
        sided: 'both',
        verdict: 'inconsistent',
      },
    ]);
    // The same totals at their own average fit.
    expect(
      pairs(
        'Some 12,000 civilians have been killed in three years of full-scale war, about 11 a day, a mission said.',
        '2025-02-24',
      )[0]?.verdict,
    ).toBe('consistent');
  });

  it('a running total with no period of its own bounds the rate from above only', () => {
    const [pair] = pairs(
      'Russian forces have lost about 1,200 a day since September, some 700,000 so far, Kyiv said.',
      '2024-12-01',
    );
    expect(pair).toMatchObject({ sided: 'at-least', from: '2024-09-01', verdict: 'consistent' });
    // 700,000 can hold 92 days at 1,200 a day, but not at 20,000.
    const [high] = pairs(
      'Russian forces have lost about 20,000 a day since September, some 700,000 so far, Kyiv said.',
      '2024-12-01',
    );
    expect(high?.verdict).toBe('inconsistent');
  });

  it("a rate said to be today's is not the average of a span", () => {
    expect(
      pairs(
        'Some 12,000 civilians have been killed in three years of war, and about 40 a day die now, a mission said.',
        '2025-02-24',
      ),
    ).toEqual([]);
  });

  it('pairs only figures of one sentence, one subject and one kind', () => {
    expect(
      pairs(
        'Ukrainian losses have run at 200 a day since March. Some 9,000 were lost in all, Moscow claimed.',
        '2024-06-01',
      ),
    ).toEqual([]);
    expect(
      pairs('Russia lost 1,200 a day since September, while Ukraine lost some 70,000 in all, Kyiv said.', '2024-12-01'),
    ).toEqual([]);
    // A casualty rate may not be held to a running total of the killed: the rate counts the wounded too.
    expect(
      pairs(
        'Russia has lost 1,200 casualties a day since September, and 200,000 killed so far, Kyiv said.',
        '2024-12-01',
      ),
    ).toEqual([]);
  });
});

describe('figures the grammar reads for the pairs', () => {
  it('"the roughly 1,100 it loses every day" is a daily rate', () => {
    const reading = readLedgerClaim(
      'Russia recruits about 30,000 soldiers a month, barely replacing the roughly 1,100 it loses every day.',
      view,
      { published: day('2025-06-20') },
    );
    expect(reading.figures.map((f) => [f.kind, f.text, f.stated.low])).toEqual([['rate', 'roughly 1,100', 1100]]);
    expect(reading.setAside.map((a) => a.text)).toEqual(['about 30,000']);
  });

  it('a span of time a count is read over is not set aside as well', () => {
    const reading = readLedgerClaim('In two years of war, Russia has lost some 400,000 soldiers, Kyiv said.', view, {
      published: day('2024-02-24'),
    });
    expect(reading.figures.map((f) => [f.kind, f.periodDays])).toEqual([['casualties', 730]]);
    expect(reading.setAside).toEqual([]);
  });
});

describe('periods and rates read from the words around a count', () => {
  const read = (text: string, published: string) =>
    readLedgerClaim(text, view, { published: day(published) }).figures.map((f) => ({
      kind: f.kind,
      value: f.stated.low,
      since: f.since ? isoDate(f.since.first) : null,
      through: f.asOf ? isoDate(f.asOf.last) : null,
    }));

  it('"this year" and "so far in 2024" count from the first day of the year to the day said', () => {
    expect(read('Russia has lost 200,000 soldiers in Ukraine this year, analysts estimated.', '2024-10-15')).toEqual([
      { kind: 'casualties', value: 200_000, since: '2024-01-01', through: '2024-10-15' },
    ]);
    expect(read('Russia has lost some 310,000 soldiers so far in 2024, Kyiv said.', '2024-10-15')).toEqual([
      { kind: 'casualties', value: 310_000, since: '2024-01-01', through: '2024-10-15' },
    ]);
    // Another figure's "this year" in the same sentence is not this one's.
    expect(
      read('Russia has lost 700,000 soldiers since 2022, 300,000 of them this year.', '2024-10-15')[0]?.since,
    ).not.toBe('2024-01-01');
  });

  it('"passed one million in June" is a total reached in June, not June\'s losses', () => {
    expect(
      read("Russia's losses passed one million in June, according to Ukraine's General Staff.", '2025-06-30'),
    ).toEqual([{ kind: 'casualties', value: 1_000_000, since: null, through: '2025-06-30' }]);
  });

  it('"average daily casualties in November 2024 were 1,523" is a rate, averaged over November', () => {
    expect(
      read(
        "Russia's average daily casualties in November 2024 were 1,523, the UK defence ministry said.",
        '2024-12-10',
      ),
    ).toEqual([{ kind: 'rate', value: 1523, since: '2024-11-01', through: '2024-11-30' }]);
  });
});
