import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echo } from '../../src/core/wording.js';
import { project } from '../../src/core/projection/project.js';
import { cli, cliJson, expectOneLineError } from '../helpers/cli.js';
import { SWEEP_ERRORS } from '../fixtures/errors.js';
import { csvDays } from '../helpers/csv-days.js';

const dir = mkdtempSync(join(tmpdir(), 'attrition-sweep-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('attrition sweep', () => {
  it('writes csv when stdout is not a terminal, one row per combination', async () => {
    const run = await cli(['sweep', '--force', '10000..13000:500', '--rate', '60..120:10']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('force,rate,start,threshold,daysFromStart,date,label');
    expect(lines).toHaveLength(1 + 7 * 7);
    expect(lines[1]).toBe(`10000,60,2024-12-06,1,${csvDays(10000 / 60)},2025-05-21,late May 2025`);
    for (const line of lines.slice(1)) {
      const [force, rate, start, threshold, days, date] = line.split(',');
      const expected = project({
        force: Number(force),
        rate: Number(rate),
        start: start!,
        threshold: Number(threshold),
      });
      expect([days, date]).toEqual([csvDays(expected.days!), expected.date]);
    }
  });

  it('writes a table on a terminal, and the format asked for otherwise', async () => {
    const args = ['sweep', '--force', '12000', '--rate', '80,92,100', '--threshold', '30%,50%,100%'];
    const tty = await cli(args, { columns: 100 });
    expect(tty.stdout.split('\n')[0]).toMatch(/^ force {3}rate {3}start {8}threshold {3}days from start/);
    expect(tty.stdout).toMatchSnapshot();
    expect((await cli([...args, '--format', 'csv'], { isTTY: true })).stdout.split('\n')[0]).toBe(
      'force,rate,start,threshold,daysFromStart,date,label',
    );
    const ndjson = await cli([...args, '--format', 'ndjson']);
    expect(
      ndjson.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).date),
    ).toHaveLength(9);
    const table = await cli([...args, '--format', 'table'], { columns: 100 });
    expect(table.stdout).toBe(tty.stdout);
  });

  it('prints one JSON document with --json (or --format json)', async () => {
    const run = await cli(['sweep', '--force', '12000', '--rate', '80,92', '--json']);
    const doc = JSON.parse(run.stdout);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.command).toBe('sweep');
    expect(doc.input.grids[0]).toEqual({
      name: null,
      force: 12000,
      rate: [80, 92],
      start: '2024-12-06',
      threshold: 1,
      casualties: null,
      asOf: null,
    });
    expect(doc.result.count).toBe(2);
    expect(doc.result.rows[1]).toEqual({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      threshold: 1,
      daysFromStart: 12000 / 92,
      date: '2025-04-15',
      label: 'mid-April 2025',
    });
    expect((await cli(['sweep', '--force', '12000', '--rate', '80,92', '--format', 'json'])).stdout).toBe(run.stdout);
    const steps = JSON.parse((await cli(['sweep', '--force', '12000', '--rate', '50..150:0.1', '--json'])).stdout);
    expect(steps.input.grids[0].rate).toEqual({ from: 50, to: 150, step: 0.1, count: 1001 });
    expect(steps.result.rows).toHaveLength(1001);
  });

  it('sweeps casualties counted by as-of dates with the project convention', async () => {
    const run = await cli([
      'sweep',
      '--force',
      '12000',
      '--rate',
      '92',
      '--casualties',
      '3800, 4000',
      '--as-of',
      '2025-01-16',
      '--format',
      'ndjson',
    ]);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    // 42 days from the start through the as-of date, then 8,200 more losses at 92 a day.
    expect(rows[0]).toMatchObject({
      casualties: 3800,
      asOf: '2025-01-16',
      date: '2025-04-16',
      daysFromStart: 8200 / 92 + 42,
    });
    expect(rows[1].date).toBe(
      project({ force: 12000, rate: 92, start: '2024-12-06', casualties: 4000, asOf: '2025-01-16' }).date,
    );
  });

  it('counts days from the start in every row, whether or not casualties were counted by an as-of date', async () => {
    const args = ['sweep', '--force', '12000', '--rate', '92', '--casualties', '7000', '--as-of', '2025-01-16'];
    const thresholds = ['--threshold', '50%,100%'];
    const csv = (await cli([...args, ...thresholds])).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('force,rate,start,threshold,casualties,asOf,daysFromStart,date,label');
    // 50 %: reached by the as-of date, the 42nd day from the start. 100 %: 5,000 more at 92 a day after it.
    expect(csv[1]).toBe('12000,92,2024-12-06,0.5,7000,2025-01-16,42,2025-01-16,on or before 2025-01-16');
    expect(csv[2]).toBe(`12000,92,2024-12-06,1,7000,2025-01-16,${csvDays(42 + 5000 / 92)},2025-03-12,mid-March 2025`);
    const rows = (await cliJson([...args, ...thresholds])).result.rows;
    expect(rows.map((r: { daysFromStart: number }) => r.daysFromStart)).toEqual([42, 42 + 5000 / 92]);
    const table = (await cli([...args, ...thresholds, '--format', 'table'])).stdout.split('\n');
    expect(table.slice(2, 6)).toEqual([
      '                  days',
      'threshold   from start   date         period',
      '     50 %         42.0   2025-01-16   on or before',
      '    100 %         96.3   2025-03-12   mid-March 2025',
    ]);
    // Without an as-of date, the same count: day 1 is the start.
    const plain = (await cli(['sweep', '--force', '12000', '--rate', '92'])).stdout.split('\n');
    expect(plain[1]).toBe(`12000,92,2024-12-06,1,${csvDays(12000 / 92)},2025-04-15,mid-April 2025`);
  });

  it('sweeps named scenarios from a file, with flags filling the fields a scenario leaves out', async () => {
    const path = file('scenarios.json', {
      scenarios: [
        { name: 'ISW', force: 12000, rate: 92 },
        { name: 'NIS, 13 Jan', rate: [77, '79'], casualties: 3000, asOf: '2025-01-13' },
        { name: 'half', rate: '90..92:1', threshold: '50%' },
      ],
    });
    const run = await cli(['sweep', '--scenarios', path, '--force', '11000']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('scenario,force,rate,start,threshold,casualties,asOf,daysFromStart,date,label');
    expect(lines[1]).toBe(`ISW,12000,92,2024-12-06,1,,,${csvDays(12000 / 92)},2025-04-15,mid-April 2025`);
    expect(lines[2]).toMatch(/^"NIS, 13 Jan",11000,77,2024-12-06,1,3000,2025-01-13,/);
    expect(lines.slice(4).map((l) => l.split(',')[0])).toEqual(['half', 'half', 'half']);
    const bare = await cli([
      'sweep',
      '--scenarios',
      file('list.json', [{ name: 'a', force: '12,000', rate: 92 }]),
      '--format',
      'ndjson',
    ]);
    expect(JSON.parse(bare.stdout)).toMatchObject({ scenario: 'a', force: 12000, date: '2025-04-15' });
  });

  it('asks for --yes before a grid of more than 100 million rows', async () => {
    const run = await cli(['sweep', '--force', '1..20000:1', '--rate', '1..10000:1']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'attrition: the sweep has 200,000,000 rows, more than 100,000,000; add --yes to write them all, or use ' +
        'coarser steps\n',
    );
  });
});

