import { describe, expect, it } from 'vitest';
import { cli, unwrap } from '../helpers/cli.js';

const NOTE = 'attrition: note: no range to sample (such as --rate 80..92), so this is the plain projection\n';

describe('attrition project --samples with nothing uncertain', () => {
  const cases = [
    [[], []],
    [
      ['--casualties', '3800', '--as-of', '2025-01-16'],
      ['--by', '2025-04-30'],
    ],
    [
      ['--phase', '2025-01-17=0'],
      ['--dist', 'triangular'],
    ],
  ];
  for (const [extra, sampling] of cases) {
    it(
      `prints the plain projection and a one-line note on ` +
        `stderr: ${[...extra!, ...sampling!].join(' ') || 'force and rate'}`,
      async () => {
        const plain = ['project', '--force', '12000', '--rate', '92', ...extra!];
        const sampled = [...plain, '--samples', '1000', '--seed', '3', ...sampling!];
        for (const json of [[], ['--json']]) {
          const expected = await cli([...plain, ...json]);
          const run = await cli([...sampled, ...json]);
          expect(run.code).toBe(0);
          expect(run.stdout).toBe(expected.stdout);
          expect(run.stderr).toBe(NOTE);
        }
      },
    );
  }

  it('still samples when any figure is a range', async () => {
    const run = await cli([
      'project',
      '--force',
      '12000',
      '--rate',
      '92',
      '--start',
      '2024-12-01..2024-12-10',
      '--samples',
      '1000',
      '--seed',
      '3',
    ]);
    expect(run.stderr).toBe('');
    expect(unwrap(run.stdout)).toMatch(/in 90 % of 1,000 scenarios/);
  });
});
