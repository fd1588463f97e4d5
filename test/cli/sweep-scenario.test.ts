import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWEEP_SCENARIO_ERRORS } from '../fixtures/errors.js';
import { cli, cliJson } from '../helpers/cli.js';
import { csvDays } from '../helpers/csv-days.js';

const dir = mkdtempSync(join(tmpdir(), 'attrition-sweep-scenario-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

const PULLED_BACK = ['--phase', '2025-01-17=0', '--phase', '2025-02-07=60', '--reinforce', '2025-02-07=3000'];
const OFF_THE_LINE = ['sweep', '--force', '12000', '--rate', '92, 400', '--phase', '2025-01-17=0'];

describe('attrition sweep with scenario options', () => {
  it('steps every row as project does with the same options', async () => {
    const run = await cli(['sweep', '--force', '11000,12000', '--rate', '60..120:20', ...PULLED_BACK]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('force,rate,start,threshold,daysFromStart,date,label');
    expect(lines).toHaveLength(1 + 2 * 4);
    for (const line of lines.slice(1)) {
      const [force, rate, , , days, date] = line.split(',');
      const doc = await cliJson(['project', '--force', force!, '--rate', rate!, ...PULLED_BACK]);
      expect([days, date]).toEqual([csvDays(doc.result.days), doc.result.date]);
    }
  });

  it('says so in every format when a row is not lost within the horizon', async () => {
    const csv = await cli(OFF_THE_LINE);
    expect(csv.stdout.split('\n').slice(1, 3)).toEqual([
      '12000,92,2024-12-06,1,,,',
      '12000,400,2024-12-06,1,30,2025-01-04,early January 2025',
    ]);
    const ndjson = await cli([...OFF_THE_LINE, '--format', 'ndjson']);
    expect(JSON.parse(ndjson.stdout.split('\n')[0]!)).toEqual({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      threshold: 1,
      daysFromStart: null,
      date: null,
      label: null,
    });
    const json = await cliJson(OFF_THE_LINE);
    expect(json.result.rows[0]).toMatchObject({ daysFromStart: null, date: null, label: null });
    const table = await cli([...OFF_THE_LINE, '--format', 'table']);
    expect(table.stdout.split('\n')[3]).toMatch(/ 92 .* after 2034-12-05 +not lost within the horizon$/);
    expect(table.stdout).toMatchSnapshot();
  });

  it('adds a strengthOn column at the end with --on', async () => {
    const run = await cli([...OFF_THE_LINE, '--on', '2025-01-01']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('force,rate,start,threshold,daysFromStart,date,label,strengthOn');
    expect(lines[1]).toBe(`12000,92,2024-12-06,1,,,,${12000 - 27 * 92}`);
    const doc = await cliJson([...OFF_THE_LINE, '--on', '2025-01-01']);
    expect(doc.result.columns.at(-1)).toBe('strengthOn');
    expect(doc.result.rows[1].strengthOn).toBe(12000 - 27 * 400);
    const table = await cli([...OFF_THE_LINE, '--on', '2025-01-01', '--format', 'table']);
    // Wider than a report, so what every row shares is said once above the table.
    expect(table.stdout.split('\n')[0]).toBe('Every row: force 12,000, start 2024-12-06, threshold 100 %');
    expect(table.stdout.split('\n')[1]).toMatch(/days +strength$/);
    expect(table.stdout.split('\n')[2]).toMatch(/period +on$/);
    expect(table.stdout.split('\n')[3]).toMatch(/9,516$/);
  });

  it('keeps the closed form, and its bytes, when no scenario option is given', async () => {
    const plain = await cli(['sweep', '--force', '12000', '--rate', '92, 400']);
    expect(plain.stdout).toBe(
      'force,rate,start,threshold,daysFromStart,date,label\n' +
        `12000,92,2024-12-06,1,${csvDays(12000 / 92)},2025-04-15,mid-April 2025\n` +
        '12000,400,2024-12-06,1,30,2025-01-04,early January 2025\n',
    );
    const doc = await cliJson(['sweep', '--force', '12000', '--rate', '92']);
    expect(Object.keys(doc.input.grids[0])).toEqual([
      'name',
      'force',
      'rate',
      'start',
      'threshold',
      'casualties',
      'asOf',
    ]);
  });

  it('echoes the options in each grid, and the library takes that echo back', async () => {
    const doc = await cliJson([
      ...OFF_THE_LINE,
      '--on',
      '2025-01-01',
      '--horizon',
      '2 years',
      '--return-to-duty',
      '50%@30',
    ]);
    expect(doc.input.grids[0]).toMatchObject({
      phases: [{ from: '2025-01-17', rate: 0 }],
      returnToDuty: { share: 0.5, days: 30 },
      horizonDays: 730,
      on: '2025-01-01',
    });
    const { sweep } = await import('../../src/index.js');
    expect(sweep(doc.input.grids)).toEqual(doc.result);
  });

  it('takes the options per scenario from a scenarios file; flags fill in what a scenario leaves out', async () => {
    const path = file('scenarios.json', [
      { name: 'ISW', force: 12000, rate: 92 },
      {
        name: 'pulled back',
        force: 12000,
        rate: 92,
        phase: ['2025-01-17=0', '2025-02-07=60'],
        reinforce: '2025-02-07=3000',
      },
      { name: 'decay', force: 12000, rate: 92, model: 'decay', threshold: '50%', killedShare: 0.1 },
    ]);
    const run = await cli(['sweep', '--scenarios', path, '--return-to-duty', '50%', '--format', 'ndjson']);
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const projected = async (args: string[]) =>
      (await cliJson(['project', '--force', '12000', '--rate', '92', ...args])).result.date;
    expect(rows[0].date).toBe(await projected(['--return-to-duty', '50%']));
    expect(rows[1].date).toBe(await projected([...PULLED_BACK, '--return-to-duty', '50%']));
    // The scenario's killed share replaces the flag's return to duty: they say the same thing two ways.
    expect(rows[2].date).toBe(await projected(['--model', 'decay', '--threshold', '50%', '--killed-share', '10%']));
    const doc = await cliJson(['sweep', '--scenarios', path]);
    expect(doc.input.grids[1]).toMatchObject({
      name: 'pulled back',
      reinforcements: [{ on: '2025-02-07', troops: 3000 }],
    });
    expect(doc.input.grids[0].phases).toBeUndefined();
  });

  it.each(SWEEP_SCENARIO_ERRORS)('refuses %s in one line', async (_name, args, expected) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.trimEnd().slice('attrition: '.length)).toMatch(expected);
  });
});