describe('attrition sweep: bad input, one line on stderr, exit 2', () => {
  const scenarios = (content: unknown) => ['sweep', '--scenarios', file(`bad-${Math.random()}.json`, content)];
  const cases: [string, string[], string][] = [
    [
      'missing file',
      ['sweep', '--scenarios', join(dir, 'none.json')],
      `--scenarios ${echo(join(dir, 'none.json'))} cannot be read: no such file; give a JSON file`,
    ],
    [
      'unknown field',
      scenarios([{ name: 'A', force: 1, rte: 3 }]),
      'scenario "A" has an unknown field "rte"; fields are named as flags',
    ],
    [
      'bad field',
      scenarios({
        scenarios: [
          { name: 'A', force: 1, rate: 1 },
          { name: 'B', force: 12000, rate: 'fast' },
        ],
      }),
      'scenario "B": rate "fast" is not a number such as 12000, 12k or 1.2e4',
    ],
    [
      'wrong type',
      scenarios([{ name: 'A', force: true, rate: 1 }]),
      'scenario "A": force must be a number, a string written as on the command line ("80..92:4", "30%,50%") ' +
        'or a list of those',
    ],
    ['no name', scenarios([{ force: 1, rate: 1 }]), 'scenario number 1: name is required, such as "name": "ISW"'],
    [
      'missing rate',
      scenarios([{ name: 'A', force: 1 }]),
      'scenario "A": rate is missing; give it in the file or with --rate',
    ],
    [
      'rule broken',
      scenarios([{ name: 'A', force: 1000, rate: 1, casualties: 2000, asOf: '2025-01-01' }]),
      'scenario "A": casualties 2000 is more than the smallest force (1000)',
    ],
    ['not a list', scenarios({ name: 'A' }), 'must hold a list of scenarios, or an object { "scenarios": [...] }'],
    ['not JSON', scenarios('{'), 'is not valid JSON: '],
  ];

  it.each(SWEEP_ERRORS)('%s (catalogued)', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });

  it.each(cases)('%s', async (_name, args, expected) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(expected);
    expect(lines[0]!.startsWith('attrition: ')).toBe(true);
  });
});

describe('the library API', () => {
  it('returns the same result object as attrition sweep --json, from input shaped like its echo', async () => {
    const { sweep } = await import('../../src/index.js');
    const doc = JSON.parse(
      (await cli(['sweep', '--force', '11000, 12000', '--rate', '80..92:4', '--threshold', '50%,100%', '--json']))
        .stdout,
    );
    const grid = doc.input.grids[0];
    expect(grid.rate).toEqual({ from: 80, to: 92, step: 4, count: 4 });
    expect(sweep({ force: grid.force, rate: grid.rate, start: grid.start, threshold: grid.threshold })).toEqual(
      doc.result,
    );
    const named = JSON.parse(
      (
        await cli([
          'sweep',
          '--scenarios',
          file('lib.json', [
            { name: 'a', force: 12000, rate: 92 },
            { name: 'b', force: 5000, rate: 50, casualties: 100, asOf: '2025-01-01' },
          ]),
          '--json',
        ])
      ).stdout,
    );
    expect(sweep(named.input.grids)).toEqual(named.result);
  });
});

describe('a sweep table wider than a report', () => {
  it('says once, above the table, what every row shares, and fits 100 columns', async () => {
    const run = await cli(['sweep', '--scenarios', 'examples/scenarios.json', '--format', 'table'], { columns: 100 });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Every row: force 12,000, start 2024-12-06');
    expect(lines[1]).toMatch(/^ +days$/);
    expect(lines[2]).toMatch(/^scenario +rate +threshold +casualties +as of +from start +date +period$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(lines.slice(2).every((l) => !l.includes('2024-12-06'))).toBe(true);
  });
});
