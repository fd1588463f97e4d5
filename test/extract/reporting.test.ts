import { describe, expect, it } from 'vitest';
import { dayFromParts, type Day } from '../../src/core/dates.js';
import { readClaim } from '../../src/extract/claim.js';
import { extractFigures } from '../../src/extract/extract.js';
import type { Figure } from '../../src/extract/types.js';
import { describeFigure } from '../../src/render/extract.js';

const day = (iso: string): Day => dayFromParts(...(iso.split('-').map(Number) as [number, number, number]))!;
const amount = (f: Figure): string =>
  f.qualifier === 'vague'
    ? 'vague'
    : f.value !== undefined
      ? String(Math.round(f.value * 1000) / 1000)
      : `${f.low}-${f.high}`;
/** "kind value [period]" for each figure but dates and durations. */
const read = (text: string): string[] =>
  extractFigures(text)
    .filter((f) => f.kind !== 'date' && f.kind !== 'duration')
    .map((f) => [f.kind, amount(f), f.period].filter(Boolean).join(' '));

describe('wordings of real reporting', () => {
  it.each([
    // losses as verbs: a bare "lost" is out of action, "killed" is killed
    ['They lost more than 4,000 in two months.', ['casualties 4000']],
    ['The army has lost 4,000 people.', ['casualties 4000']],
    ['Pyongyang sent 11,000 soldiers, of which they lost over 4,000.', ['force 11000', 'casualties 4000']],
    ['The unit suffered more than 6,000 casualties.', ['casualties 6000']],
    ['Ukraine has lost 31,000 soldiers killed.', ['killed 31000']],
    // losses as totals
    ['Losses amount to 4 thousand people.', ['casualties 4000']],
    ['Casualties among the units have already exceeded 3,000.', ['casualties 3000']],
    ['The number killed and wounded has already exceeded 2,000.', ['casualties 2000']],
    [
      'The number of dead was at least 600 in March and is now estimated at around 2,000.',
      ['killed 600', 'killed 2000'],
    ],
    // passives and deaths as nouns
    ['Some 4,000 are believed to have been killed or wounded.', ['casualties 4000']],
    ['Some 1,200 have been wounded.', ['wounded 1200']],
    ['Researchers counted up to 325,000 troop deaths.', ['killed 325000']],
    ['The war has left 150,000 war dead.', ['killed 150000']],
    ['Journalists confirmed the deaths of 95,000 soldiers.', ['killed 95000']],
    // reinforcements are not the force
    ['An additional 3,000 troops were sent as reinforcements.', ['reinforcement 3000']],
    ['2,000-3,000 more troops are being transferred.', ['reinforcement 2000-3000']],
    ['About 11,000 troops are deployed.', ['force 11000']],
    // partitives
    [
      'Of the initial 11,000 soldiers dispatched, 4,000 are believed to have been killed or wounded.',
      ['force 11000', 'casualties 4000'],
    ],
    ['More than half of the approximately 11,000 troops were lost.', ['share 0.5', 'force 11000']],
    // one day's losses beside the running total
    [
      'Russia lost 1,240 troops in the past day, taking the total to 403,720.',
      ['casualties 1240 day', 'casualties 403720 cumulative'],
    ],
    [
      'Russia has lost 600,000 troops since 2022, including 1,200 in the past day.',
      ['casualties 600000', 'casualties 1200 day'],
    ],
    ['In the past 24 hours, the enemy lost 1,550 personnel.', ['casualties 1550 day']],
    ['Another 1,000 soldiers arrived, bringing the total to 13,000.', ['reinforcement 1000', 'force 13000 cumulative']],
    ['It suffers 1,400 casualties daily, a total of more than 600,000.', ['rate 1400', 'casualties 600000 cumulative']],
    // number forms and vague amounts
    [
      'Some 12\u2009000 soldiers were deployed; 20-25 thousand more troops may follow.',
      ['force 12000', 'reinforcement 20000-25000'],
    ],
    ['Several hundred troops were killed and hundreds of soldiers wounded.', ['killed vague', 'wounded vague']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a count "in the past day" is shown as one day\'s, a running total as all', () => {
    const [daily, total] = extractFigures('Russia lost 1,240 troops in the past day, taking the total to 403,720.');
    expect([describeFigure(daily!), describeFigure(total!)]).toEqual([
      '1,240 casualties in one day',
      '403,720 casualties in all',
    ]);
  });

  it("check sets aside one day's losses and reinforcements, and says why", () => {
    const text =
      'Russia lost 1,240 troops in the past day; 3,000 more troops were sent as reinforcements. ' +
      'All 12,000 could be lost by mid-April at 92 a day.';
    const r = readClaim(text, {
      published: day('2025-01-16'),
    });
    expect(r.setAside.map((s) => [s.text, s.reason])).toEqual([
      ['1,240', "one day's losses, not a count since the start"],
      ['3,000', 'reinforcements: troops sent to join the force, counted apart from it'],
    ]);
  });
});
