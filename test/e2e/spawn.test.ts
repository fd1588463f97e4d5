import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ISW_PROJECT as ISW } from '../helpers/isw.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}bin/attrition.cjs`;

function attrition(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the built binary', () => {
  beforeAll(() => {
    if (!existsSync(`${root}dist/cli.cjs`))
      throw new Error('dist/cli.cjs is missing: run npm run build (npm test does)');
  });

  it('reproduces the ISW case', () => {
    const run = attrition([...ISW, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).result.date).toBe('2025-04-15');
  });

  it('prints help and short help', () => {
    expect(attrition(['--help']).stdout).toContain('Usage: attrition');
    const bare = attrition([]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Examples');
  });

  it('reports bad input in one line with exit 2', () => {
    const run = attrition(['project', '--force', 'abc', '--rate', '92']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'attrition: --force "abc" is not a number such as 12000, 12k or 1.2e4, about 92 or LOW..HIGH\n',
    );
  });

  it('writes no colour codes when NO_COLOR is set or output is piped', () => {
    const forced = attrition(ISW, { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/\u001b\[/);
    expect(attrition(ISW, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
    expect(attrition(ISW).stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the same bytes in a time zone far east and one far west', () => {
    const args = [...ISW, '--casualties', '3800', '--as-of', 'January 16, 2025'];
    const east = attrition(args, { TZ: 'Pacific/Kiritimati' });
    const west = attrition(args, { TZ: 'Pacific/Pago_Pago' });
    const utc = attrition(args, { TZ: 'UTC' });
    expect(east.code).toBe(0);
    expect(east.stdout).toBe(west.stdout);
    expect(east.stdout).toBe(utc.stdout);
    expect(attrition([...args, '--json'], { TZ: 'Pacific/Kiritimati' }).stdout).toBe(
      attrition([...args, '--json'], { TZ: 'Pacific/Pago_Pago' }).stdout,
    );
  });
});

describe('pipes', () => {
  it('survives a closed stdout without a stack trace', () => {
    // Node reopens a closed standard stream on /dev/null before attrition runs, so a closed stdout
    // looks like `> /dev/null` from inside: the run succeeds and writes nothing anywhere.
    const run = spawnSync(
      'bash',
      ['--norc', '--noprofile', '-c', `"${process.execPath}" "${bin}" project --force 12000 --rate 92 >&-`],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('ends quietly with exit 0 when the reader goes away', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
