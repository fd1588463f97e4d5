import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { echo } from '../../src/core/wording.js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bufferOutput } from '../../src/shell/io.js';
import { main } from '../../src/main.js';
import { cli } from '../helpers/cli.js';
import { elements, parseXml } from '../helpers/xml.js';
import { ISW_PROJECT as ISW } from '../helpers/isw.js';

// Counts loads of the chart command module, to show plain `project` never loads it.
const loads = vi.hoisted(() => ({ chart: 0 }));
vi.mock('../../src/commands/project/chart.js', async (importOriginal) => {
  loads.chart++;
  return importOriginal();
});

const AS_OF = [...ISW, '--casualties', '3800', '--as-of', '2025-01-16'];
const ANSI = /\u001b\[[0-9;]*m/g;
const dir = mkdtempSync(join(tmpdir(), 'attrition-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs attrition on a terminal of a given width. */
async function onTerminal(args: string[], columns: number) {
  const stdout = Object.assign(bufferOutput(true), { columns });
  const stderr = bufferOutput(true);
  const code = await main(args, { stdout, stderr, env: { NO_COLOR: '1' } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('attrition project --chart', () => {
  it('does not load the chart code unless a chart is asked for', async () => {
    expect((await cli(ISW)).code).toBe(0);
    expect((await cli([...ISW, '--json'])).code).toBe(0);
    expect(loads.chart).toBe(0);
    expect((await cli([...ISW, '--chart'])).code).toBe(0);
    expect(loads.chart).toBe(1);
  });

  it('prints the usual report, then the chart, 80 columns wide when not on a terminal', async () => {
    const plain = await cli(AS_OF);
    const run = await cli([...AS_OF, '--chart']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(`${plain.stdout}\n12,000 troops losing 92 a day from 2024-12-06\n`)).toBe(true);
    const chart = run.stdout.slice(plain.stdout.length);
    expect(chart).toContain('2024-12-06');
    expect(chart).toContain('2025-04-16');
    expect(chart).toContain('◆ 3,800 lost by 2025-01-16');
    expect(widest(chart)).toBeLessThanOrEqual(80);
    expect(widest(chart)).toBeGreaterThan(70);
    expect(chart).not.toMatch(ANSI);
  });

  it('fits the width of the terminal, up to 100 columns', async () => {
    const sizes: [number, number][] = [
      [40, 40],
      [100, 100],
      [120, 100],
    ];
    for (const [columns, width] of sizes) {
      const run = await onTerminal([...ISW, '--chart'], columns);
      const chart = run.stdout.slice(run.stdout.indexOf('12,000 troops losing'));
      expect(widest(chart)).toBeLessThanOrEqual(width);
      expect(widest(chart)).toBeGreaterThan(width - 10);
    }
  });

  it('colours the chart only where the report is coloured', async () => {
    expect((await cli([...ISW, '--chart'], { isTTY: true })).stdout).toMatch(ANSI);
    expect((await cli([...ISW, '--chart'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await cli([...ISW, '--chart', '--no-color'], { isTTY: true })).stdout).not.toMatch(ANSI);
  });
});

describe('attrition project --svg', () => {
  it('writes the SVG file and prints the usual report', async () => {
    const file = join(dir, 'chart.svg');
    const run = await cli([...AS_OF, '--svg', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe((await cli(AS_OF)).stdout);
    const doc = parseXml(readFileSync(file, 'utf8'));
    expect(elements(doc, 'g', 'marker', 'projected')).toHaveLength(1);
    expect(elements(doc, 'g', 'marker', 'asOf')).toHaveLength(1);
  });

  it('writes the file beside --json and --chart', async () => {
    const file = join(dir, 'with-json.svg');
    const run = await cli([...ISW, '--json', '--svg', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await cli([...ISW, '--json'])).stdout);
    expect(existsSync(file)).toBe(true);
    const both = await cli([...ISW, '--chart', '--svg', join(dir, 'with-chart.svg')]);
    expect(both.stdout).toBe((await cli([...ISW, '--chart'])).stdout);
  });

  it('with -, writes exactly one SVG document to stdout and nothing else', async () => {
    const run = await cli([...ISW, '--force', '11000..12000', '--rate', '80..92', '--svg', '-'], { isTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(run.stdout.endsWith('</svg>\n')).toBe(true);
    expect(run.stdout).not.toMatch(ANSI);
    expect(elements(parseXml(run.stdout), 'path', 'band')).toHaveLength(1);
  });
});

describe('the example in docs/', () => {
  it('is what attrition draws now for the command the README shows', async () => {
    // Regenerate with: attrition project --force 11000..12000 --rate 80..92 --casualties 3800 --as-of 2025-01-16 --svg
    // docs/project-chart.svg
    const run = await cli([
      'project',
      '--force',
      '11000..12000',
      '--rate',
      '80..92',
      '--casualties',
      '3800',
      '--as-of',
      '2025-01-16',
      '--svg',
      '-',
    ]);
    expect(run.stdout).toBe(readFileSync(new URL('../../docs/project-chart.svg', import.meta.url), 'utf8'));
  });
});

describe('chart requests that cannot be met: one line on stderr, exit 2, nothing on stdout', () => {
  const cases: [string, string[], string][] = [
    [
      '--chart with --json',
      [...ISW, '--chart', '--json'],
      '--chart draws on stdout, where --json writes its document; leave out one of them',
    ],
    [
      '--svg - with --json',
      [...ISW, '--svg', '-', '--json'],
      '--svg "-" writes the SVG to stdout, where --json writes; give a file such as chart.svg',
    ],
    [
      '--svg - with --chart',
      [...ISW, '--svg', '-', '--chart'],
      '--svg "-" writes the SVG to stdout, where --chart draws; give a file such as chart.svg',
    ],
    [
      'an empty file name',
      [...ISW, '--svg', ''],
      '--svg "" is not a file name; give one such as chart.svg, or - for stdout',
    ],
    [
      'a missing folder',
      [...ISW, '--svg', join(dir, 'no', 'such', 'chart.svg')],
      `--svg ${echo(join(dir, 'no', 'such', 'chart.svg'))} cannot be written: no such folder; give a writable file`,
    ],
    [
      'a folder',
      [...ISW, '--svg', dir],
      `--svg ${echo(dir)} cannot be written: it is a directory; give a writable file`,
    ],
    ['no file name', [...ISW, '--svg'], "option '--svg <file>' argument missing"],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`attrition: ${message}\n`);
  });

  it('writes no file when the projection itself is refused', async () => {
    const file = join(dir, 'refused.svg');
    const run = await cli(['project', '--force', '12000', '--rate', '0', '--svg', file]);
    expect(run.code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });
});
