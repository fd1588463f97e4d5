import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/extract.js';
import { counts, PUBLISHED } from './brief.js';

describe('force: troops deployed, sent, a contingent', () => {
  it.each([
    ['Pyongyang has sent 12,000 soldiers to Russia.', 'force 12000'],
    ['About 12,000 North Korean troops are deployed in Kursk.', 'force 12000 approximately'],
    ['A contingent of 12,000 arrived in the autumn.', 'force 12000'],
    ['The 12,000-strong contingent suffered heavy losses.', 'force 12000'],
    ['The force numbered 11,000 by November.', 'force 11000'],
    ['With 12,000 troops deployed in Kursk, the front held.', 'force 12000'],
    ['All 12,000 soldiers could be killed or wounded by spring.', 'force 12000'],
    ['Before the 12,000 soldiers are all killed, reinforcements will come.', 'force 12000'],
    ['The entire contingent of roughly 12,000 personnel could be killed or wounded.', 'force 12000 approximately'],
    [
      'Some 3,000 North Korean fighters were dispatched to the front, and many were later wounded.',
      'force 3000 approximately',
    ],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });
});

describe('levels that fall or rise', () => {
  it('reads "fell to", "rise to" and "down from" as the losses they state', () => {
    expect(counts('Russian losses last month fell to about 37,000, down from 48,000.')).toEqual([
      'casualties 37000 approximately',
      'casualties 48000',
    ]);
    expect(counts('Russian losses rise to 1.16 mln, Ukraine says')).toEqual(['casualties 1160000']);
  });
});

