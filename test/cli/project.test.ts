import { describe, expect, it } from 'vitest';
import { PROJECT_ERRORS } from '../fixtures/errors.js';
import { cli, cliJson, expectOneLineError, unwrap } from '../helpers/cli.js';
import { ISW_PROJECT as ISW } from '../helpers/isw.js';

const ANSI = /\u001b\[/;

describe('attrition project: the report', () => {
  it('leads with the answer, then milestones, then the assumptions', async () => {
    const run = await cli(ISW);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [first, second] = unwrap(run.stdout).split('\n');
    expect(first).toBe('The force is fully lost on 2025-04-15 (mid-April 2025).');
    expect(second).toContain('130.4 days (18.6 weeks) after the start date 2024-12-06');
    expect(second).toContain('at 92 a day = 0.77 % of the force a day');
    expect(run.stdout.indexOf('Milestones')).toBeLessThan(run.stdout.indexOf('Assumptions'));
    for (const row of [
      '25 %    3,000   2025-01-07',
      '50 %    6,000   2025-02-09',
      '75 %    9,000   2025-03-13',
      '100 %   12,000   2025-04-15',
    ]) {
      expect(run.stdout).toContain(row);
    }
    expect(unwrap(run.stdout)).toMatch(/Start 2024-12-06: not given, so the default: .*large-scale combat began .*ISW/);
    expect(unwrap(run.stdout)).toContain('the dates hold only if the rate holds');
    expect(unwrap(run.stdout)).toMatchSnapshot();
  });

  it('reports an as-of count, a threshold and ranges in words', async () => {
    const asOf = await cli([...ISW, '--casualties', '3,800', '--as-of', '16 Jan 2025']);
    expect(asOf.stdout.split('\n')[0]).toBe('The force is fully lost on 2025-04-16 (mid-April 2025).');
    expect(unwrap(asOf.stdout)).toContain(
      '89.1 days (12.7 weeks) after the as-of date 2025-01-16 (3,800 already lost)',
    );
    expect(asOf.stdout).toMatchSnapshot();

    const half = await cli([...ISW, '--threshold', '50%']);
    expect(half.stdout.split('\n')[0]).toBe('50 % of the force (6,000) is lost on 2025-02-09 (early February 2025).');

    const ranges = await cli(['project', '--force', '11000..12000', '--rate', '80..92']);
    expect(unwrap(ranges.stdout).split('\n')[0]).toBe(
      'The force is fully lost between 2025-04-04 (early April 2025) and 2025-05-04 (early May 2025).',
    );
    expect(unwrap(ranges.stdout)).toContain('the central case and the milestones use the midpoints');
    expect(ranges.stdout).toMatchSnapshot();
  });

  it('says when the threshold was already reached by the as-of date', async () => {
    const run = await cli([...ISW, '--threshold', '25%', '--casualties', '3800', '--as-of', '2025-01-16']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout).split('\n')[0]).toBe(
      '25 % of the force (3,000) was lost on or before 2025-01-16: 3,800 casualties were counted by then.',
    );
    expect(run.stdout).toContain('on or before 2025-01-16');
  });

  it('accepts every documented number and date form', async () => {
    for (const force of ['12000', '12,000', '12k', '1.2e4']) {
      const doc = await cliJson(['project', '--force', force, '--rate', '92']);
      expect(doc.result.date).toBe('2025-04-15');
    }
    for (const start of ['2024-12-06', '6 Dec 2024', 'December 6, 2024']) {
      const doc = await cliJson([...ISW, '--start', start]);
      expect(doc.input.start).toBe('2024-12-06');
      expect(doc.input.startIsDefault).toBe(false);
    }
    expect((await cliJson([...ISW, '--threshold', '0.5'])).result.date).toBe('2025-02-09');
    expect((await cliJson(['project', '--force=12000', '--rate=92'])).result.date).toBe('2025-04-15');
  });
});

describe('attrition project --json', () => {
  it('prints one document with schemaVersion, the input echoed and the result', async () => {
    const run = await cli([...ISW, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      command: 'project',
      input: {
        force: 12000,
        rate: 92,
        start: '2024-12-06',
        startIsDefault: true,
        threshold: 1,
        casualties: null,
        asOf: null,
      },
      result: { start: '2024-12-06', date: '2025-04-15', label: 'mid-April 2025', threshold: 1 },
    });
    expect(doc.result.days).toBe(12000 / 92);
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('gives earliest and latest for ranges and the days from the as-of date', async () => {
    const ranges = await cliJson(['project', '--force', '11000..12000', '--rate', '80..92']);
    expect(ranges.input.force).toEqual({ low: 11000, high: 12000 });
    expect(ranges.result.earliest).toMatchObject({ date: '2025-04-04', days: 11000 / 92 });
    expect(ranges.result.latest).toMatchObject({ date: '2025-05-04', days: 150 });
    const asOf = await cliJson([...ISW, '--casualties', '3800', '--as-of', '2025-01-16']);
    expect(asOf.result).toMatchObject({ date: '2025-04-16', days: 8200 / 92 });
    expect(asOf.input).toMatchObject({ casualties: 3800, asOf: '2025-01-16' });
  });

  it('returns the same result object as the library API', async () => {
    const { project } = await import('../../src/index.js');
    const doc = await cliJson([...ISW, '--casualties', '3800', '--as-of', '2025-01-16']);
    expect(doc.result).toEqual(
      project({ force: 12000, rate: 92, start: '2024-12-06', casualties: 3800, asOf: '2025-01-16' }),
    );
  });
});

describe('bad input: one line on stderr, exit 2, nothing on stdout', () => {
  it.each(PROJECT_ERRORS)('%s', async (_name, args, expected) => {
    expectOneLineError(await cli(args), expected);
  });
});

describe('help and version', () => {
  it('prints short help with examples for bare attrition', async () => {
    const run = await cli([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^attrition: /);
    expect(run.stdout).toContain('Examples\n  attrition project --force 12000 --rate 92\n');
    expect(run.stdout).toMatch(/Commands\n {2}project +the day a force is lost/);
  });

  it('lays command help out as the top-level help: usage, options, then examples', async () => {
    const run = await cli(['project', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Usage: attrition project')).toBe(true);
    expect(run.stdout.indexOf('Options:')).toBeLessThan(
      run.stdout.indexOf('Examples\n  attrition project --force 12000 --rate 92'),
    );
    for (const flag of ['--force', '--rate', '--start', '--threshold', '--casualties', '--as-of', '--json']) {
      expect(run.stdout).toContain(flag);
    }
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('project');
  });

  it('prints the version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('colour', () => {
  it('colours only where a person is looking', async () => {
    expect((await cli(ISW, { isTTY: true })).stdout).toMatch(ANSI);
    expect((await cli(ISW, { isTTY: false })).stdout).not.toMatch(ANSI);
    expect((await cli(ISW, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await cli(ISW, { isTTY: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
    expect((await cli([...ISW, '--no-color'], { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await cli(['--no-color', ...ISW], { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await cli([...ISW, '--json'], { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await cli(ISW, { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('says the same thing with colour as without', async () => {
    const coloured = (await cli(ISW, { isTTY: true })).stdout;
    const plain = (await cli(ISW)).stdout;
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });
});
