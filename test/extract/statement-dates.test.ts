import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/core/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import type { Figure } from '../../src/extract/types.js';

const day = (iso: string): number => dayFromParts(...(iso.split('-').map(Number) as [number, number, number]))!;
const counts = (text: string, published?: string): Figure[] =>
  extractFigures(text, published ? { published: day(published) } : {}).filter((f) => f.kind !== 'date');
const when = (f: Figure | undefined): string | undefined =>
  f?.date && (f.date.first === f.date.last ? f.date.first : `${f.date.first}/${f.date.last}`);

describe('a loss verb past a phrase that says which soldiers', () => {
  it.each([
    ['More than 3,500 soldiers of the contingent have been killed or wounded, officials said.', 'casualties'],
    ['About 2,000 soldiers fighting in Kursk have been killed.', 'killed'],
    ['Some 1,200 troops deployed to Russia were wounded.', 'wounded'],
  ])('%s', (text, kind) => {
    expect(counts(text).map((f) => f.kind)).toEqual([kind]);
  });

  it('its own verb still makes the count a force: "12,000 troops were deployed to Kursk and 3,000 were killed"', () => {
    expect(counts('12,000 troops were deployed to Kursk and 3,000 were killed.').map((f) => f.kind)).toEqual([
      'force',
      'killed',
    ]);
  });
});

describe('a date belongs to the count of its own stretch of the sentence', () => {
  it('"passed 4,000, up from about 3,000 in mid-January": only the 3,000 is mid-January\'s', () => {
    const [now, before] = counts(
      'North Korea has passed 4,000 killed and wounded, up from about 3,000 in mid-January.',
      '2025-04-01',
    );
    expect(now!.value).toBe(4000);
    expect(now!.date).toBeUndefined();
    expect(when(before)).toBe('2025-01-11/2025-01-20');
  });

  it.each([
    [
      'North Korean casualties rose from 1,000 in mid-December to 3,000 by mid-January.',
      ['2024-12-11/2024-12-20', '2025-01-11/2025-01-20'],
    ],
    ['Losses rose from 1,000 to 3,000 by mid-January.', [undefined, '2025-01-11/2025-01-20']],
    [
      'It has lost more than 4,000, compared with about 3,000 at the end of December.',
      [undefined, '2024-12-21/2024-12-31'],
    ],
    ['As of 31 December, North Korea had suffered at least 3,000 casualties, a US official said.', ['2024-12-31']],
  ])('%s', (text, dates) => {
    expect(counts(text, '2025-01-25').map(when)).toEqual(dates);
  });
});

describe('the day a statement was made dates the counts that have none of their own', () => {
  it.each([
    ['Half of the 4,000 casualties were killed, an official said on 20 January 2025.', '2025-01-21', '2025-01-20'],
    ['NIS said on Thursday that 3,000 had been killed or wounded.', '2025-01-17', '2025-01-16'],
    [
      'According to a report published on 16 January, some 3,000 soldiers had been killed or wounded.',
      '2025-01-17',
      '2025-01-16',
    ],
    [
      'The agency told lawmakers last week that 1,100 soldiers had been killed or wounded.',
      '2024-12-18',
      '2024-12-09/2024-12-15',
    ],
    [
      'About 1,000 soldiers have been killed so far, ISW said in its 19 January assessment.',
      '2025-01-20',
      '2025-01-19',
    ],
  ])('%s', (text, published, stated) => {
    for (const f of counts(text, published)) {
      expect(when(f)).toBe(stated);
      expect(f.date!.relation).toBe('as-of');
      expect(f.stated!.first).toBe(stated.split('/')[0]);
    }
  });

  it('a count with a date of its own keeps it beside the statement\'s: "by 24 January, … said on 26 January"', () => {
    const [f] = counts(
      'About 4,000 had been killed or wounded by 24 January, the military said on 26 January.',
      '2025-01-27',
    );
    expect(when(f)).toBe('2025-01-24');
    expect(f!.stated!.first).toBe('2025-01-26');
  });

  it('a weekday means nothing without the publication day', () => {
    expect(counts('NIS said on Thursday that 3,000 had been killed or wounded.')[0]!.date).toBeUndefined();
  });

  it('a weekday is the latest such day on or before publication', () => {
    // 2025-01-16 is a Thursday.
    expect(when(counts('NIS said on Thursday that 3,000 had been killed.', '2025-01-16')[0])).toBe('2025-01-16');
    expect(when(counts('NIS said on Thursday that 3,000 had been killed.', '2025-01-22')[0])).toBe('2025-01-16');
  });
});

