import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parsePositive } from '../../src/core/parse/numbers.js';
import { checkFlags } from '../../src/commands/check/flags.js';
import { flagValue, required, validateFlags, validateGiven } from '../../src/commands/validate.js';

const fields = { must: required(() => flagValue(parsePositive)), ...checkFlags };
const whole = () => z.object(Object.fromEntries(Object.entries(fields).map(([key, build]) => [key, build()])));

const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('validating only the flags given', () => {
  it('reads, and refuses, exactly as the whole schema does', () => {
    const value = fc.constantFrom(
      '12000',
      'about 92',
      '2025-01-16',
      'mid-April 2025',
      '10%',
      'twelve',
      '',
      '-3',
      'decay',
    );
    const raw = fc.dictionary(fc.constantFrom(...Object.keys(fields), 'json', 'operands'), value);
    fc.assert(
      fc.property(raw, (flags) => {
        expect(outcome(() => validateGiven(fields, flags))).toEqual(outcome(() => validateFlags(whole(), flags)));
      }),
      { numRuns: 500 },
    );
  });

  it('reports a required flag that is missing, as the whole schema does', () => {
    expect(() => validateGiven(fields, { rate: '92' })).toThrow(/^--must is required/);
  });
});
