import { describe, expect, it } from 'vitest';
import { bufferOutput } from '../../src/shell/io.js';
import { main } from '../../src/main.js';
import { cli } from '../helpers/cli.js';

/**
 * Representative runs of the commands whose human reports are fitted to the width so far. check,
 * claims and fit are still to be fitted: their tables and rows run past 100 columns.
 */
const RUNS: string[][] = [
  ['project', '--force', '12000', '--rate', '92'],
  ['project', '--force', '12000', '--rate', '92', '--casualties', '3800', '--as-of', '2025-01-16', '--threshold', '50%'],
  ['project', '--force', '11000..12000', '--rate', '80..92'],
  ['project', '--force', '12000', '--rate', '92', '--phase', '2025-01-17=0', '--phase', '2025-02-07=60', '--reinforce', '2025-02-07=3000', '--threshold', '50%', '--chart'],
  ['project', '--force', '12000', '--rate', '92', '--phase', '2025-01-17=0'],
  ['project', '--force', 'about 12000', '--rate', '92', '--as-of', 'mid-January 2025', '--casualties', '3800'],
  ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '2000', '--seed', '7', '--by', '2025-04-30'],
  ['project', '--force', '11000..12000', '--rate', '200..320', '--samples', '2000', '--seed', '7', '--phase', '2025-01-17=0'],
  ['sweep', '--force', '11000, 12000', '--rate', '80, 92', '--format', 'table'],
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
      expect(run.code).toBe(0);
      expect(widest(run.stdout)).toBeLessThanOrEqual(80);
      expect(widest(await onTerminal(args, 80))).toBeLessThanOrEqual(80);
    });
  }
});