describe('a share says what it is a share of and what it counts', () => {
  it.each([
    ['Half of the 4,000 casualties were killed, an official said on 20 January 2025.', 'casualties', 'killed', '4,000'],
    ['A third of the troops were killed or wounded.', 'force', 'casualties', undefined],
    ['About 4,000 have been killed or wounded, and two-thirds of them died.', 'casualties', 'killed', undefined],
    ['Nearly half of the 11,000 troops deployed have been killed or wounded.', 'force', 'casualties', '11,000'],
    ["About a quarter of North Korea's casualties were killed.", 'casualties', 'killed', undefined],
    ['The contingent has lost some 30 % of its strength.', 'force', 'casualties', undefined],
  ])('%s', (text, of, kind, base) => {
    const share = counts(text).find((f) => f.kind === 'share')!;
    expect([share.of, share.counts]).toEqual([of, kind]);
    expect(share.base && text.slice(...share.base)).toBe(base);
  });
});

describe('two months joined by "and"', () => {
  it('"sent in January and February" is the two months', () => {
    const [f] = counts('An additional 3,000 troops were sent in January and February.', '2025-03-05');
    expect([f!.kind, when(f)]).toEqual(['reinforcement', '2025-01-01/2025-02-28']);
  });

  it('"in January and 12 soldiers" is January alone, not a range to the 12th', () => {
    expect(counts('Fighting began in January and 12 soldiers died.', '2025-03-05').map(when)).toEqual([
      '2025-01-01/2025-01-31',
    ]);
  });
});

describe('a share of no loss says nothing of what it counts', () => {
  it.each(['A third of the troops are stationed near Kursk.', 'More than a third of them.'])('%s', (text) => {
    const share = counts(text).find((f) => f.kind === 'share')!;
    expect([share.of, share.counts]).toEqual([undefined, undefined]);
  });
});

describe("a date before the name of a report is the statement's", () => {
  it('"the 13 January briefing" dates the counts as of that day', () => {
    const [f] = counts('About 300 soldiers had been killed, according to the 13 January briefing.', '2025-01-20');
    expect([when(f), f!.date!.relation]).toEqual(['2025-01-13', 'as-of']);
  });

  it('"were killed in Kursk in January, officials said": the date is the count\'s own', () => {
    const [f] = counts('About 300 soldiers were killed in Kursk in January, officials said.', '2025-02-20');
    expect([when(f), f!.stated]).toEqual(['2025-01-01/2025-01-31', undefined]);
  });
});

describe('"of them" after a share of losses', () => {
  it('"a third of the 11,000 troops were lost, and a quarter of them were killed": the second is of those lost', () => {
    const shares = counts(
      'More than a third of the 11,000 troops were lost, and about a quarter of them were killed.',
    ).filter((f) => f.kind === 'share');
    expect(shares.map((s) => [s.of, s.counts])).toEqual([
      ['force', 'casualties'],
      ['casualties', 'killed'],
    ]);
  });
});

describe('days named from the publication day', () => {
  // 2025-01-22 is a Wednesday.
  it.each([
    ['The agency said yesterday that 3,000 had been killed.', '2025-01-21'],
    ['The agency said last Thursday that 3,000 had been killed.', '2025-01-16'],
    ['Kyiv said Monday that 3,000 had been killed.', '2025-01-20'],
  ])('%s', (text, expected) => {
    expect(when(counts(text, '2025-01-22')[0])).toBe(expected);
  });

  it('"in the last week" and "over the last 24 hours" are periods of a count, not dates', () => {
    const figures = extractFigures('They lost 1,000 in the last week and 200 over the last 24 hours.', {
      published: day('2025-01-22'),
    });
    expect(figures.filter((f) => f.kind === 'date')).toEqual([]);
  });
});

describe('a relative day is no figure of its own', () => {
  it('"said on Thursday" dates the count but is not listed as a date', () => {
    const figures = extractFigures('NIS said on Thursday that 3,000 had been killed.', {
      published: day('2025-01-17'),
    });
    expect(figures.map((f) => f.kind)).toEqual(['killed']);
    expect(figures[0]!.stated?.label).toBe('Thursday 16 January 2025');
  });
});
