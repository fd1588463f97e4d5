import { describe, expect, it } from 'vitest';
import { counts, figures } from './brief.js';

describe('years are dates, never counts', () => {
  it.each([
    ['In 2022, 1,200 soldiers were deployed to the border.', ['date 2022-01-01..2022-12-31', 'force 1200']],
    ['The 2024 offensive cost 3,000 casualties.', ['casualties 3000']],
    ['Since 2014 the war has killed 14,000 people.', ['date 2014-01-01..2014-12-31', 'killed 14000']],
    ['Between 2022 and 2024 the army grew.', ['date 2022-01-01..2024-12-31']],
    ['The 1941 campaign is the usual comparison.', []],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('still counts four-digit numbers that count something', () => {
    expect(counts('The brigade sent 2000 troops forward.')).toEqual(['force 2000']);
    expect(counts('Between 1900 and 2000 troops were lost.')).toEqual(['casualties 1900–2000']);
  });
});

describe('ages are not counts', () => {
  it.each([
    'Soldiers aged 19 were among the dead.',
    'A 19-year-old soldier was killed.',
    'Men in their 20s were sent to the front.',
    'Conscripts between the ages of 18 and 25 were called up.',
    'He was 19 years old when he was wounded.',
    'Recruits must be at least 18 years of age.',
    'Twenty-year-olds were drafted.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('unit numbers and designations are not counts', () => {
  it.each([
    'Troops of the 11th Airborne were moved north.',
    'The 155th Marine Brigade was wounded badly in the assault.',
    'Brigade 810 was withdrawn.',
    'F-16 jets and Su-34 bombers struck the positions.',
    'The 3rd Army Corps took over the sector.',
    'Posts from @unit_47 showed the strikes.',
    'A pic.twitter.com/Ab3Cd9 link showed the soldiers killed.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('times of day are not counts', () => {
  it.each([
    'The strike came at 12:30 and soldiers were killed.',
    'At 12, the shelling stopped.',
    'The convoy left at 5 pm and troops were sent later.',
    'The convoy left at 5 p.m.',
    'By 06:00 the soldiers were deployed.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('reads "1,200 a day" as a rate, not a time', () => {
    expect(counts('Russia is losing 1,200 a day.')).toEqual(['rate 1200']);
    expect(counts('At 92 a day, the force would be gone by April.')).toEqual(['rate 92']);
  });
});

describe('pages, money and other numbers are not figures', () => {
  it.each([
    'The 300-page report describes the troops.',
    'See page 12 for the soldiers killed.',
    'The report runs to 48 pages.',
    'On pp. 12-14 the authors list the wounded.',
    'The aid package is worth $1.2 million.',
    'The war costs 300 million dollars a day.',
    'The front is 1,000 km long.',
    'Two forces met at the river.',
    'One of the reasons is fatigue.',
    'Version 2.0 of the map shows 3 villages.',
    'The start date is day 1 of losses.',
    'Phase 2 of the offensive began as planned.',
    'The wounded to killed ratio is 9 : 1 here.',
    'Planning data had about 75 of every 100 back on duty.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('dates are not counts', () => {
  it('reads the day of a date as part of the date', () => {
    expect(figures('On 13 January, 300 soldiers were killed.')).toEqual(['date 2025-01-13', 'killed 300']);
    expect(figures('On January 13 300 soldiers were killed.')).toEqual(['date 2025-01-13', 'killed 300']);
    expect(figures('The 6 December start is assumed.')).toEqual(['date 2024-12-06']);
  });
});

describe('words that are names of JavaScript properties', () => {
  it('are words like any other', () => {
    expect(figures('The constructor of the toString valueOf hasOwnProperty __proto__ sent 300 troops.')).toEqual([
      'force 300',
    ]);
    expect(figures('In constructor, 3 were killed by __proto__ 2024.')).toEqual(['killed 3']);
  });
});
