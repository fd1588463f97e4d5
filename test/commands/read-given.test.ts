import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../src/commands/check/definition.js';
import { READERS, readGiven } from '../../src/commands/flag-readers.js';
import type { FlagTable } from '../../src/commands/flag-table.js';
import { validateFlags } from '../../src/commands/validate.js';

const table: FlagTable = {
  must: { value: '<n>', help: 'a required flag', required: 'is required: give it', read: (r) => r.positive() },
  ...checkSpec.flags,
};

/** Every flag's schema at once, as one object: what reading only the flags given must agree with. */
const whole = () =>
  z.object(
    Object.fromEntries(
      Object.entries(table).flatMap(([key, spec]) =>
        spec.read ? [[key, z.optional(spec.read(READERS, undefined))]] : [],
      ),
    ),
  );

const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('reading only the flags given', () => {
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
    const raw = fc.dictionary(fc.constantFrom(...Object.keys(table), 'json', 'operands'), value);
    fc.assert(
      fc.property(raw, (flags) => {
        const given = { must: '1', ...flags };
        expect(outcome(() => readGiven(table, given))).toEqual(
          outcome(() => ({ ...given, ...validateFlags(whole(), given) })),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('reports a required flag that is missing', () => {
    expect(() => readGiven(table, { rate: '92' })).toThrow(/^--must is required: give it$/);
    expect(() => readGiven(table, { must: '1', rate: 'many' })).toThrow(/^--rate "many" /);
  });
});
