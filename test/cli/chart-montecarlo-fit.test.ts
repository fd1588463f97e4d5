import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dayFromParts } from '../../src/core/dates.js';
import { bufferOutput } from '../../src/shell/io.js';
import { main } from '../../src/main.js';
import { CHART_ERRORS } from '../fixtures/errors.js';
import { cli } from '../helpers/cli.js';
import { elements, parseXml } from '../helpers/xml.js';
import { ISW_PROJECT as ISW } from '../helpers/isw.js';

// Counts loads of the chart modules, to show runs without a chart never load them.
const loads = vi.hoisted(() => ({ montecarlo: 0, fit: 0, output: 0 }));
vi.mock('../../src/commands/project/montecarlo-chart.js', async (importOriginal) => {
  loads.montecarlo++;
  return importOriginal();
});
vi.mock('../../src/commands/fit/chart.js', async (importOriginal) => {
  loads.fit++;
  return importOriginal();
});
vi.mock('../../src/commands/chart-output.js', async (importOriginal) => {
  loads.output++;
  return importOriginal();
});

const MC = ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '20000', '--seed', '7'];
const FIT = ['fit', 'test/fixtures/reports.csv', '--force', '12000'];
const ANSI = /\u001b\[[0-9;]*m/g;
const dir = mkdtempSync(join(tmpdir(), 'attrition-charts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

async function onTerminal(args: string[], columns: number) {
  const stdout = Object.assign(bufferOutput(true), { columns });
  const stderr = bufferOutput(true);
  const code = await main(args, { stdout, stderr, env: { NO_COLOR: '1' } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('loading', () => {
  it('loads no chart code for Monte Carlo or fit runs without a chart', async () => {
    expect((await cli(MC)).code).toBe(0);
    expect((await cli([...MC, '--json'])).code).toBe(0);
    expect((await cli(FIT)).code).toBe(0);
    expect(loads).toEqual({ montecarlo: 0, fit: 0, output: 0 });
    expect((await cli([...MC, '--chart'])).code).toBe(0);
    expect((await cli([...FIT, '--chart'])).code).toBe(0);
    expect(loads).toEqual({ montecarlo: 1, fit: 1, output: 1 });
  });
});

describe('attrition project --samples N --chart / --svg', () => {
  it('prints the usual report, then the chart, 80 columns wide when not on a terminal', async () => {
    const plain = await cli(MC);
    const run = await cli([...MC, '--chart']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(`${plain.stdout}\n11,000–12,000 troops losing 80–92 a day from 2024-12-06\n`)).toBe(
      true,
    );
    const chart = run.stdout.slice(plain.stdout.length);
    const q = JSON.parse((await cli([...MC, '--json'])).stdout).result.quantiles;
    expect(chart).toContain(`● median ${q.p50}`);
    expect(chart).toContain(`○ 5th percentile ${q.p5}`);
    expect(chart).toContain('░ 5th to 95th percentile dates');
    expect(widest(chart)).toBeLessThanOrEqual(80);
    expect(chart).not.toMatch(ANSI);
  });

  it('fits the width of the terminal, up to 100 columns', async () => {
    const sizes: [number, number][] = [
      [40, 40],
      [100, 100],
      [120, 100],
    ];
    for (const [columns, width] of sizes) {
      const run = await onTerminal([...MC, '--chart'], columns);
      const chart = run.stdout.slice(run.stdout.indexOf('11,000–12,000 troops losing'));
      expect(widest(chart)).toBeLessThanOrEqual(width);
      expect(widest(chart)).toBeGreaterThan(width - 10);
    }
  });

  it(
    'writes the SVG file with the band and the percentile ' + 'markers, and prints the report or JSON as usual',
    async () => {
      const file = join(dir, 'mc.svg');
      const run = await cli([...MC, '--svg', file]);
      expect(run.stdout).toBe((await cli(MC)).stdout);
      const doc = parseXml(readFileSync(file, 'utf8'));
      expect(elements(doc, 'path', 'band')).toHaveLength(1);
      expect(elements(doc, 'g', 'marker', 'bound')).toHaveLength(2);
      expect(elements(doc, 'g', 'marker', 'projected')).toHaveLength(1);
      const json = await cli([...MC, '--json', '--svg', join(dir, 'mc-json.svg')]);
      expect(json.stdout).toBe((await cli([...MC, '--json'])).stdout);
      expect(existsSync(join(dir, 'mc-json.svg'))).toBe(true);
    },
  );

  it('with --svg -, writes only the SVG to stdout; a chosen seed is still named on stderr', async () => {
    const run = await cli([...MC, '--svg', '-'], { isTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(run.stdout.endsWith('</svg>\n')).toBe(true);
    expect(run.stdout).not.toMatch(ANSI);
    const unseeded = await cli(MC.filter((a, i) => a !== '--seed' && MC[i - 1] !== '--seed').concat('--svg', '-'));
    expect(unseeded.stderr).toMatch(/^attrition: seed \d+ chosen; add --seed \d+ to repeat this run\n$/);
    expect(parseXml(unseeded.stdout).documentElement!.tagName).toBe('svg');
  });

  it('marks the seeds ledger with --ledger-points, at the central force less each count', async () => {
    const run = await cli([...MC, '--chart', '--ledger-points']);
    expect(run.stdout).toContain('× ledger: C casualties (claimant, date) drawn at 11,500 − C:');
    expect(run.stdout).toContain('  2 Zelensky, early January 2025: about 3,800');
  });
});

describe('attrition fit --chart / --svg', () => {
  it('prints the report, then cumulative casualties over time; warnings stay on stderr', async () => {
    const plain = await cli(FIT);
    const run = await cli([...FIT, '--chart']);
    expect(run.code).toBe(0);
    expect(
      run.stdout.startsWith(
        `${plain.stdout}\nCumulative casualties from test/fixtures/reports.csv: 84.14 a day fitted\ncumulative ` +
          `casualties\n`,
      ),
    ).toBe(true);
    const chart = run.stdout.slice(plain.stdout.length);
    expect(chart).toContain('◆ 4 reports from test/fixtures/reports.csv:');
    expect(chart).toContain('  2 2025-01-13: 3,000 (NIS)');
    expect(chart).toContain('● 12,000 lost 2025-04-26 (late April 2025)');
    expect(widest(chart)).toBeLessThanOrEqual(80);
    const few = await cli(['fit', '-', '--chart'], { stdin: '2025-01-01,100\n2025-01-10,1000\n' });
    expect(few.stderr).toBe(
      'attrition: warning: only 2 reports: a line fits them exactly, so there is no confidence interval (it ' +
        'needs three or more)\n',
    );
    expect(few.stdout).toContain('Cumulative casualties from stdin: 100 a day fitted');
  });

  it('with --svg -, writes only the SVG: reports, fitted line, band, projection and tags', async () => {
    const run = await cli([...FIT, '--svg', '-']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^attrition: warning: the series does not begin near zero \(1,800 on 2024-12-25\)/);
    const doc = parseXml(run.stdout);
    expect(elements(doc, 'g', 'marker', 'asOf')).toHaveLength(4);
    expect(elements(doc, 'path', 'band')).toHaveLength(1);
    expect(elements(doc, 'path', 'series', 'main')).toHaveLength(2);
    expect(elements(doc, 'g', 'marker', 'projected')).toHaveLength(1);
    expect(elements(doc, 'text', 'tag').map((t) => t.textContent)).toEqual([
      '25 Dec 2024',
      'NIS, 13 Jan 2025',
      'Zelensky, 16 Jan 2025',
      'UK MoD, 20 Jan 2025',
    ]);
  });

  it('marks ledger figures at their own counts', async () => {
    const run = await cli([...FIT, '--svg', '-', '--ledger-points']);
    const doc = parseXml(run.stdout);
    const values = elements(doc, 'g', 'marker', 'reported').map((g) => Number(g.getAttribute('data-value')));
    expect(values).toEqual([1100, 3800, 3000, 4000, 3600]);
    expect(run.stdout).toContain('ledger: C casualties (claimant, date)</text>');
  });
});

describe('--ledger-points FILE', () => {
  it("marks another ledger's dated counts", async () => {
    const run = await cli([...ISW, '--chart', '--ledger-points', 'test/fixtures/ledger-small.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '× ledger: C casualties (claimant, date) drawn at 12,000 − C:\n  1 Monitor, 2025-02-01: 5,000\n',
    );
    const svg = parseXml(
      (await cli([...ISW, '--svg', '-', '--ledger-points', 'test/fixtures/ledger-small.json'])).stdout,
    );
    expect(
      elements(svg, 'g', 'marker', 'reported').map((g) => [g.getAttribute('data-at'), g.getAttribute('data-value')]),
    ).toEqual([[String(dayFromParts(2025, 2, 1)! + 1), '7000']]);
  });
});

describe('the Monte Carlo example in docs/', () => {
  it('is what attrition draws now for the command the README shows', async () => {
    // Regenerate with: attrition project --force 11000..12000 --rate 80..92 --samples 100000 --seed 7 --ledger-points
    // --svg docs/montecarlo-chart.svg
    const run = await cli([
      'project',
      '--force',
      '11000..12000',
      '--rate',
      '80..92',
      '--samples',
      '100000',
      '--seed',
      '7',
      '--ledger-points',
      '--svg',
      '-',
    ]);
    expect(run.stdout).toBe(readFileSync(new URL('../../docs/montecarlo-chart.svg', import.meta.url), 'utf8'));
  });
});

describe('chart requests that cannot be met: one line on stderr, exit 2, nothing on stdout', () => {
  it.each(CHART_ERRORS)('%s', async (_name, args, expected) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^attrition: /);
    expect(run.stderr.slice('attrition: '.length).trimEnd()).toMatch(expected);
  });
});
