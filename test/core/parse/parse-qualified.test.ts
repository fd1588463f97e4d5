import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parsePositive } from '../../../src/core/parse/numbers.js';
import { parseDuration } from '../../../src/core/parse/durations.js';
import { parseQualified, splitQualifier } from '../../../src/core/parse/qualified.js';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; problem: string }): T => {
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const positive = (text: string) => parseQualified(text, parsePositive);

describe('qualified figures', () => {
  it('reads each qualifier in words and symbols', () => {
    const cases: [string, string, number, number][] = [
      ['3800', 'exact', 3800, 3800],
      ['3,800', 'exact', 3800, 3800],
      ['about 92', 'approximately', 92, 92],
      ['approximately 12,000', 'approximately', 12000, 12000],
      ['around 4k', 'approximately', 4000, 4000],
      ['~92', 'approximately', 92, 92],
      ['at least 100', 'at-least', 100, 100],
      ['At Least 100', 'at-least', 100, 100],
      ['>= 100', 'at-least', 100, 100],
      ['100+', 'at-least', 100, 100],
      ['more than 10000', 'more-than', 10000, 10000],
      ['over 10,000', 'more-than', 10000, 10000],
      ['>10000', 'more-than', 10000, 10000],
      ['up to 1000', 'up-to', 1000, 1000],
      ['at most 1,000', 'up-to', 1000, 1000],
      ['<=1000', 'up-to', 1000, 1000],
      ['80..90', 'range', 80, 90],
      ['about 80..90', 'range', 80, 90],
    ];
    for (const [text, qualifier, low, high] of cases) {
      expect(value(positive(text)), text).toEqual({ qualifier, low, high });
    }
  });

  it('keeps counts at zero or more and rates above zero', () => {
    expect(value(parseQualified('0', parseCount))).toEqual({ qualifier: 'exact', low: 0, high: 0 });
    expect(positive('0').ok).toBe(false);
  });

  it('refuses a bound on a range, and text that is no figure, saying what is accepted', () => {
    const bounded = positive('at least 80..90');
    expect(bounded.ok).toBe(false);
    if (!bounded.ok) expect(bounded.problem).toContain('range');
    const words = positive('lots');
    expect(words.ok).toBe(false);
    if (!words.ok) expect(words.problem).toMatch(/, about 92 or LOW\.\.HIGH$/);
  });

  it('reads a qualifier before a figure, and none in a figure starting with a digit but "100+"', () => {
    const said = fc.constantFrom(
      ['at least ', 'at-least'],
      ['more than ', 'more-than'],
      ['over ', 'more-than'],
      ['up to ', 'up-to'],
      ['about ', 'approximately'],
      ['c. ', 'approximately'],
      ['~', 'approximately'],
      ['>=', 'at-least'],
      ['<', 'up-to'],
      ['≤', 'up-to'],
    );
    const figure = fc.stringMatching(/^[0-9](?:[0-9 ,.k]{0,7}[0-9])?$/);
    fc.assert(
      fc.property(said, figure, ([words, qualifier], digits) => {
        expect(splitQualifier(`${words}${digits}`)).toEqual({ qualifier, rest: digits.trim() });
        expect(splitQualifier(digits)).toEqual({ rest: digits.trim() });
        expect(splitQualifier(`${digits.trim()}+`).qualifier).toBe('at-least');
      }),
    );
  });

  it('does not take "over" from the start of a word', () => {
    expect(splitQualifier('overall 5')).toEqual({ rest: 'overall 5' });
  });
});

describe('durations', () => {
  it('reads numbers and number words with a unit, in days', () => {
    expect(value(parseDuration('12 weeks'))).toMatchObject({
      qualifier: 'exact',
      low: 84,
      high: 84,
      unit: 'weeks',
      amount: { low: 12, high: 12 },
    });
    expect(value(parseDuration('90 days'))).toMatchObject({ low: 90, unit: 'days' });
    expect(value(parseDuration('12w'))).toMatchObject({ low: 84, unit: 'weeks' });
    expect(value(parseDuration('two months'))).toMatchObject({ low: 2 * (365.2425 / 12), unit: 'months' });
    expect(value(parseDuration('a month'))).toMatchObject({ low: 365.2425 / 12, unit: 'months' });
    expect(value(parseDuration('about 12 weeks'))).toMatchObject({ qualifier: 'approximately', low: 84 });
    expect(value(parseDuration('up to 90 days'))).toMatchObject({ qualifier: 'up-to', low: 90 });
    expect(value(parseDuration('10..12 weeks'))).toMatchObject({ qualifier: 'range', low: 70, high: 84 });
    expect(value(parseDuration('1 year'))).toMatchObject({ low: 365.2425, unit: 'years' });
  });

  it('refuses a duration without a unit or with an unknown one', () => {
    for (const text of ['12', 'weeks', '12 fortnights', 'soon', '']) {
      const parsed = parseDuration(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toContain('12 weeks, two months, 90 days');
    }
  });
});
