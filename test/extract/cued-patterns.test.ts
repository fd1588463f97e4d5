import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUED, type Cued } from '../../src/extract/lexicon.js';
// Each module lists its patterns in CUED when it loads.
import '../../src/extract/ledger-claim.js';
import '../../src/extract/own-totals.js';
import '../../src/extract/subject.js';

/** The words and phrases a pattern's source spells out ("returned to", "the front"), and its cues. */
function vocabulary(c: Cued): string[] {
  const source = c.pattern.source.replace(/\\[a-zA-Z]/g, ' ');
  const phrases = source.match(/[A-Za-z][A-Za-z' -]*[A-Za-z]|[A-Za-z]/g) ?? [];
  return [...new Set([...phrases, ...c.groups.flat()])];
}

const FILLERS = ['12,000', '3', ',', '.', ';', 'The', 'troops', 'İ', 'K', '-', "'s", 'of', 'the', 'in', 'were'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', ''];

const textOf = (c: Cued) => {
  const words = vocabulary(c);
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...FILLERS));
  const joined = fc
    .tuple(
      fc.constantFrom(...SPACES),
      fc.array(fc.tuple(piece, fc.constantFrom(...SPACES), fc.constantFrom('same', 'upper', 'capital')), {
        maxLength: 12,
      }),
    )
    .map(
      ([lead, parts]) =>
        lead +
        parts
          .map(
            ([w, space, shape]) =>
              (shape === 'upper' ? w.toUpperCase() : shape === 'capital' ? w.charAt(0).toUpperCase() + w.slice(1) : w) +
              space,
          )
          .join(''),
    );
  return fc.oneof({ weight: 8, arbitrary: joined }, fc.string(), fc.string({ unit: 'binary' }));
};

const matches = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
};

describe('patterns tried only on text that holds their words', () => {
  it('are listed', () => {
    expect(CUED.length).toBeGreaterThan(10);
  });

  it.each(CUED.map((c) => [c.pattern.source.slice(0, 60), c] as const))(
    'never match a text that lacks their words: %s',
    (_, c) => {
      let found = 0;
      fc.assert(
        fc.property(textOf(c), (text) => {
          const match = matches(c.pattern, text);
          if (match) found++;
          // The cues are looked for in the text in lower case, as every caller gives it.
          expect(!match || c.may(text.toLowerCase())).toBe(true);
        }),
        { numRuns: 4000 },
      );
      // The texts reach the pattern's matches, so the property says something.
      expect(found).toBeGreaterThan(0);
    },
  );
});
