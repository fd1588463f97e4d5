import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** An exponent a person would have to decode: 2.4e+28, 1e-7. */
const EXPONENT = /\d(?:\.\d+)?e[+-]?\d/i;
/** A number of five or more digits without thousands separators (a seed, an identifier or a span excepted below). */
const UNGROUPED = /(?<![\w,.-])\d{5,}(?![\w])/;

/** Lines with a number written for a person to read the wrong way; text quoted from the input is left out. */
function humanProblems(text: string, quoted: string): string[] {
  return (
    text
      .replace(/"[^"]*"/g, '""')
      .replace(/^Claim: [\s\S]*?\n\n/m, '')
      .split('\n')
      // The quoted sentence, whole or cut short with "…" to fit the width.
      .filter((line) => line.trim() === '' || !quoted.startsWith(line.trim().replace(/…$/, '')))
      .map((line) => line.replace(/--seed \d+|seed \d+/g, ''))
      .filter((line) => EXPONENT.test(line) || UNGROUPED.test(line))
  );
}

const amount = fc.oneof(
  fc.integer({ min: 1, max: 10_000_000 }),
  fc.double({ min: 0.001, max: 1e40, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e15, 1e21, 1e30, 0.0001, 12000, 99999),
);
const text = (x: number): string => String(x);

describe('every human report writes numbers one way', () => {
  it('never shows exponent notation or an ungrouped number of 10,000 or more', async () => {
    await fc.assert(
      fc.asyncProperty(amount, amount, amount, async (force, rate, casualties) => {
        const runs = [
          ['project', '--force', text(force), '--rate', text(rate)],
          ['project', '--force', text(force), '--rate', text(rate), '--threshold', '50%', '--phase', '2025-01-17=0'],
          [
            'project',
            '--force',
            `${text(force)}..${text(force * 2)}`,
            '--rate',
            text(rate),
            '--samples',
            '200',
            '--seed',
            '1',
          ],
          [
            'check',
            '--force',
            text(force),
            '--rate',
            text(rate),
            '--casualties',
            text(casualties),
            '--as-of',
            '2025-04-30',
          ],
          ['check', `About ${text(force)} troops lost ${text(casualties)} by 30 April 2025, some ${text(rate)} a day`],
          ['sweep', '--force', text(force), '--rate', text(rate), '--format', 'table'],
          ['extract', '-'],
        ];
        for (const args of runs) {
          const article = `About ${text(force)} troops lost ${text(casualties)} by 30 April 2025.`;
          const run = await cli(args, args[0] === 'extract' ? { stdin: article } : {});
          if (run.code === 2) continue;
          expect(humanProblems(run.stdout, article), args.join(' ')).toEqual([]);
        }
        const fit = await cli(['fit', '-', '--force', text(force)], {
          stdin:
            `2025-01-01,${text(casualties)}\n2025-01-10,${text(casualties * 2)}\n2025-01-20` +
            `,${text(casualties * 3.5)}\n`,
        });
        if (fit.code !== 2) expect(humanProblems(fit.stdout, ''), 'fit').toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
