import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/core/series/backtest.js';
import { cli } from '../helpers/cli.js';
import { GENERAL_STAFF, generalStaffCsv, generalStaffDays, generalStaffReports } from '../helpers/general-staff.js';

const dir = mkdtempSync(join(tmpdir(), 'attrition-backtest-'));
const OPTIONS = { window: 30, horizons: [30, 90, 180], level: 0.9 };

describe('attrition backtest', () => {
  it('leads with the per-horizon table: coverage of the calibrated interval beside the naive one', async () => {
    const run = await cli(['backtest', GENERAL_STAFF]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('attrition: counts from "personnel" (not "day"); --value-column picks another\n');
    const result = backtest(generalStaffReports(), OPTIONS);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Backtest of ${GENERAL_STAFF}:`);
    const row = (h: number) => lines.find((l) => l.trimStart().startsWith(`${h} days`))!;
    for (const s of result.summary) {
      expect(row(s.horizon)).toContain(`${(s.coverage! * 100).toFixed(1)} %`);
      expect(row(s.horizon)).toContain(`${(s.naiveCoverage! * 100).toFixed(1)} %`);
    }
    expect(run.stdout).toContain('Errors over time');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('writes the rows as CSV with the documented columns, unrounded, an unknown actual left empty', async () => {
    const run = await cli(['backtest', GENERAL_STAFF, '--format', 'csv', '--horizon', '30']);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toBe('origin,horizon,window,rate,projected,low,high,actual,error');
    const result = backtest(generalStaffReports(), { ...OPTIONS, horizons: [30] });
    expect(rows).toHaveLength(result.rows.length);
    const last = result.rows[result.rows.length - 1]!;
    expect(rows[rows.length - 1]).toBe(
      `${last.origin},30,30,${last.rate},${last.projected},${last.low},${last.high},,`,
    );
  });

  it('writes NDJSON rows and a JSON document equal to what the library returns', async () => {
    const nd = await cli(['backtest', GENERAL_STAFF, '--format', 'ndjson', '--horizon', '90']);
    const rows = nd.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual(backtest(generalStaffReports(), { ...OPTIONS, horizons: [90] }).rows);
    const json = await cli([
      'backtest',
      GENERAL_STAFF,
      '--json',
      '--window',
      '14d',
      '--horizon',
      '30,60',
      '--level',
      '80%',
    ]);
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({
      schemaVersion: 2,
      command: 'backtest',
      input: { window: 14, horizons: [30, 60], level: 0.8 },
    });
    expect(doc.result).toEqual(backtest(generalStaffReports(), { window: 14, horizons: [30, 60], level: 0.8 }));
  });

  it('reads CSV with a header from stdin, and selects a span with --since and --until', async () => {
    const run = await cli(
      [
        'backtest',
        '-',
        '--date-column',
        'date',
        '--value-column',
        'personnel',
        '--since',
        '2024-01-01',
        '--until',
        '2025-03-31',
        '--json',
      ],
      { stdin: generalStaffCsv() },
    );
    const doc = JSON.parse(run.stdout);
    const span = generalStaffReports().filter((r) => r.date >= '2024-01-01' && r.date <= '2025-03-31');
    expect(doc.result).toEqual(backtest(span, OPTIONS));
    expect(doc.result.first).toBe('2024-01-01');
    expect(doc.input).toMatchObject({ file: '-', since: '2024-01-01', until: '2025-03-31' });
  });

  it('warns about a count that falls, naming the dates, and keeps the report', async () => {
    const days = generalStaffDays().slice(0, 200);
    days[100] = { ...days[100]!, personnel: days[99]!.personnel - 500 };
    const run = await cli(['backtest', '-', '--value', 'personnel', '--horizon', '30'], {
      stdin: JSON.stringify(days),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `attrition: warning: the cumulative count goes down from ${days[99]!.personnel.toLocaleString('en-US')} ` +
        `on ${days[99]!.date} to`,
    );
    expect(run.stderr).toContain(`on ${days[100]!.date}\n`);
  });

  it('draws, per horizon, the errors over time and the interval band as one SVG', async () => {
    const file = join(dir, 'backtest.svg');
    const run = await cli(['backtest', GENERAL_STAFF, '--svg', file]);
    expect(run.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg.match(/<svg /g)).toHaveLength(4);
    expect(svg.match(/class="band"/g)).toHaveLength(3);
    for (const h of [30, 90, 180]) expect(svg).toContain(`error of ${h}-day constant-rate projections`);
    const only = await cli(['backtest', GENERAL_STAFF, '--svg', '-']);
    expect(only.stdout.startsWith('<svg')).toBe(true);
  });
});

describe('attrition fit and backtest on a weekly series (gaps)', () => {
  const weekly = () =>
    `date,personnel\n${generalStaffDays()
      .filter((_, i) => i % 7 === 0)
      .map((d) => `${d.date},${d.personnel}`)
      .join('\n')}\n`;

  it('backtests horizons that land on report dates, and warns about those that do not', async () => {
    const run = await cli(['backtest', '-', '--horizon', '28,30', '--json'], { stdin: weekly() });
    const doc = JSON.parse(run.stdout);
    expect(doc.result.summary[0]).toMatchObject({ horizon: 28 });
    expect(doc.result.summary[0].scored).toBeGreaterThan(100);
    expect(doc.result.summary[1].scored).toBe(0);
    expect(doc.result.warnings).toEqual(['no actual counts at 30 days: no report is dated that far after an origin']);
  });

  it(
    'fits spans on a weekly series like those of the daily ' + 'one, and calibrates its outlook on interpolated counts',
    async () => {
      const doc = JSON.parse((await cli(['fit', '-', '--json'], { stdin: weekly() })).stdout);
      expect(doc.result.segments.length).toBeGreaterThan(5);
      expect(doc.result.segments.length).toBeLessThan(20);
      for (const o of doc.result.outlook) expect(o.low).not.toBeNull();
    },
  );
});
