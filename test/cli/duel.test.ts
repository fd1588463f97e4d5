import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duel, duelFit, readDuelSeries } from '../../src/index.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { quickCommand } from '../../src/commands/quick-flags.js';
import { DUEL_ERRORS, DUEL_FIT_ERRORS } from '../fixtures/errors.js';
import { cli, cliJson, expectOneLineError, unwrap } from '../helpers/cli.js';
import { parseXml } from '../helpers/xml.js';

const IWO = 'examples/iwo-jima/iwo_jima_daily.csv';
const DUEL = ['duel', '--x', '54000', '--y', '21500', '--a', '0.0544', '--b', '0.0106', '--start', '1945-02-19'];
const REINFORCED = [...DUEL, '--reinforce-x', '1945-02-21=6000', '--reinforce-x', '24 Feb 1945=13000'];
const FIT = ['duel', 'fit', IWO, '--x-losses', 'us_cum_casualties', '--x-added', 'us_landed_that_day', '--y0', '21500'];

describe('attrition duel', () => {
  it('prints result.days[] with day, date, x and y, and the library returns the same result', async () => {
    const doc = await cliJson([...REINFORCED, '--names', 'US,Japan']);
    expect(doc.schemaVersion).toBe(3);
    expect(doc.result.days[0]).toEqual({ day: 1, date: '1945-02-19', x: expect.any(Number), y: expect.any(Number) });
    expect(Object.keys(doc.result.days[2])).toEqual(['day', 'date', 'x', 'y']);
    const library = duel({
      x: 54_000,
      y: 21_500,
      a: 0.0544,
      b: 0.0106,
      start: '1945-02-19',
      names: { x: 'US', y: 'Japan' },
      reinforcements: {
        x: [
          { on: '1945-02-21', troops: 6000 },
          { on: '1945-02-24', troops: 13_000 },
        ],
      },
    });
    expect(doc.result).toEqual(JSON.parse(JSON.stringify(library)));
    expect(doc.result.outcome.loser).toBe('y');
    expect(doc.result.days.at(-1).date).toBe(doc.result.outcome.date);
  });

  it('leads the report with who is lost first, when, and who is left with how many', async () => {
    const run = await cli([...DUEL, '--names', 'US,Japan']);
    expect(run.code).toBe(0);
    const first = run.stdout.split('\n')[0]!;
    const doc = await cliJson([...DUEL, '--names', 'US,Japan']);
    expect(first).toContain(`Japan is destroyed first, on ${doc.result.outcome.date}`);
    expect(run.stdout).toMatch(/x² − \(a\/b\)·y² = [\d,]+, constant without reinforcements: positive/);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('draws both strengths: an SVG with a path for each side', async () => {
    const run = await cli([...DUEL, '--names', 'US,Japan', '--svg', '-']);
    expect(run.code).toBe(0);
    const svg = parseXml(run.stdout);
    const paths = [...svg.getElementsByTagName('path')].filter((p) => /\bseries\b/.test(p.getAttribute('class') ?? ''));
    expect(paths.length).toBe(2);
    const chart = await cli([...DUEL, '--chart']);
    expect(chart.stdout).toMatch(/Strength at the end of the day[\s\S]*troops/);
  });

  it('reads plain arguments of duel fit without commander, as commander would', () => {
    const spec = COMMANDS.find((c) => c.name === 'duel')!;
    expect(quickCommand(spec, FIT.slice(1))?.spec.name).toBe('fit');
    expect(quickCommand(spec, FIT.slice(1))?.flags).toEqual({
      operands: [IWO],
      xLosses: 'us_cum_casualties',
      xAdded: 'us_landed_that_day',
      y0: '21500',
    });
    expect(quickCommand(spec, DUEL.slice(1))?.spec.name).toBe('duel');
    expect(quickCommand(spec, [...FIT.slice(1), '--a', '1'])).toBeNull();
  });

  it.each(DUEL_ERRORS)('refuses %s', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });
});

describe('attrition duel fit', () => {
  it("reproduces Engel's Iwo Jima coefficients within 5 %, and the library returns what --json prints", async () => {
    const doc = await cliJson([...FIT, '--y-end', '0', '--names', 'US,Japan']);
    const { a, b } = doc.result.coefficients;
    expect(Math.abs(a.value / 0.0544 - 1)).toBeLessThan(0.05);
    expect(Math.abs(b.value / 0.0106 - 1)).toBeLessThan(0.05);
    expect(a.low).toBeLessThan(a.value);
    expect(a.high).toBeGreaterThan(a.value);
    const read = readDuelSeries(readFileSync(IWO, 'utf8'), {
      date: 'date',
      xLosses: 'us_cum_casualties',
      xAdded: 'us_landed_that_day',
    });
    if (!read.ok) throw new Error(read.problem);
    const library = duelFit({ days: read.days, y0: 21_500, yEnd: 0, names: { x: 'US', y: 'Japan' } });
    expect(doc.result).toEqual(JSON.parse(JSON.stringify(library)));
  });

  it('prints the coefficients with intervals, both estimators, the laws compared and the days', async () => {
    const run = await cli([...FIT, '--y-end', '0', '--names', 'US,Japan', '--all']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout).split('\n')[0]).toMatch(/^Square law fitted to .* by Engel's ratio of sums:/);
    expect(run.stdout).toMatch(/a = 0\.055\d+ \(95 % interval 0\.0\d+ to 0\.0\d+\)/);
    expect(run.stdout).toMatch(/least squares on the daily losses\s+0\.06\d+/);
    expect(run.stdout).toMatch(/Laws compared: AIC/);
    expect(run.stdout.match(/^ {2}1945-\d\d-\d\d /gm)!.length).toBe(35);
  });

  it('with --svg draws the series and the fitted laws', async () => {
    const run = await cli([...FIT, '--y-end', '0', '--names', 'US,Japan', '--svg', '-']);
    expect(run.code).toBe(0);
    const svg = parseXml(run.stdout);
    const paths = [...svg.getElementsByTagName('path')].filter((p) => /\bseries\b/.test(p.getAttribute('class') ?? ''));
    expect(paths.length).toBe(3);
    expect(run.stdout).toContain('linear law, least squares');
  });

  it.each(DUEL_FIT_ERRORS)('refuses %s', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });
});
