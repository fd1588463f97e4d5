import { describe, expect, it } from 'vitest';
import { counts } from './brief.js';

describe('qualifiers before the amount', () => {
  it.each([
    ['About 12,000 troops were sent.', 'approximately'],
    ['Around 12,000 troops were sent.', 'approximately'],
    ['Approximately 12,000 troops were sent.', 'approximately'],
    ['Roughly 12,000 troops were sent.', 'approximately'],
    ['Some 12,000 troops were sent.', 'approximately'],
    ['An estimated 12,000 troops were sent.', 'approximately'],
    ['At least 12,000 troops were sent.', 'at-least'],
    ['No fewer than 12,000 troops were sent.', 'at-least'],
    ['More than 12,000 troops were sent.', 'more-than'],
    ['Over 12,000 troops were sent.', 'more-than'],
    ['Upwards of 12,000 troops were sent.', 'more-than'],
    ['In excess of 12,000 troops were sent.', 'more-than'],
    ['Up to 12,000 troops were sent.', 'up-to'],
    ['As many as 12,000 troops were sent.', 'up-to'],
    ['No more than 12,000 troops were sent.', 'up-to'],
    ['Fewer than 12,000 troops were sent.', 'up-to'],
    ['Nearly 12,000 troops were sent.', 'nearly'],
    ['Almost 12,000 troops were sent.', 'nearly'],
    ['Close to 12,000 troops were sent.', 'nearly'],
    ['Just under 12,000 troops were sent.', 'nearly'],
  ])('%s', (text, qualifier) => {
    expect(counts(text)).toEqual([`force 12000 ${qualifier}`]);
  });

  it('reads verbs of excess as "more than"', () => {
    expect(counts('Losses have exceeded 10,000 casualties.')).toEqual(['casualties 10000 more-than']);
    expect(counts('The toll surpassed 1,000 dead.')).toEqual(['killed 1000 more-than']);
    expect(counts('The toll crossed 1,000 dead.')).toEqual(['killed 1000 more-than']);
  });

  it('reads "approaching" and "nearing" as "nearly", with the noun a clause away', () => {
    expect(counts('Russian casualties in Ukraine are approaching 300,000.')).toEqual(['casualties 300000 nearly']);
    expect(counts('Losses are nearing 10,000.')).toEqual(['casualties 10000 nearly']);
    // Headlines speak in the present: "casualties top 4,000", "losses pass 700,000".
    expect(counts('North Korean casualties in Kursk top 4,000')).toEqual(['casualties 4000 more-than']);
    expect(counts('Russian losses pass 700,000, Kyiv says')).toEqual(['casualties 700000 more-than']);
    // An aside in brackets between the noun and its verb.
    expect(counts('North Korean casualties (killed and wounded) now exceed 4,000.')).toEqual([
      'casualties 4000 more-than',
    ]);
    expect(counts('Russian casualties in Ukraine are now 300,000.')).toEqual(['casualties 300000']);
  });

  it('keeps a qualifier after a determiner: "the approximately 11,000 troops"', () => {
    expect(counts('Half of the approximately 11,000 troops were lost.')).toEqual([
      'share 0.5',
      'force 11000 approximately',
    ]);
  });

  it('qualifies fractions and percentages too', () => {
    expect(counts('Nearly half of the force was wounded.')).toEqual(['share 0.5 nearly']);
    expect(counts('Up to 50% of the unit may have been lost.')).toEqual(['share 0.5 up-to']);
    expect(counts('Roughly a quarter of them were killed.')).toEqual(['share 0.25 approximately']);
  });

  it('spans the qualifier with the amount', () => {
    expect(counts('Up to 1,000 soldiers may have been killed.')).toEqual(['killed 1000 up-to']);
  });
});

describe('qualifiers after the amount', () => {
  it.each([
    ['They sent 12,000 troops or more.', 'force 12000 at-least'],
    ['They sent 12,000 troops.', 'force 12000'],
    ['They sent 12,000-plus troops.', 'force 12000 more-than'],
    ['They sent 12,000+ troops.', 'force 12000 more-than'],
    ['They sent 12,000 or so troops.', 'force 12000 approximately'],
    ['They sent 12,000-odd troops.', 'force 12000 approximately'],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual([expected]);
  });
});

describe('unqualified, ranged and vague amounts', () => {
  it('is exact when nothing qualifies it, range for a range, vague for a vague amount', () => {
    expect(counts('He said 300 soldiers died.')).toEqual(['killed 300']);
    expect(counts('He said 300 to 400 soldiers died.')).toEqual(['killed 300–400']);
    expect(counts('He said hundreds of soldiers died.')).toEqual(['killed vague']);
  });

  it('takes "an average of" as the stated value', () => {
    expect(counts('They lost an average of 92 soldiers a day.')).toEqual(['rate 92']);
  });
});
