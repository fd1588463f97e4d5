import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/parse/numbers.js';

/** parseNumber as it reads every form with its one pattern, no shortcut for plain digits. */
const PATTERN = new RegExp(
  String.raw`^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(\.\d+)?(?:e([+-]?\d+))?` +
    String.raw`(?:\s*(k|m|mn|bn)|\s+(hundred|thousand|million|billion))?$`,
);
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
function byPattern(text: string): { ok: boolean; value?: number } {
  const match = PATTERN.exec(text.trim().toLowerCase());
  if (!match || (match[2] === '' && match[3] === undefined)) return { ok: false };
  const [, sign, whole, fraction = '', exponent, suffix, scale] = match;
  const digits = whole!.replace(/[,\s]/g, '') || '0';
  const mantissa = Number(`${sign}${digits}${fraction}${exponent ? `e${exponent}` : ''}`);
  const multiplier = suffix ?? scale;
  const value = multiplier ? mantissa * MULTIPLIERS[multiplier.toLowerCase()]! : mantissa;
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

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
        const expected = byPattern(text);
        expect(parsed.ok).toBe(expected.ok);
        if (parsed.ok) expect(parsed.value).toBe(expected.value);
      }),
      { numRuns: 5000 },
    );
  });
});
