import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notCumulative } from '../../src/extract/ledger-claim.js';

/** The words that make a count one engagement's or period's, matched with no shortcut. */
const PATTERN = new RegExp(
  String.raw`\b(?:in (?:a|one|the|that|this) (?:single )?` +
    String.raw`(?:(?!first|second|third|fourth|last|past|previous)[a-z-]+ ){0,2}?` +
    String.raw`(?:assault|attack|battle|engagement|clash|ambush|strike|raid|operation|day|week)` +
    String.raw`|in the (?:past|last) (?:day|24 hours|week|month)|(?:yesterday|overnight)|per (?:day|week)|daily)\b`,
  'i',
);

const words = fc.constantFrom(
  'In',
  'in',
  'a',
  'One',
  'the',
  'that',
  'THIS',
  'single',
  'assault',
  'day',
  'week',
  'past',
  'last',
  '24 hours',
  'month',
  'Yesterday',
  'overnight',
  'per',
  'daily',
  'killed',
  '2,500',
  'troops',
  'İ',
  'K',
  'missile',
  'Ukrainian',
  'first',
  'inthe',
  ',',
);
const texts = fc.oneof(
  fc.array(words).map((w) => w.join(' ')),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

describe('a count of one engagement or period', () => {
  it('is told exactly as the whole pattern tells it, though the pattern is skipped for words without its cues', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(notCumulative(text)).toBe(PATTERN.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an engagement described by a word or two: "in a Ukrainian missile strike"', () => {
    expect(notCumulative('500 soldiers were killed in a Ukrainian missile strike')).toBe(true);
    expect(notCumulative('500 soldiers were killed in a strike')).toBe(true);
    expect(notCumulative('500 soldiers were killed in the war so far')).toBe(false);
    // "in the first week of December" is a period of the calendar, read with the dates.
    expect(notCumulative('Russia lost 11,500 soldiers in the first week of December')).toBe(false);
  });
});
