import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchLowerCased } from '../../src/extract/lexicon.js';

/** Case-insensitive patterns of the claim reader, and a few more forms (classes, a backreference, lookbehind). */
const PATTERNS = [
  new RegExp(
    String.raw`\b(?:since the (?:start|beginning|outbreak) of the (?:full[\s-]scale )?(?:war|invasion)|` +
      String.raw`since (?:24 )?february 2022|in total|all told)\b`,
    'i',
  ),
  /\d\s*$|\d\s+(?:of|among)\s+(?:the\s+|its\s+|their\s+)?$/i,
  /\bto\s+(?:about |around |some |nearly |more than |over )?$/i,
  /[^a-z\s]+k(?=\W)|(?<=s)ince\b/i,
  /\b(\w)\w*\s+\1\b/i,
];

const piece = fc.constantFrom(
  'since',
  'Since',
  'SINCE',
  ' the ',
  ' The ',
  'start',
  'of the ',
  'full-scale',
  'Full scale',
  'full\tscale',
  'war',
  'WAR',
  'invasion',
  '24 ',
  'February',
  '2022',
  'in total',
  'All told',
  ' to ',
  'To ',
  'about ',
  'More than ',
  '1,000',
  '7',
  ' of ',
  ' among ',
  ' its ',
  ' ',
  '\n',
  ',',
  '\u212a',
  'K',
  'k',
  'İ',
  'ſ',
  'é',
  '-',
);

describe('a case-insensitive pattern run on the text in lower case', () => {
  it('matches the same text as the pattern itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERNS),
        fc.oneof(
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
          fc.string(),
        ),
        (pattern, text) => {
          expect(matchLowerCased(pattern, text)).toBe(pattern.exec(text)?.[0]);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses a pattern with capital letters, whose case the flag would change', () => {
    expect(() => matchLowerCased(/[A-Z]x/i, 'ax')).toThrow(/capital letters/);
  });
});
