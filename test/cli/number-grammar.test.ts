import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/index.js';
import { parseNumber } from '../../src/core/parse/numbers.js';
import { parseShare } from '../../src/core/parse/shares.js';
import { cli, cliJson, expectOneLineError } from '../helpers/cli.js';

/** What the text grammar reads a number written this way as, in "a force of N troops". */
function textReading(form: string): number {
  const figures = extractFigures(`A force of ${form} troops was sent.`);
  const force = figures.find((f) => f.kind === 'force');
  if (force === undefined || typeof force.value !== 'number') throw new Error(`text does not read ${form}`);
  return force.value;
}

describe('one number grammar for flags and text', () => {
  const FORMS = [
    '12000',
    '12,000',
    '12 000',
    '12\u00a0000',
    '12\u202f000',
    '12k',
    '1.1 million',
    '4 thousand',
    '2 hundred',
  ];

  for (const form of FORMS) {
    it(`reads ${JSON.stringify(form)} as a flag as text reads it`, async () => {
      const expected = textReading(form);
      const doc = await cliJson(['project', '--force', form, '--rate', '92']);
      expect(doc.input.force).toBe(expected);
      expect(parseNumber(form)).toEqual({ ok: true, value: expected });
    });
  }

  it('reads grouped thousands and scale words in ranges, qualifiers and other commands', async () => {
    const range = await cliJson(['project', '--force', '11 000..12 000', '--rate', '92']);
    expect(range.input.force).toEqual({ low: 11000, high: 12000 });
    const check = await cliJson([
      'check',
      '--force',
      'about 1.1 million',
      '--casualties',
      '12 000',
      '--as-of',
      '2025-01-16',
    ]);
    expect(check.input.force).toBeDefined();
    const sweep = await cliJson(['sweep', '--force', '12 000, 13 000', '--rate', '92']);
    expect(sweep.result.rows.map((r: { force: number }) => r.force)).toEqual([12000, 13000]);
  });

  it('refuses mixed or broken groups, naming the forms it takes', async () => {
    for (const form of ['12 00', '12,000 000', '1.1 millions', 'million']) {
      expect(parseNumber(form).ok, form).toBe(false);
      const run = await cli(['project', '--force', form, '--rate', '92']);
      expectOneLineError(run, /is not a number such as 12000, 12k or 1\.2e4, about 92 or LOW\.\.HIGH$/);
    }
  });
});

describe('one rule for shares: a bare number is a fraction, a percentage has %', () => {
  it('reads 1 as the whole and 0.5 as half, and states the rule when refusing 50', async () => {
    expect(parseShare('1')).toEqual({ ok: true, value: 1 });
    expect(parseShare('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseShare('50%')).toEqual({ ok: true, value: 0.5 });
    const run = await cli(['project', '--force', '12000', '--rate', '92', '--threshold', '50']);
    expectOneLineError(run, /^--threshold "50" is more than 1, the whole; write 50% for a percentage$/);
  });
});
