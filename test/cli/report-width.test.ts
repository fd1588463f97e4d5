import { describe, expect, it } from 'vitest';
import { bufferOutput } from '../../src/shell/io.js';
import { main } from '../../src/main.js';
import { cli } from '../helpers/cli.js';
import { IWO_JIMA_FILE, IWO_JIMA_FIT_FLAGS } from '../fixtures/iwo-jima.js';

/** Representative runs of every command's human report. */
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
  ['sweep', '--scenarios', 'examples/scenarios.json', '--format', 'table'],
  ['sweep', '--force', '12000', '--rate', '92', '--casualties', '7000', '--as-of', '2025-01-16', '--format', 'table'],
  [
    'sweep',
    '--force',
    '12000',
    '--rate',
    '92, 400',
    '--phase',
    '2025-01-17=0',
    '--on',
    '2025-01-01',
    '--format',
    'table',
  ],
  ['claims'],
  ['claims', '--claimant', 'NIS', '--kind', 'killed'],
  ['extract', 'examples/article.txt', '--published', '2025-01-17'],
  ['extract', 'examples/pages/frontline-briefing.html'],
  ['fit', 'examples/reports.csv', '--force', '12000'],
  ['fit', '--ledger'],
  ['fit', 'examples/general-staff/russia_losses_personnel.json', '--chart'],
  ['backtest', 'examples/general-staff/russia_losses_personnel.json'],
  [
    'duel',
    '--x',
    '54000',
    '--y',
    '21500',
    '--a',
    '0.0544',
    '--b',
    '0.0106',
    '--start',
    '1945-02-19',
    '--names',
    'US,Japan',
  ],
  ['duel', 'fit', IWO_JIMA_FILE, ...IWO_JIMA_FIT_FLAGS, '--names', 'US,Japan'],
  ['check', '--text', 'examples/claim.txt'],
  ['check', '--details', '--text', 'examples/claim.txt'],
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
    it(`attrition ${args.join(' ')}: 80 columns piped and on an 80-column terminal, 100 on a wide one`, async () => {
      const run = await cli(args);
      expect([0, 1]).toContain(run.code);
      expect(widest(run.stdout)).toBeLessThanOrEqual(80);
      expect(widest(await onTerminal(args, 80))).toBeLessThanOrEqual(80);
      expect(widest(await onTerminal(args, 200))).toBeLessThanOrEqual(100);
    });
  }
});
