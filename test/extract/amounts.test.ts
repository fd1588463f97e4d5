import { describe, expect, it } from 'vitest';
import { counts } from './brief.js';

describe('numerals', () => {
  it.each([
    ['Officials said 12,000 soldiers were deployed.', 'force 12000'],
    ['Officials said 12 000 soldiers were deployed.', 'force 12000'],
    ['Officials said 12\u202f000 soldiers were deployed.', 'force 12000'],
    ['Officials said 3,800 soldiers were deployed.', 'force 3800'],
    ['Officials said 4 thousand soldiers were deployed.', 'force 4000'],
    ['Officials said 1.2 million soldiers were deployed.', 'force 1200000'],
    ['Officials said 12k soldiers were deployed.', 'force 12000'],
    ['Officials said 1.5m soldiers were mobilised.', 'force 1500000'],
    ['Officials said 950 soldiers were deployed.', 'force 950'],
    ['Russia has lost half a million soldiers.', 'casualties 500000'],
    ['Russia has lost a quarter of a million soldiers.', 'casualties 250000'],
    ['Russia has lost three quarters of a million soldiers.', 'casualties 750000'],
    ['Officials said half a dozen soldiers were deployed.', 'force 6'],
    // Dots between groups of three digits, as other languages write thousands: no count of people has thousandths.
    ['Officials said 12.000 soldiers were deployed.', 'force 12000'],
    ['Russia has lost 1.020.000 soldiers.', 'casualties 1020000'],
    ['Officials said 1.500 million soldiers were mobilised.', 'force 1500000'],
    [
      'The total combat losses of the enemy from 24.02.2022 to 12.01.2025 are approximately 809,520 people.',
      'casualties 809520 approximately',
    ],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('does not join numbers that are not digit groups', () => {
    expect(counts('In 2024 300 marines landed.')).toEqual(['force 300']);
    expect(counts('Of the 40 1,000-strong battalions, none rotated.')).toEqual(['force 1000']);
  });
});

describe('number words', () => {
  it.each([
    ['Three soldiers were killed near the border.', 'killed 3'],
    ['Twelve thousand troops crossed the river.', 'force 12000'],
    ['Some twenty-five fighters were wounded overnight.', 'wounded 25 approximately'],
    ['Two hundred and fifty marines were sent to the port.', 'force 250'],
    ['A dozen soldiers died in the shelling.', 'killed 12'],
    ['A hundred paratroopers were dropped behind the lines.', 'force 100'],
    ['Two hundred thousand troops are massed on the border.', 'force 200000'],
    ['One thousand two hundred conscripts arrived on Monday.', 'force 1200'],
    ['Nineteen conscripts were injured in training.', 'wounded 19'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('does not read "one" as a number where it is a pronoun', () => {
    expect(counts('No one was killed in the blast.')).toEqual([]);
    expect(counts('The one soldier who survived was wounded.')).toEqual([]);
  });

  it('does not read the half of "a week and a half" as a share', () => {
    expect(counts('They lost 1,000 soldiers in the past week and a half.')).toEqual(['casualties 1000']);
    expect(counts('In a month and a half, half of the troops were killed or wounded.')).toHaveLength(1);
  });
});

describe('vague amounts: reported as vague, never as a number', () => {
  it.each([
    ['Several hundred soldiers were killed in the assault.', 'killed vague'],
    ['Dozens of fighters were wounded by drones.', 'wounded vague'],
    ['Officials spoke of a few hundred dead.', 'killed vague'],
    ['Hundreds of troops were sent to the front.', 'force vague'],
    ['Tens of thousands of soldiers have been mobilized.', 'force vague'],
    ['A handful of marines were injured.', 'wounded vague'],
    ['Several thousand casualties have been recorded.', 'casualties vague'],
    ['Large numbers of troops have been deployed.', 'force vague'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('leaves out vague amounts of things that are not counted', () => {
    expect(counts('Several foreign countries sent observers.')).toEqual([]);
    expect(counts('Dozens of villages were shelled.')).toEqual([]);
    expect(counts('The fighting lasted several weeks.')).toEqual([]);
  });
});

describe('ranges', () => {
  it.each([
    ['They lose 80 to 90 soldiers a day.', 'rate 80–90'],
    ['They lose between 80 and 90 soldiers a day.', 'rate 80–90'],
    ['They lose between 80 to 90 soldiers a day.', 'rate 80–90'],
    ['They lose 80-90 soldiers a day.', 'rate 80–90'],
    ['They lose 80–90 soldiers a day.', 'rate 80–90'],
    ['The 11,000 to 12,000-strong force is in Kursk.', 'force 11000–12000'],
    ['An estimated 11-12 thousand troops were deployed.', 'force 11000–12000'],
    ['Losses range from one-third to 50 percent of the force.', 'share 0.333333–0.5'],
    ['Losses range from one-third to possibly 50 percent of the force.', 'share 0.333333–0.5'],
    ['Between 30 and 50 percent of the unit was lost.', 'share 0.3–0.5'],
    ['Between 30% and 50% of the unit was lost.', 'share 0.3–0.5'],
    ['Somewhere between 2,000 and 3,000 casualties were reported.', 'casualties 2000–3000'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('reads a change as two figures, not a range', () => {
    expect(counts('Casualties rose from 300 to 1,200 in a week.')).toEqual(['casualties 300', 'casualties 1200']);
    expect(counts('The garrison was cut from 12,000 to 9,000 troops.')).toEqual(['force 12000', 'force 9000']);
  });

  it('does not make a range run backwards: two figures', () => {
    expect(counts('Estimates of 12,000 to 9,000 troops are both cited.')).toEqual(['force 12000', 'force 9000']);
  });
});

describe('fractions and percentages', () => {
  it.each([
    ['The brigade lost a third of its men.', 'share 0.333333'],
    ['The brigade lost one-third of its men.', 'share 0.333333'],
    ['The brigade lost one third of its men.', 'share 0.333333'],
    ['The brigade lost a quarter of its men.', 'share 0.25'],
    ['The brigade lost two-thirds of its men.', 'share 0.666667'],
    ['The brigade lost three quarters of its men.', 'share 0.75'],
    ['The brigade lost half its men.', 'share 0.5'],
    ['The brigade lost half of its men.', 'share 0.5'],
    ['The brigade suffered a 30% loss.', 'share 0.3'],
    ['The brigade lost 50 percent of its men.', 'share 0.5'],
    ['The brigade lost 50 per cent of its men.', 'share 0.5'],
    ['The brigade lost 12.5 % of its men.', 'share 0.125'],
    ['The brigade lost more than a third of its men.', 'share 0.333333 more-than'],
    ['One in three soldiers in the unit was wounded.', 'share 0.333333'],
    ['Three in four of the casualties have died.', 'share 0.75'],
    ['Three out of four soldiers in the unit were wounded.', 'share 0.75'],
    ['Two of every three soldiers in the unit were wounded.', 'share 0.666667'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });

  it('does not read ordinals as fractions', () => {
    expect(counts('A third wave of troops is expected.')).toEqual([]);
    expect(counts('In the second half, the pace slowed.')).toEqual([]);
    expect(counts('A third battalion was formed.')).toEqual([]);
  });

  it('does not read a ratio whose part is not smaller than its whole', () => {
    expect(counts('Four in three soldiers were wounded.')).not.toContain('share 1.333333');
  });

  it('reads a percentage of the force a day as a rate', () => {
    expect(counts('That is 0.77 % of the force a day.')).toEqual(['rate 0.0077']);
    expect(counts('Divisions lost 1-3% of their strength per day.')).toEqual(['rate 0.01–0.03']);
  });
});
