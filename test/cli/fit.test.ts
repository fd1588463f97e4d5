import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echo } from '../../src/core/wording.js';
import { fitSeries } from '../../src/core/series/fit-series.js';
import { cli, expectOneLineError, unwrap } from '../helpers/cli.js';
import { FIT_ERRORS } from '../fixtures/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'attrition-fit-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const EXACT =
  'date,casualties,source\n2024-12-15,920,built at 92 a day\n2024-12-25,1840\n2025-01-16,3864,"ISW, 16 January"\n';

describe('attrition fit', () => {
  it('reports the rate with its interval, the implied start and each report', async () => {
    const run = await cli(['fit', file('exact.csv', EXACT), '--force', '12000']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = unwrap(run.stdout).split('\n');
    expect(lines[0]).toBe('Fitted rate: 92 a day (95 % interval 92 to 92), R² 1.000, from 3 reports.');
    expect(lines[1]).toBe(
      'Implied start: 2024-12-06, the first day of losses (the day after the fitted line crosses zero).',
    );
    expect(lines[2]).toBe(
      'At that rate from the latest report (3,864 on 2025-01-16), 12,000 are lost on 2025-04-15 (mid-April ' +
        "2025); from the rate's interval: 2025-04-15 to 2025-04-15.",
    );
    expect(run.stdout).toContain('2025-01-16        3,864   3,864.0        0.0   ISW, 16 January');
    expect(run.stdout).toMatchSnapshot();
  });

  it('prints the JSON document the library returns', async () => {
    const path = file('noisy.csv', '2024-12-20,1500\n2025-01-13,3000,NIS\n2025-01-16,3800,Zelensky\n2025-01-20,4200\n');
    const run = await cli(['fit', path, '--json']);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ schemaVersion: 2, command: 'fit', input: { file: path, force: null } });
    expect(doc.result).toEqual(
      fitSeries([
        { date: '2024-12-20', casualties: 1500 },
        { date: '2025-01-13', casualties: 3000, source: 'NIS' },
        { date: '2025-01-16', casualties: 3800, source: 'Zelensky' },
        { date: '2025-01-20', casualties: 4200 },
      ]),
    );
    expect(typeof doc.result.rate).toBe('number');
    expect(Object.keys(doc.result.rateInterval)).toEqual(['low', 'high']);
    // 1,500 of 4,200 at the first report: the line would reach zero further back than half the series runs.
    expect(doc.result.start).toBeNull();
    expect(doc.result.beginsNearZero).toBe(false);
  });

  it('reads stdin for -', async () => {
    const run = await cli(['fit', '-', '--json'], { stdin: EXACT });
    expect(JSON.parse(run.stdout).result).toMatchObject({ rate: 92, start: '2024-12-06' });
    expect(JSON.parse(run.stdout).input.file).toBe('-');
  });

  it('writes warnings to stderr, and only into the JSON with --json', async () => {
    const path = file('odd.csv', '2025-01-10,3900\n2025-01-13,3000\n2025-01-16,3800\n2025-01-16,4000\n');
    const run = await cli(['fit', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'attrition: warning: 2 reports for 2025-01-16 (3,800, 4,000); all are fitted\n' +
        'attrition: warning: the cumulative count goes down from 3,900 on 2025-01-10 to 3,000 on 2025-01-13\n' +
        'attrition: warning: the series does not begin near zero (3,900 on 2025-01-10): no implied start; ' +
        'projections count from the latest report\n',
    );
    const json = await cli(['fit', path, '--json']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).result.warnings.map((w: { code: string }) => w.code)).toEqual([
      'duplicate-date',
      'decreasing',
      'not-near-zero',
    ]);
    const two = await cli(['fit', file('two.csv', '2025-01-10,3900\n2025-01-20,4900\n')]);
    expect(two.stderr).toMatch(/^attrition: warning: only 2 reports/);
    expect(two.stdout).toContain('no interval from fewer than three reports');
  });
});

describe('attrition fit: bad input, one line on stderr, exit 2', () => {
  const cases: [string, string[], string, { stdin?: string }?][] = [
    [
      'missing file',
      ['fit', join(dir, 'none.csv')],
      `FILE ${echo(join(dir, 'none.csv'))} cannot be read: no such file; give dated counts or -`,
    ],
    ['bad force', ['fit', '-', '--force', 'lots'], '--force "lots" is not a number', { stdin: EXACT }],
  ];

  it.each(FIT_ERRORS)('%s (catalogued)', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });

  it.each(cases)('%s', async (_name, args, expected, options) => {
    const run = await cli(args, options);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toContain(`attrition: ${expected}`);
  });
});
