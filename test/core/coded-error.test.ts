import { describe, expect, it } from 'vitest';
import { FieldError, isError } from '../../src/core/coded-error.js';
import { DuelError } from '../../src/core/duel/duel.js';
import { BacktestError } from '../../src/core/series/backtest.js';

describe('errors about one input (FieldError)', () => {
  it.each([
    [DuelError, 'DuelError', 'ATTRITION_DUEL'],
    [BacktestError, 'BacktestError', 'ATTRITION_BACKTEST'],
  ] as const)('%o carries the field, the problem, its name and its code', (Kind, name, code) => {
    const error = new Kind('window', 'is longer than the series');
    expect(error).toBeInstanceOf(FieldError);
    expect([error.field, error.problem, error.message]).toEqual([
      'window',
      'is longer than the series',
      'window is longer than the series',
    ]);
    expect([error.name, error.code, Kind.code]).toEqual([name, code, code]);
    expect(new Kind(null, 'needs two reports').message).toBe('needs two reports');
  });

  it('are told apart by their code, not their shared class', () => {
    const duel = new DuelError('a', 'must be 0 or more');
    expect(isError(duel, DuelError)).toBe(true);
    expect(isError(duel, BacktestError)).toBe(false);
    // A copy from another bundle: another class, the same code.
    const copy = Object.assign(new Error('a must be 0 or more'), { code: DuelError.code });
    expect(isError(copy, DuelError)).toBe(true);
  });
});
