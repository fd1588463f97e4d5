import { describe, expect, it } from 'vitest';
import { echo } from '../../src/core/wording.js';
import { givenFlag, usageErrorFrom } from '../../src/commands/core-error.js';
import { flagName } from '../../src/errors.js';

const raw = { asOf: '2025-01-16', phase: ['2025-01-17=15', '2025-02-07=60'] };

describe('usageErrorFrom: a core error becomes one line naming the flag and its value', () => {
  it.each(['asOf', 'phase', 'casualties'])('turns the field %s into its flag', (field) => {
    const value = (raw as Record<string, unknown>)[field];
    const shown = Array.isArray(value) ? value.join(' ') : value;
    const expected = `${flagName(field)}${shown === undefined ? '' : ` ${echo(shown)}`} is wrong`;
    expect(usageErrorFrom({ field, problem: 'is wrong' }, givenFlag(raw)).message).toBe(expected);
  });

  it('leaves a field that is already a flag, and a problem that already names its flag', () => {
    expect(usageErrorFrom({ field: '--as-of', problem: 'is wrong' }, givenFlag(raw)).message).toBe(
      '--as-of "2025-01-16" is wrong',
    );
    expect(usageErrorFrom({ field: 'asOf', problem: '--as-of is wrong' }, givenFlag(raw)).message).toBe(
      '--as-of is wrong',
    );
  });

  it('gives the problem alone when no field is to blame, or the blame names no one', () => {
    expect(usageErrorFrom({ field: null, problem: 'no check can run' }, givenFlag(raw)).message).toBe(
      'no check can run',
    );
    expect(usageErrorFrom({ field: 'force', problem: 'is wrong' }, () => undefined).message).toBe('is wrong');
  });
});
