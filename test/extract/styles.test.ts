import { describe, expect, it } from 'vitest';
import { figures } from './brief.js';

// Whole sentences in the styles wire copy, ministry statements and analysts use.
describe('reporting styles', () => {
  it.each([
    [
      "Kyiv's General Staff said Moscow had lost 1,530 troops in the past 24 hours.",
      ['casualties 1530', 'duration 24'],
    ],
    [
      'Kyiv puts Russian losses at around 600,000 killed and wounded since February 2022.',
      ['casualties 600000 approximately', 'date 2022-02-01..2022-02-28'],
    ],
    [
      'Of the roughly 11,000 soldiers sent, more than 4,000 have become casualties, officials say.',
      ['force 11000 approximately', 'casualties 4000 more-than'],
    ],
    ['Losses now amount to nearly 40% of the deployed force.', ['share 0.4 nearly']],
    [
      'The agency estimated about 1,100 casualties as of late December.',
      ['casualties 1100 approximately', 'date 2024-12-21..2024-12-31'],
    ],
    ['Officials put the number of dead and wounded at several hundred.', ['casualties vague']],
    ['The unit, which had 500 men, lost 200 of them in three days.', ['force 500', 'casualties 200', 'duration 3']],
    ["Two-thirds of the battalion's 400 soldiers were wounded.", ['share 0.666667', 'force 400']],
    ['Losses averaged 45 a day over the 90-day offensive.', ['rate 45', 'duration 90']],
    [
      'On Dec. 23 the president said 3,000 North Koreans had been killed or injured.',
      ['date 2024-12-23', 'casualties 3000'],
    ],
    ['Casualty figures reached 3,000 on Monday, against 1,000 a week earlier.', ['casualties 3000', 'casualties 1000']],
    ['The agency said about 300 were killed and 2,700 hurt.', ['killed 300 approximately', 'wounded 2700']],
    [
      'By the start of February, the contingent had been cut to 8,000 men.',
      ['date 2025-02-01..2025-02-10', 'force 8000'],
    ],
    ['The rate fell to 20 per day in February.', ['rate 20', 'date 2025-02-01..2025-02-28']],
    ['He said 12 soldiers died at 5:30 a.m. on 3 March.', ['killed 12', 'date 2025-03-03']],
    ['Over the weekend, 50 soldiers were reported missing.', []],
    [
      'At current rates, all 12,000 could be dead or wounded in about 12 weeks (about mid-April 2025).',
      ['force 12000', 'duration 12 approximately', 'date 2025-04-11..2025-04-20 approximately'],
    ],
    ['Casualties: 3,800 (killed and wounded), per the ministry.', ['casualties 3800']],
    [
      'Fighting grew in early-December and again in late-January.',
      ['date 2024-12-01..2024-12-10', 'date 2025-01-21..2025-01-31'],
    ],
    ['The report, dated Jan 13, 2025, counts ~3.8k casualties.', ['date 2025-01-13', 'casualties 3800 approximately']],
    ['By mid-Jan the toll had passed 3,000.', ['date 2025-01-11..2025-01-20', 'casualties 3000 more-than']],
    [
      'Casualties among the newcomers are estimated at 4,000, or a third of the force.',
      ['casualties 4000', 'share 0.333333'],
    ],
    ['Analysts said the 92-a-day rate would exhaust the force.', ['rate 92']],
    ['One soldier died and two were injured.', ['killed 1', 'wounded 2']],
    ['The army says it killed or wounded about 1,500 enemy soldiers in a week.', ['casualties 1500 approximately']],
    ['Total losses: 3,000 killed, 9,000 wounded.', ['killed 3000', 'wounded 9000']],
    [
      'In three weeks 1,500 soldiers were killed, i.e. about 70 a day.',
      ['duration 3', 'killed 1500', 'rate 70 approximately'],
    ],
    [
      'Of those, 2,100 of the 9,000 marines had been killed or wounded by 2 March.',
      ['casualties 2100', 'force 9000', 'date 2025-03-02'],
    ],
    [
      'The garrison of roughly 4,000 has lost about 30 men a day.',
      ['force 4000 approximately', 'rate 30 approximately'],
    ],
    ['Soldiers from several foreign countries are at the front.', []],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
