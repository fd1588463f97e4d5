import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const commands = [
  'project',
  'sweep',
  'check',
  'claims',
  'extract',
  'fit',
  'duel',
  'projet',
  '',
  '--help',
  '-h',
  '--version',
];
// --svg appears only as --svg=-: a generated file name would write a chart into the working tree.
const flags = [
  '--force',
  '--rate',
  '--start',
  '--threshold',
  '--casualties',
  '--as-of',
  '--json',
  '--no-color',
  '--debug',
  '--phase',
  '--reinforce',
  '--return-to-duty',
  '--killed-share',
  '--model',
  '--horizon',
  '--on',
  '--samples',
  '--seed',
  '--format',
  '--by',
  '--within',
  '--tolerance',
  '--ledger',
  '--kind',
  '--claimant',
  '--published',
  '--chart',
  '--svg=-',
  '--x',
  '--y',
  '--a',
  '--b',
  '--law',
  '--days',
  '--forc',
  '-x',
  '--',
  '-',
];
const values = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '92',
    '12000',
    '12,000',
    '12k',
    '1.2e4',
    '1e309',
    '-1e309',
    'NaN',
    'Infinity',
    '-Infinity',
    '2025-02-30',
    '2024-02-29',
    '2024-12-06',
    '6 Dec 2024',
    'December 6, 2024',
    '0000-01-01',
    '9999-12-31',
    '50%',
    '0.5',
    '150%',
    '0%',
    '50',
    '11000..12000',
    '12000..11000',
    '1..2..3',
    '..',
    '80..92:2',
    '1e15',
    '0.001',
    '2025-01-17=15',
    'square',
    'linear',
    '0.5,1',
    '9,9',
    '2025-01-17=-5',
    '=',
    '75%@20',
    '@',
    'decay',
    'constant',
    'mid-April 2025',
    '12 weeks',
    '10 years',
    'csv',
    'json',
    '\u0000',
    '\u202e',
    '🙂',
    'x'.repeat(5000),
    '--json',
  ),
  fc.string({ maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
);
const argv = fc
  .tuple(fc.constantFrom(...commands), fc.array(fc.oneof(fc.constantFrom(...flags), values), { maxLength: 12 }))
  .map(([command, rest]) => (command === '' ? rest : [command, ...rest]));

const projectFlagValues: Record<string, fc.Arbitrary<string>> = {
  '--force': fc.oneof(
    fc.integer({ min: -10, max: 1e7 }).map(String),
    fc.constantFrom('11000..12000', '1e15', '0', 'x'),
  ),
  '--rate': fc.oneof(
    fc.double({ min: -1, max: 1e4, noNaN: true }).map(String),
    fc.constantFrom('80..92', '0.001', '1e-300'),
  ),
  '--start': fc.constantFrom('2024-12-06', '2024-02-29', '2025-02-30', '1 Jan 0001', '9999-12-31', 'December 6, 2024'),
  '--threshold': fc.constantFrom('50%', '0.25', '100%', '0', '2', '1e-9'),
  '--casualties': fc.integer({ min: -5, max: 2e4 }).map(String),
  '--as-of': fc.constantFrom('2025-01-16', '2024-12-01', '2025-13-01'),
  '--phase': fc.constantFrom('2025-01-17=0', '2025-02-07=60', '2024-01-01=5', '2025-01-17=x'),
  '--reinforce': fc.constantFrom('2025-02-07=3000', '2025-02-07=0'),
  '--return-to-duty': fc.constantFrom('75%@20', '100%@1', '0.5', '2@2'),
  '--killed-share': fc.constantFrom('10%', '0', '1'),
  '--model': fc.constantFrom('decay', 'constant', 'other'),
  '--horizon': fc.constantFrom('1 day', '10 years', '9000 years', 'never'),
  '--on': fc.constantFrom('2025-01-16', '2030-01-01', '2020-01-01'),
};
const projectArgv = fc
  .array(
    fc.constantFrom(...Object.keys(projectFlagValues)).chain((flag) => projectFlagValues[flag]!.map((v) => [flag, v])),
    {
      maxLength: 8,
    },
  )
  .chain((pairs) => fc.boolean().map((json) => ['project', ...pairs.flat(), ...(json ? ['--json'] : [])]));

describe('attrition under generated argument lists', () => {
  it('always ends with exit 0, 1 or 2; a usage error is one line on stderr and nothing on stdout', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const run = await cli(args);
        expect([0, 1, 2]).toContain(run.code);
        if (run.code === 2) {
          expect(run.stdout).toBe('');
          expect(run.stderr.endsWith('\n')).toBe(true);
          expect(run.stderr.slice(0, -1)).not.toContain('\n');
          expect(run.stderr.startsWith('attrition: ')).toBe(true);
        }
        if (run.code === 0) expect(run.stderr).not.toMatch(/error| {4}at /i);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('projects or explains itself for 5,000 plausible flag combinations', async () => {
    await fc.assert(
      fc.asyncProperty(projectArgv, async (args) => {
        const run = await cli(args);
        expect([0, 2]).toContain(run.code);
        if (run.code === 2) {
          expect(run.stdout).toBe('');
          expect(run.stderr).toMatch(/^attrition: [^\n]+\n$/);
        } else {
          expect(run.stderr).toBe('');
          if (args.includes('--json')) expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
        }
      }),
      { numRuns: 5_000 },
    );
  }, 120_000);
});
