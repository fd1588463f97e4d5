import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/core/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import { figures, PUBLISHED } from './brief.js';

const dates = (text: string, published?: number) => figures(text, published).filter((f) => f.startsWith('date'));

describe('days', () => {
  it.each([
    ['The report came out on January 16th.', 'date 2025-01-16'],
    ['The report came out on 16 January.', 'date 2025-01-16'],
    ['The report came out on 16th January.', 'date 2025-01-16'],
    ['The report came out on the 16th of January.', 'date 2025-01-16'],
    ['The report came out on Jan. 16.', 'date 2025-01-16'],
    ['The report came out on Jan 16.', 'date 2025-01-16'],
    ['The report came out on Sept. 3.', 'date 2024-09-03'],
    ['The report came out on December 16, 2024.', 'date 2024-12-16'],
    ['The report came out on 16 December 2024.', 'date 2024-12-16'],
    ['The report came out on 2024-12-16.', 'date 2024-12-16'],
    // Ukraine's General Staff writes its days with dots, day first.
    ['The report covers the war from 24.02.22 to 16.12.24.', 'date 2022-02-24..2024-12-16'],
    ['The report came out on 16.12.2024.', 'date 2024-12-16'],
    // Without a year only after a word that asks for a day; the year is the publication's, as for "16 December".
    ['Losses as of 16.12 stood at 760,000.', 'date 2024-12-16'],
    ['The count on 05.01 passed 800,000.', 'date 2025-01-05'],
    // A two-digit year after an apostrophe.
    ["Losses since Feb '22 have passed 800,000.", 'date 2022-02-01..2022-02-28'],
    ['Losses since March ’23 have passed 600,000.', 'date 2023-03-01..2023-03-31'],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it('reads a number with one dot as a number where no day is asked for', () => {
    expect(dates('Losses rose by 16.12 per cent.')).toEqual([]);
    expect(dates('The count rose to 1.25 million.')).toEqual([]);
    expect(dates('Losses as of 32.12 stood at 760,000.')).toEqual([]);
  });

  it('refuses days that are not on the calendar', () => {
    expect(dates('The order is dated 30 February 2025.')).toEqual([]);
    expect(dates('The order is dated 2025-02-30.')).toEqual([]);
  });
});

describe('periods: early 1–10, mid 11–20, late 21 to the end, as in project', () => {
  it.each([
    ['Losses rose in the first half of 2023.', 'date 2023-01-01..2023-06-30'],
    ['Losses rose in the third quarter of 2024.', 'date 2024-07-01..2024-09-30'],
    // The ends of a year are the ends of its first and last months.
    ['Losses rose since the beginning of 2025.', 'date 2025-01-01..2025-01-10'],
    ['Losses rose since the start of 2025.', 'date 2025-01-01..2025-01-10'],
    ['Losses stood at 780,000 by the end of 2024.', 'date 2024-12-21..2024-12-31'],
    ['Losses rose in the first week of December.', 'date 2024-12-01..2024-12-07'],
    ['Losses rose in the third week of January 2025.', 'date 2025-01-15..2025-01-21'],
    ['Losses rose in the first 10 days of January.', 'date 2025-01-01..2025-01-10'],
    ['Fighting began in early December.', 'date 2024-12-01..2024-12-10'],
    ['It could be over by mid-April.', 'date 2025-04-11..2025-04-20'],
    ['It could be over by mid April 2025.', 'date 2025-04-11..2025-04-20'],
    ['Losses peaked in late February 2024.', 'date 2024-02-21..2024-02-29'],
    ['Losses peaked in late February 2025.', 'date 2025-02-21..2025-02-28'],
    ['They arrived at the beginning of November.', 'date 2024-11-01..2024-11-10'],
    ['They left by the end of January.', 'date 2025-01-21..2025-01-31'],
    ['Most losses came in the first half of January.', 'date 2025-01-01..2025-01-15'],
    ['Most losses came in the second half of January.', 'date 2025-01-16..2025-01-31'],
    ['Fighting was heaviest in December.', 'date 2024-12-01..2024-12-31'],
    ['The offensive began in August 2024.', 'date 2024-08-01..2024-08-31'],
    ['Recruitment has gone on since 2022.', 'date 2022-01-01..2022-12-31'],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it('joins a range of periods into one window', () => {
    expect(dates('They fought from late October to early November.')).toEqual(['date 2024-10-21..2024-11-10']);
    expect(dates('They fought between 5 and 10 January.')).toEqual(['date 2025-01-05..2025-01-10']);
    expect(dates('They fought 5-10 January.')).toEqual(['date 2025-01-05..2025-01-10']);
    expect(dates('They fought from December to February 2025.')).toEqual(['date 2024-12-01..2025-02-28']);
  });

  it('marks "around mid-April" as approximate', () => {
    expect(dates('All could be lost around mid-April.')).toEqual(['date 2025-04-11..2025-04-20 approximately']);
  });
});

describe('years left out', () => {
  const jan20 = PUBLISHED;
  it('takes "last year", "this year" and "next year" from the publication year', () => {
    expect(dates('It began on November 5th last year.', jan20)).toEqual(['date 2024-11-05']);
    expect(dates('It may end by mid-April this year.', jan20)).toEqual(['date 2025-04-11..2025-04-20']);
    expect(dates('It may end in March next year.', jan20)).toEqual(['date 2026-03-01..2026-03-31']);
  });

  it('puts a month near the publication day, looking back rather than ahead', () => {
    expect(dates('Troops arrived in June.', jan20)).toEqual(['date 2024-06-01..2024-06-30']);
    expect(dates('Troops may be gone by April.', jan20)).toEqual(['date 2025-04-01..2025-04-30']);
    expect(dates('Troops arrived in December.', dayFromParts(2025, 1, 2)!)).toEqual(['date 2024-12-01..2024-12-31']);
    expect(dates('Troops arrived in July.', dayFromParts(2024, 12, 30)!)).toEqual(['date 2024-07-01..2024-07-31']);
  });

  it('without a publication date, takes the year from the nearest date in the text that has one', () => {
    const text = 'On 5 November 2024 the first clashes were reported. Heavy combat began on 6 December.';
    expect(dates(text, undefined)).toEqual(['date 2024-11-05', 'date 2024-12-06']);
    expect(dates('Reports of 16 January put the end at mid-April 2025.', undefined)).toEqual([
      'date 2025-01-16',
      'date 2025-04-11..2025-04-20',
    ]);
  });

  it('around a date in the text, looks as far ahead as back', () => {
    expect(dates('From 6 December 2024 at that rate, all could be lost by mid-April.', undefined)).toEqual([
      'date 2024-12-06',
      'date 2025-04-11..2025-04-20',
    ]);
  });

  it('reads a year on the next line of wrapped text', () => {
    expect(dates('The force is gone in roughly 12 weeks (about mid-April\n2025), analysts say.', undefined)).toEqual([
      'date 2025-04-11..2025-04-20 approximately',
    ]);
  });

  it('leaves the year open when nothing gives it', () => {
    const [figure] = extractFigures('It could be over by mid-April.');
    expect(figure!.date).toEqual({ label: 'mid-April', relation: 'by' });
  });
});

describe('labels and relations', () => {
  it('labels windows and says how a figure stands to its date', () => {
    const figure = (text: string) => extractFigures(text, { published: PUBLISHED }).find((f) => f.kind !== 'date')!;
    expect(figure('Casualties reached 4,000 by mid-January.').date).toEqual({
      first: '2025-01-11',
      last: '2025-01-20',
      label: 'mid-January 2025',
      relation: 'by',
    });
    expect(figure('Since early December they have lost 92 soldiers a day.').date).toMatchObject({
      label: 'early December 2024',
      relation: 'since',
    });
    expect(figure('As of Jan. 13, 300 soldiers had been killed.').date).toMatchObject({
      label: '13 January 2025',
      relation: 'as-of',
    });
    expect(figure('On 13 January, 300 soldiers were reported dead.').date).toMatchObject({
      label: '13 January 2025',
      relation: 'on',
    });
    expect(figure('From late October to early November 2,000 troops were deployed.').date).toMatchObject({
      label: 'late October to early November 2024',
    });
  });

  it('reads a month or a year that opens its sentence as the subject as the period its counts cover', () => {
    const figure = (text: string) => extractFigures(text, { published: PUBLISHED }).find((f) => f.kind !== 'date')!;
    expect(figure('November was the deadliest month, with some 45,000 casualties.').date).toMatchObject({
      first: '2024-11-01',
      last: '2024-11-30',
      relation: 'in',
    });
    expect(figure('2024 was the deadliest year, with about 430,000 killed or wounded.').date).toMatchObject({
      first: '2024-01-01',
      last: '2024-12-31',
      relation: 'in',
    });
    // A month or a number that opens a sentence otherwise is no period: "May …" is a verb, "2000 soldiers" a count.
    expect(dates('May the fallen rest; 300 soldiers were killed.')).toEqual([]);
    expect(figures('2000 soldiers were killed.')).toEqual(['killed 2000']);
  });

  it('gives a figure no date when its sentence names none', () => {
    const [figure] = extractFigures('Officials counted 3,800 casualties. The next report came in mid-January.', {
      published: PUBLISHED,
    });
    expect(figure!.kind).toBe('casualties');
    expect(figure!.date).toBeUndefined();
  });
});

describe('months that are also words', () => {
  it('does not read "may" or "march" as months without a day, a year or a preposition', () => {
    expect(dates('May God protect them.')).toEqual([]);
    expect(dates('The troops may be withdrawn.')).toEqual([]);
    expect(dates('Columns march on the city.')).toEqual([]);
    const december = dayFromParts(2024, 12, 1)!;
    expect(dates('In May the offensive stalled.', december)).toEqual(['date 2024-05-01..2024-05-31']);
    expect(dates('On May 9 the parade went ahead.', december)).toEqual(['date 2024-05-09']);
  });

  it('does not take a count after a month for a day', () => {
    expect(figures('In January 12 soldiers were killed.')).toEqual(['date 2025-01-01..2025-01-31', 'killed 12']);
  });
});

describe('years from the day losses began (the baseline option)', () => {
  const baseline = dayFromParts(2024, 12, 6)!;
  const resolved = (text: string, options: { published?: number } = {}) =>
    extractFigures(text, { ...options, baseline })
      .filter((f) => f.kind === 'date')
      .map((f) => `${f.date!.label}: ${f.date!.first}..${f.date!.last}`);

  it('puts a year-less date at its first occurrence ending on or after the baseline', () => {
    expect(resolved('The force could be spent by mid-April.')).toEqual(['mid-April 2025: 2025-04-11..2025-04-20']);
    expect(resolved('The force could be spent by mid-June.')).toEqual(['mid-June 2025: 2025-06-11..2025-06-20']);
    expect(resolved('Losses were heavy in mid-December.')).toEqual(['mid-December 2024: 2024-12-11..2024-12-20']);
    expect(resolved('Losses were heavy in early December.')).toEqual(['early December 2024: 2024-12-01..2024-12-10']);
  });

  it('puts a "since" date in the year nearest the baseline, which may be before it', () => {
    expect(resolved('Losses have mounted since late November.')).toEqual([
      'late November 2024: 2024-11-21..2024-11-30',
    ]);
    expect(resolved('Losses have mounted since 2 January.')).toEqual(['2 January 2025: 2025-01-02..2025-01-02']);
  });

  it('yields to the publication day and to a year written in the text', () => {
    const published = dayFromParts(2023, 3, 1)!;
    expect(resolved('The force could be spent by mid-April.', { published })).toEqual([
      'mid-April 2023: 2023-04-11..2023-04-20',
    ]);
    expect(resolved('Fighting began on 3 March 2026 and the force could be spent by mid-April.')).toEqual([
      '3 March 2026: 2026-03-03..2026-03-03',
      'mid-April 2026: 2026-04-11..2026-04-20',
    ]);
  });

  it('leaves "last year" without an anchor unresolved, as before', () => {
    expect(resolved('Losses were heavy in May last year.')).toEqual(['May: undefined..undefined']);
  });
});

describe('months written in lower case', () => {
  it('reads a month a note writes in lower case, and may or march only after a word that asks for a month', () => {
    const dated = (text: string) => figures(text).filter((f) => f.startsWith('date'));
    expect(dated('the troops will be wiped out by february')).toEqual(['date 2025-02-01..2025-02-28']);
    expect(dated('ru lost 35,370 personnel in may, lowest month')).toEqual(dated('ru lost 35,370 personnel in May'));
    expect(dated('ru lost 35,370 personnel in may')).toHaveLength(1);
    expect(dated('lost 3,000 by mid-march')).toEqual(['date 2025-03-11..2025-03-20']);
    expect(dated('russia may lose 3,000 soldiers')).toEqual([]);
    expect(dated('the troops march 30 km a day')).toEqual([]);
  });
});
