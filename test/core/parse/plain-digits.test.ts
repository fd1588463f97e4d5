import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberByPattern, parseNumber } from '../../../src/core/parse/numbers.js';

const pieces = fc.constantFrom('0', '1', '12', '123', '1234', '000', ',', ',', ' ', '.', '-', '+', 'e', 'k', 'M', '9');
const texts = fc.oneof(
  fc.array(pieces, { maxLength: 10 }).map((p) => p.join('')),
  fc.stringMatching(/^\d{1,3}(,\d{3}){0,6}$/),
  fc.stringMatching(/^\d{1,400}$/),
  fc.string(),
);

describe('plain digits', () => {
  it('are read as the number pattern reads them, though without it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseNumber(text);
        const expected = numberByPattern(text.trim().toLowerCase());
        expect(parsed).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
