import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { echo } from '../../src/core/wording.js';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineError } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'attrition-files-'));
const missing = join(dir, 'missing');
const ISW = ['project', '--force', '12000', '--rate', '92'];

/** Every flag or operand that names a file to read: how to pass it a path, and what its errors say is accepted. */
const FILE_ARGUMENTS: { name: string; args: (path: string) => string[]; accepts: string }[] = [
  { name: 'FILE', args: (p) => ['extract', p], accepts: 'a text file, or - for stdin' },
  { name: '--text', args: (p) => ['check', '--text', p], accepts: 'a text file, or - for stdin' },
  {
    name: '--ledger',
    args: (p) => ['check', '--ledger', p],
    accepts: 'a JSON ledger',
  },
  {
    name: '--ledger',
    args: (p) => ['claims', '--ledger', p],
    accepts: 'a JSON ledger',
  },
  {
    name: '--ledger',
    args: (p) => ['fit', '--ledger', p],
    accepts: 'a JSON ledger',
  },
  {
    name: '--ledger-points',
    args: (p) => [...ISW, '--chart', '--ledger-points', p],
    accepts: 'a JSON ledger',
  },
  {
    name: 'FILE',
    args: (p) => ['fit', p],
    accepts: 'dated counts or -',
  },
  {
    name: '--scenarios',
    args: (p) => ['sweep', '--scenarios', p],
    accepts: 'a JSON file',
  },
];

const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every file a command reads is refused in one wording: flag, value, what went wrong, what is accepted', () => {
  it.each(FILE_ARGUMENTS.map((a) => [a.args('PATH').join(' '), a] as const))(
    '%s',
    async (_label, { name, args, accepts }) => {
      for (const [path, problem] of [
        [missing, 'no such file'],
        [dir, 'it is a directory'],
      ] as const) {
        const expected = `${name} ${echo(path)} cannot be read: ${problem}; give ${accepts}`;
        expectOneLineError(await cli(args(path)), new RegExp(`^${quoted(expected)}$`));
      }
    },
  );
});

describe('every "-" reads standard input one way', () => {
  const PIPED: [string, string[]][] = [
    ['FILE', ['extract', '-']],
    ['--text', ['check', '--text', '-']],
    ['FILE', ['fit', '-']],
  ];

  it.each(PIPED)('%s in %j refuses a terminal instead of waiting on it', async (name, args) => {
    expectOneLineError(
      await cli(args),
      new RegExp(`^${quoted(`${name} - reads piped text, but stdin is a terminal; `)}`),
    );
  });

  it.each(PIPED)('%s in %j refuses NUL bytes', async (name, args) => {
    const run = await cli(args, { stdin: '2024-12-15,920\n\u0000\n2025-01-10,3900\n' });
    expectOneLineError(run, new RegExp(`^${quoted(`${name} "-" cannot be read: it has NUL bytes, not text; give `)}`));
  });

  it('fit reads piped reports as it reads a file', async () => {
    const run = await cli(['fit', '-', '--json'], { stdin: '2024-12-15,920\n2025-01-10,3900\n2025-01-20,4900\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).input.file).toBe('-');
  });
});