describe('casualties: killed or wounded, losses', () => {
  it.each([
    ['The unit has suffered 3,800 casualties.', 'casualties 3800'],
    ['Zelensky said 3,800 soldiers had been killed or wounded.', 'casualties 3800'],
    ['The number of killed and wounded reached 4,000.', 'casualties 4000'],
    ['Losses of about 5,000 were reported.', 'casualties 5000 approximately'],
    // A date with an abbreviated month between the losses and their count.
    ['Russian losses since Feb. 24, 2022 reach 208,000.', 'casualties 208000'],
    // A hyphenated word is one word between the losses and their count, however far back they stand.
    [
      'Russian losses since the start of the full-scale invasion now stand at about 1,130,000.',
      'casualties 1130000 approximately',
    ],
    // "With" and "had" name a force unless the words after its soldiers say how they were lost.
    ['The units fell back, with around 200 soldiers killed or wounded so far.', 'casualties 200 approximately'],
    ['The unit had 500 soldiers killed.', 'killed 500'],
    ['Russian losses top 1 mln, Ukraine says', 'casualties 1000000 more-than'],
    // A level passed as a "mark" or "milestone", in digits or words, hyphenated or not.
    ['Russian losses passed the one-million mark on Thursday.', 'casualties 1000000'],
    ['Russian losses crossed the 1,000,000 milestone.', 'casualties 1000000'],
    ['Russian losses reached 1.1mln, Ukraine says', 'casualties 1100000'],
    ['The Russian army has lost a total of 603,010 personnel.', 'casualties 603010'],
    // A year between the subject and its verb is a date, not a count in the way.
    ['Losses in 2024 reached 430,000.', 'casualties 430000'],
    ['Russia has lost an estimated 3,000 soldiers.', 'casualties 3000 approximately'],
    // In Ukrainian officials' words soldiers are "destroyed" as they are "eliminated".
    ['Ukrainian drones destroyed about 30 soldiers.', 'killed 30 approximately'],
    ['Some 2,000 soldiers were killed and wounded in a week.', 'casualties 2000 approximately'],
    ['It has lost 1,200 soldiers since the spring.', 'casualties 1200'],
    ['Combined losses stood at 6,500.', 'casualties 6500'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });
});

describe('killed and wounded apart', () => {
  it.each([
    ['Seoul said 300 soldiers had been killed and 2,700 wounded.', ['killed 300', 'wounded 2700']],
    ['At least 100 were killed and another 1,000 injured.', ['killed 100 at-least', 'wounded 1000']],
    ['Another 2,700 had been injured by then.', ['wounded 2700']],
    ['The strike killed 40 and wounded 65.', ['killed 40', 'wounded 65']],
    ['The death toll rose to 1,200.', ['killed 1200']],
    ['The fighting left 300 dead and 900 injured.', ['killed 300', 'wounded 900']],
    ['Drones eliminated 18 fighters near the village.', ['killed 18']],
    // A part of the casualties, of the kind the clause says.
    ['Around 1,000 of the casualties are deaths.', ['killed 1000 approximately']],
    ['Russia lost a record 2,030 soldiers on Tuesday.', ['casualties 2030']],
    ['Around 3,000 of the 4,000 casualties were killed.', ['killed 3000 approximately', 'casualties 4000']],
    ['Of the 500 soldiers, 120 of them were killed.', ['force 500', 'killed 120']],
    ['Video shows the bodies of dozens of soldiers.', ['killed vague']],
    ['300 killed + 2,700 wounded', ['killed 300', 'wounded 2700']],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe('rates: per day, a day, daily', () => {
  it.each([
    ['They suffer 92 casualties a day.', 'rate 92'],
    ['They suffer 92 casualties per day.', 'rate 92'],
    ['They suffer 92 casualties each day.', 'rate 92'],
    ['They suffer 92 daily casualties.', 'rate 92'],
    ['They lose 1,200 a day.', 'rate 1200'],
    ['The daily average of Russian casualties in 2024 was 1,176.', 'rate 1176'],
    ['They lose about 1,200 a day on average.', 'rate 1200 approximately'],
    ['The daily casualty rate could reach up to 92 people.', 'rate 92 up-to'],
    ['Losses ran at a rate of 92 a day.', 'rate 92'],
    ['Roughly 30 soldiers are killed every day.', 'rate 30 approximately'],
    ['The army loses some 300 troops per week.', 'rate 300 approximately'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('says what the rate counts and per what', () => {
    const unit = (text: string) => extractFigures(text)[0]!.unit;
    expect(unit('They suffer 92 casualties a day.')).toBe('casualties per day');
    expect(unit('Some 30 soldiers are killed every day.')).toBe('killed per day');
    expect(unit('About 30 dead a day were counted.')).toBe('killed per day');
    expect(unit('The army loses 300 troops per week.')).toBe('casualties per week');
    expect(unit('That is 0.8% of the force a day.')).toBe('share per day');
  });
});

describe('durations', () => {
  it.each([
    ['All could be lost within 12 weeks.', 'duration 12'],
    ['Within just two months the unit was spent.', 'duration 2'],
    ['A 12-week campaign is planned.', 'duration 12'],
    ['After about 130 days the force is gone.', 'duration 130 approximately'],
    ['Losses were spread over 39 days of fighting.', 'duration 39'],
    ['The siege lasted more than 40 days.', 'duration 40 more-than'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('keeps the unit', () => {
    expect(extractFigures('within 12 weeks')[0]!.unit).toBe('weeks');
    expect(extractFigures('a three-day push')[0]).toMatchObject({ kind: 'duration', value: 3, unit: 'days' });
  });
});

describe('shares of casualties and of the force', () => {
  it.each([
    ['Around a quarter of them were killed in action.', 'share 0.25 approximately'],
    ['A third of the casualties were killed.', 'share 0.333333'],
    ['The unit has lost 30% of its combat power.', 'share 0.3'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });
});

describe('a figure carries its span, its text and its sentence', () => {
  it('points into the input', () => {
    const text = 'Intro line.\nSeoul said about 300 soldiers were killed. Another sentence follows.';
    const [figure] = extractFigures(text, { published: PUBLISHED });
    expect(figure!.text).toBe('about 300');
    expect(text.slice(...figure!.span)).toBe('about 300');
    expect(figure!.sentence).toBe('Seoul said about 300 soldiers were killed.');
  });

  it('orders figures as they appear', () => {
    const spans = extractFigures('By mid-April, 12,000 troops could be lost at 92 a day, within 12 weeks.', {
      published: PUBLISHED,
    }).map((f) => f.kind);
    expect(spans).toEqual(['date', 'force', 'rate', 'duration']);
  });
});

describe('readings a second reader found wrong', () => {
  it.each([
    // The whole said lost, not a force that may be: casualties; with "could", still the force.
    ["All 12,000 Of Kim's Soldiers In Kursk Now Killed Or Wounded", 'casualties 12000'],
    ['All 12,000 soldiers have been killed or wounded.', 'casualties 12000'],
    ['All 12,000 soldiers could be killed or wounded.', 'force 12000'],
    // A rate after the words that say how the troops are lost.
    ['North Korean units are losing about 1,000 men killed and wounded every week.', 'rate 1000 approximately'],
    // An aside between the count's noun and its verb.
    [
      'Around 2,000 North Korean troops, roughly one in six of those sent, have been killed.',
      'killed 2000 approximately',
    ],
    // "within a month": one month.
    ['They will all be gone within a month.', 'duration 1'],
    // "moved" deploys.
    ['Some 11,000 of them have been moved to the Kursk border area.', 'force 11000 approximately'],
  ])('%s', (text, expected) => {
    expect(counts(text)[0]).toEqual(expected);
  });

  it('reads no rate a day in "ten an hour"', () => {
    expect(counts('Soldiers are being killed at a rate of some ten an hour.')).toEqual([]);
  });
});

describe('readings of notes, lists and translated statements', () => {
  it.each([
    ['North Korean casualties number 4,500.', ['casualties 4500']],
    ["Pyongyang's dead now number about 1,500, Kyiv says.", ['killed 1500 approximately']],
    ['North Korean casualties in Kursk number about 600.', ['casualties 600 approximately']],
    ['Unit number 4500 was hit.', []],
    ['North Korean losses near 4,500.', ['casualties 4500 nearly']],
    ['Russia lost 300 tanks and 2,000 men.', ['casualties 2000']],
    ['It lost 9 tanks, 20 guns and 1,400 soldiers on Monday.', ['casualties 1400']],
    ['Russia lost 1,200 troops and 12,000 North Korean troops are in Kursk.', ['casualties 1200', 'force 12000']],
    ['The unit lost 3 of its 40 vehicles on Tuesday.', []],
    ['The war has cost Russia 700,000 soldiers.', ['casualties 700000']],
    ['It cost 12,000 dollars.', []],
    ['ru losses ~1,095,000 as of today', ['casualties 1095000 approximately']],
    ['3,800 NK casualties 12,000 troops', ['casualties 3800', 'force 12000']],
    ['North Korean war dead in Russia now around 2,400.', ['killed 2400 approximately']],
    ['~3800 NK cas. so far', ['casualties 3800 approximately']],
    [
      "The army's irretrievable losses stood at about 200,000 and its sanitary losses at about 590,000.",
      ['killed 200000 approximately', 'wounded 590000 approximately'],
    ],
    [
      "Russia's total combat losses in personnel stood at approximately 1 036 000.",
      ['casualties 1036000 approximately'],
    ],
    ['roughly 12 thous. North Korean troops', ['force 12000 approximately']],
    [
      'Of the 12,000 North Korean troops, some 4,000 have been put out of action.',
      ['force 12000', 'casualties 4000 approximately'],
    ],
    [
      'Of the 12,000 North Korean troops, some 4,000 - a third - have been killed.',
      ['force 12000', 'killed 4000 approximately'],
    ],
    [
      "The Pokrovsk direction alone accounted for some 15 000 of the occupiers' personnel losses.",
      ['casualties 15000 approximately'],
    ],
    ['1,000 of the casualties are deaths.', ['killed 1000']],
    ['more than 100 men for every square kilometre gained', []],
    ['1/3 of the NK contingent are now casualties', ['share 0.333333']],
    ['24/7 coverage of the war', []],
    [
      'Some 8,000 of the 12,000 North Korean soldiers sent to Kursk have been killed or wounded.',
      ['casualties 8000 approximately', 'force 12000'],
    ],
    // Number forms of other styles and languages.
    ['Russian losses have exceeded 1,1 million soldiers.', ['casualties 1100000 more-than']],
    ['Its toll will cross the one-million mark.', ['casualties 1000000']],
    ['lost 1,1 tanks', []],
    ['losing up to 200 men per 24 hours', ['rate 200 up-to']],
    ['RU losses averaged ~1.6K/d', ['rate 1600 approximately']],
    // A rate's earlier level is a rate; a month's count after a rate is not.
    [
      'losses fell to about 1,320 a day, down from roughly 1,550',
      ['rate 1320 approximately', 'rate 1550 approximately'],
    ],
    ['about 1,140 a day and down from 36,730 in April', ['rate 1140 approximately', 'casualties 36730']],
    // The named dead grow by a killed rate; a whole named with its losses is a count of them.
    ['the list of named Russian dead grows by some 200 a day', ['rate 200 approximately']],
    ['Half of the 4,700 North Koreans killed or wounded have died.', ['share 0.5', 'casualties 4700']],
    [
      'A quarter of the contingent - some 3,000 men - has been killed or wounded.',
      ['share 0.25', 'casualties 3000 approximately'],
    ],
    ["Russia's military dead since 2022 probably number between 190,000 and 230,000.", ['killed 190000–230000']],
    ['Kyiv\'s count of Russian dead and wounded, now "close to 790,000", is fiction.', ['casualties 790000 nearly']],
    ['The number of North Korean troops sent to Russia to some 14,500.', ['force 14500 approximately']],
    // Notes and posts: "K/W", "KIA+WIA", a headline's month before its colon, "cas." before a place.
    ['RU lost ~5k K/W in April', ['casualties 5000 approximately']],
    ['~2.7k RU KIA + WIA', ['casualties 2700 approximately']],
    ['RU losses in June: 1.1k', ['casualties 1100']],
    ['NK cas. in Kursk: ~1,100', ['casualties 1100 approximately']],
    // Ratios of a whole: the whole is the force; "two out of every three" is a share.
    ['One in three of the 12,000 North Korean troops has been killed or wounded.', ['share 0.333333', 'force 12000']],
    ['Two out of every three North Koreans hit were killed.', ['share 0.666667']],
    ['Shipments now total some 12 million artillery rounds.', []],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});
