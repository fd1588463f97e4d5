import { describe, expect, it } from 'vitest';
import { bufferOutput } from '../../src/shell/io.js';
import { main } from '../../src/main.js';
import { cli } from '../helpers/cli.js';

/**
 * Representative runs of the commands whose human reports are fitted to the width so far: project,
 * Monte Carlo, sweep tables, check on flags and the ledger audit. claims, extract, fit and a claim
 * given as text are still to be fitted.
 */
const RUNS: string[][] = [
  ['project', '--force', '12000', '--rate', '92'],
  [
    'project',
    '--force',
    '12000',
    '--rate',
    '92',
    '--casualties',
    '3800',
    '--as-of',
    '2025-01-16',
    '--threshold',
    '50%',
  ],
  ['project', '--force', '11000..12000', '--rate', '80..92'],
  [
    'project',
    '--force',
    '12000',
    '--rate',
    '92',
    '--phase',
    '2025-01-17=0',
    '--phase',
    '2025-02-07=60',
    '--reinforce',
    '2025-02-07=3000',
    '--threshold',
    '50%',
    '--chart',
  ],
  ['project', '--force', '12000', '--rate', '92', '--phase', '2025-01-17=0'],
  ['project', '--force', 'about 12000', '--rate', '92', '--as-of', 'mid-January 2025', '--casualties', '3800'],
  ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '2000', '--seed', '7', '--by', '2025-04-30'],
  [
    'project',
    '--force',
    '11000..12000',
    '--rate',
    '200..320',
    '--samples',
    '2000',
    '--seed',
    '7',
    '--phase',
    '2025-01-17=0',
  ],
  ['sweep', '--force', '11000, 12000', '--rate', '80, 92', '--format', 'table'],
  [
    'check',
    '--force',
    '12000',
    '--rate',
    '92',
    '--casualties',
    '3800',
    '--as-of',
    '2025-01-16',
    '--by',
    'mid-April 2025',
    '--killed',
    '300',
    '--wounded',
    '3500',
  ],
  ['check', '--force', '12000', '--rate', '92', '--casualties', '1e30', '--as-of', '2025-04-30'],
  ['check', '--force', '12000', '--rate', '92', '--by', 'mid-April', '--start', 'early December 2024'],
  ['check', '--ledger'],
];

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

async function onTerminal(args: string[], columns: number): Promise<string> {
  const stdout = Object.assign(bufferOutput(true), { columns });
  await main(args, { stdout, stderr: bufferOutput(true), env: { NO_COLOR: '1' } });
  return stdout.text();
}

describe('human reports fit the width', () => {
  for (const args of RUNS) {
    it(`attrition ${args.join(' ')}: 80 columns piped, and on an 80-column terminal`, async () => {
      const run = await cli(args);
      expect([0, 1]).toContain(run.code);
      expect(widest(run.stdout)).toBeLessThanOrEqual(80);
      expect(widest(await onTerminal(args, 80))).toBeLessThanOrEqual(80);
    });
  }
});
