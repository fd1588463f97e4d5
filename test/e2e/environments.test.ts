import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { IWO_JIMA_FILE, IWO_JIMA_FIT_FLAGS } from '../fixtures/iwo-jima.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = `${root}test/e2e/run-commands.cjs`;

const ARTICLE = join(mkdtempSync(join(tmpdir(), 'attrition-tz-')), 'article.txt');
writeFileSync(
  ARTICLE,
  'Officials said on 14 January that roughly 11,500 troops remained in the region. Losses ran at 80 to 90 a day ' +
    'since early December, and some 3,000 were killed or wounded by mid-January. At that pace the force would be ' +
    'gone by late April, more than a third of it within two months.\n',
);

/** Every command form whose bytes must not depend on the machine's time zone or locale. */
const INVOCATIONS: string[][] = [
  ['project', '--force', '12000', '--rate', '92'],
  ['project', '--force', '12000', '--rate', '92', '--json'],
  ['project', '--force', '11000..12000', '--rate', '80..92', '--casualties', '3800', '--as-of', '16 Jan 2025'],
  ['project', '--force', '12000', '--rate', '92.5', '--threshold', '50%', '--start', 'December 31, 2024', '--json'],
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
    '--return-to-duty',
    '75%@20',
    '--on',
    '2025-03-01',
  ],
  ['project', '--force', '12000', '--rate', '92', '--model', 'decay', '--threshold', '50%', '--json'],
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
    '--within',
    '12 weeks',
  ],
  ['check', '--ledger'],
  ['check', '--ledger', '--json'],
  ['claims', '--kind', 'casualties'],
  ['claims', '--json'],
  ['sweep', '--force', '10000..13000:1000', '--rate', '80, 92', '--start', '2024-12-01,2024-12-06'],
  ['sweep', '--force', '10000..13000:1000', '--rate', '60..120:20', '--threshold', '30%,100%', '--format', 'ndjson'],
  [
    'project',
    '--force',
    '11000..12000',
    '--rate',
    '80..92',
    '--start',
    '2024-12-01..2024-12-10',
    '--samples',
    '2000',
    '--seed',
    '5',
  ],
  ['fit', '--ledger', '--force', '12000'],
  ['extract', ARTICLE, '--published', '2025-01-16'],
  ['extract', ARTICLE, '--json'],
  [
    'project',
    '--force',
    '11000..12000',
    '--rate',
    '80..92',
    '--casualties',
    '3800',
    '--as-of',
    '2025-01-16',
    '--chart',
  ],
  ['project', '--force', '12000', '--rate', '92', '--svg', '-'],
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
    '--chart',
    '--ledger-points',
  ],
  ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '5000', '--seed', '7', '--chart'],
  [
    'project',
    '--force',
    '11000..12000',
    '--rate',
    '80..92',
    '--samples',
    '5000',
    '--seed',
    '7',
    '--svg',
    '-',
    '--ledger-points',
  ],
  ['fit', `${root}test/fixtures/reports.csv`, '--force', '12000', '--chart'],
  ['fit', `${root}test/fixtures/reports.csv`, '--svg', '-', '--ledger-points'],
  ['duel', '--x', '54000', '--y', '21500', '--a', '0.0544', '--b', '0.0106', '--start', '19 Feb 1945', '--chart'],
  ['duel', '--x', '54000', '--y', '21500', '--a', '0.0544', '--b', '0.0106', '--start', '1945-02-19', '--svg', '-'],
  ['duel', 'fit', `${root}${IWO_JIMA_FILE}`, ...IWO_JIMA_FIT_FLAGS, '--json'],
];

const ZONES = [
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Sao_Paulo',
  'Europe/London',
  'Asia/Kathmandu',
];
const COMMA_LOCALE = { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', LC_NUMERIC: 'de_DE.UTF-8' };

interface Result {
  args: string[];
  status: number;
  stdout: string;
  stderr: string;
}

/** Every invocation run in one Node process with this environment (test/e2e/run-commands.cjs). */
function runAll(env: Record<string, string>): Result[] {
  const child = spawnSync(process.execPath, [runner], {
    input: JSON.stringify(INVOCATIONS),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  expect(child.status, child.stderr).toBe(0);
  const results = JSON.parse(child.stdout) as Result[];
  expect(results.map((r) => r.args)).toEqual(INVOCATIONS);
  for (const r of results) expect([0, 1], `attrition ${r.args.join(' ')}: ${r.stderr}`).toContain(r.status);
  return results;
}

const ENVIRONMENTS: [string, Record<string, string>][] = [
  ...ZONES.map((zone): [string, Record<string, string>] => [zone, { TZ: zone }]),
  ['comma-decimal locale', { TZ: 'Asia/Kathmandu', ...COMMA_LOCALE }],
];
const outputs = new Map<string, string[]>();

describe('output is identical in every time zone and locale', () => {
  beforeAll(() => {
    for (const [name, env] of ENVIRONMENTS)
      outputs.set(
        name,
        runAll(env).map((r) => r.stdout),
      );
  }, 180_000);

  it('runs the comparison under a locale that really writes decimal commas', () => {
    const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write((1234.5).toLocaleString())'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...COMMA_LOCALE },
    });
    expect(probe.stdout).toBe('1.234,5');
  });

  it.each(INVOCATIONS.map((args, i) => [args.join(' '), i]))('attrition %s', (_label, i) => {
    const reference = outputs.get('UTC')![i as number]!;
    expect(reference.length).toBeGreaterThan(0);
    for (const [name] of ENVIRONMENTS.slice(1)) expect(outputs.get(name)![i as number], name).toBe(reference);
  });
});
