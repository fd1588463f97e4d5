import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { echo } from '../../src/core/wording.js';
import { extractFigures } from '../../src/index.js';
import { cli as run80, cliJson } from '../helpers/cli.js';

/** These reports are read at the widest a report gets: a 100-column terminal. */
const cli: typeof run80 = (args, options = {}) => run80(args, { columns: 100, ...options });

const fixture = fileURLToPath(new URL('../fixtures/dispatch.txt', import.meta.url));
const oneLineError = (run: { code: number; stdout: string; stderr: string }) => {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^attrition: [^\n]+\n$/);
};

describe('attrition extract FILE', () => {
  it('lists the figures of a file, grouped under their sentences', async () => {
    const run = await cli(['extract', fixture]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchSnapshot();
  });

  it('prints one JSON document with the input echoed and the figures as the result', async () => {
    const doc = await cliJson(['extract', fixture, '--published', '2024-04-05']);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      command: 'extract',
      input: { file: fixture, published: '2024-04-05' },
    });
    const brief = doc.result.figures.map((f: any) => [
      f.kind,
      f.kind === 'date' ? f.date.label : (f.value ?? (f.low !== undefined ? [f.low, f.high] : null)),
      f.qualifier,
    ]);
    expect(brief).toEqual([
      ['date', 'late March 2024', 'exact'],
      ['force', 4500, 'approximately'],
      ['date', '2 April 2024', 'exact'],
      ['rate', [30, 40], 'range'],
      ['date', 'late March 2024', 'exact'],
      ['wounded', null, 'vague'],
      ['share', 0.25, 'nearly'],
      ['duration', 6, 'exact'],
      ['date', '3 April 2024', 'exact'],
      ['killed', 210, 'exact'],
      ['wounded', 900, 'at-least'],
    ]);
  });

  it('returns the same figures from the library as under "result"', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = await cliJson(['extract', fixture]);
    expect(doc.result.figures).toEqual(extractFigures(readFileSync(fixture, 'utf8')));
  });

  it('resolves years against --published, and says so', async () => {
    const text = 'Losses began in early December and reached 3,800 by mid-January.';
    const dir = mkdtempSync(path.join(tmpdir(), 'attrition-'));
    const file = path.join(dir, 'claim.txt');
    writeFileSync(file, text);
    const without = await cliJson(['extract', file]);
    expect(without.result.figures[0].date).toEqual({ label: 'early December', relation: 'in' });
    const run = await cli(['extract', file, '--published', '17 Jan 2025']);
    expect(run.stdout).toContain('years resolved against 2025-01-17');
    expect(run.stdout).toMatch(/3,800 casualties +by mid-January 2025/);
    const dated = await cliJson(['extract', file, '--published', '2025-01-17']);
    expect(dated.result.figures.map((f: any) => f.date.first)).toEqual(['2024-12-01', '2025-01-11', '2025-01-11']);
  });

  it('says so when there is nothing to list', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrition-'));
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, 'No numbers here at all.\n');
    expect(await cli(['extract', file])).toEqual({ code: 0, stdout: 'No figures found.\n', stderr: '' });
    expect((await cliJson(['extract', file])).result).toEqual({ figures: [] });
  });
});

describe('attrition extract - (piped text)', () => {
  const text = 'At least 100 soldiers were killed and another 1,000 wounded.';

  it('reads piped text with - and with no FILE at all', async () => {
    for (const args of [
      ['extract', '-', '--json'],
      ['extract', '--json'],
    ]) {
      const run = await cli(args, { stdin: text });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).result.figures.map((f: any) => `${f.kind} ${f.value} ${f.qualifier}`)).toEqual([
        'killed 100 at-least',
        'wounded 1000 exact',
      ]);
    }
  });

  it('does not wait on a terminal: one line of help, exit 2', async () => {
    for (const args of [['extract'], ['extract', '-'], ['extract', '--json']]) {
      const run = await cli(args);
      oneLineError(run);
      expect(run.stderr).toContain('reads piped text, but stdin is a terminal; give a file, or pipe text in');
    }
  });
});

describe('attrition extract: bad input is one line, exit 2', () => {
  it('names a file that does not exist, or is a directory, or is not text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrition-'));
    const binary = path.join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const cases: [string, string][] = [
      [path.join(dir, 'missing.txt'), 'no such file'],
      [dir, 'it is a directory'],
      [binary, 'it has NUL bytes, not text'],
    ];
    for (const [file, problem] of cases) {
      const run = await cli(['extract', file]);
      oneLineError(run);
      expect(run.stderr).toBe(
        `attrition: FILE ${echo(file)} cannot be read: ${problem}; give a text file, or - for stdin\n`,
      );
    }
  });

  it('names --published and what it accepts', async () => {
    const run = await cli(['extract', fixture, '--published', 'last week']);
    oneLineError(run);
    expect(run.stderr).toBe(
      'attrition: --published "last week" is not a date (2024-12-06) or a period (mid-April 2025)\n',
    );
  });

  it('checks --published before it reads anything', async () => {
    const run = await cli(['extract', '--published', '2025-02-30']);
    oneLineError(run);
    expect(run.stderr).toContain('--published "2025-02-30"');
  });

  it('refuses a second FILE', async () => {
    const run = await cli(['extract', fixture, fixture]);
    oneLineError(run);
    expect(run.stderr).toContain('too many arguments');
  });
});

describe('attrition extract on a long text', () => {
  // Longer than the piece extract reads at a time, so it is read and written a piece at a time.
  const paragraph = (i: number) =>
    `About ${1000 + i} troops were sent in early December, and ${i % 300} were killed by 13 January, ` +
    `officials said in report ${i}. Since then they have lost 92 a day.`;
  const text = Array.from({ length: 2500 }, (_, i) => `${paragraph(i)}${i % 3 ? ' ' : '\n\n'}`).join('');
  const dir = mkdtempSync(path.join(tmpdir(), 'attrition-long-'));
  const file = path.join(dir, 'long.txt');
  writeFileSync(file, text);

  it('writes the JSON document of the whole text, byte for byte', async () => {
    expect(text.length).toBeGreaterThan(1 << 18);
    const run = await cli(['extract', file, '--published', '2025-01-17', '--json']);
    expect(run.code).toBe(0);
    const figures = extractFigures(text, { published: 20105 });
    const whole = {
      schemaVersion: 1,
      command: 'extract',
      input: { file, published: '2025-01-17' },
      result: { figures },
    };
    expect(run.stdout).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('says it reads a piece at a time, and ends with the count', async () => {
    const run = await cli(['extract', file, '--published', '2025-01-17']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Figures of a long text, read a piece at a time; years resolved against 2025-01-17');
    expect(lines.at(-1)).toBe(`${extractFigures(text).length.toLocaleString('en-US')} figures in all.`);
    expect(lines.filter((l) => l.startsWith('  force ')).length).toBe(2500);
  });
});
