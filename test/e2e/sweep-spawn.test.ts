import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARALLEL_ROWS } from '../../src/shell/sweep-stream.js';
import { cli } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}bin/attrition.cjs`;
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('sweep through pipes (the built binary)', () => {
  it('ends quietly with exit 0 when `| head -1` stops reading', () => {
    const run = spawnSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `set -o pipefail; "${process.execPath}" "${bin}" sweep --force 1..100000:1 --rate 1..500:1 | head -1`,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    expect(run.stdout).toBe('force,rate,start,threshold,daysFromStart,date,label\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('ends quietly when the reader goes away in the middle of a large sweep', async () => {
    const child = spawn(
      process.execPath,
      [bin, 'sweep', '--force', '1..100000:1', '--rate', '1..500:1', '--format', 'ndjson'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > 1 << 20) child.stdout.destroy();
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(seen).toBeGreaterThan(1 << 20);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('delivers a large sweep whole through a slow pipe, the same bytes as in-process', async () => {
    // Above PARALLEL_ROWS, so the binary formats it in worker threads on a machine with cores to spare.
    const args = ['sweep', '--force', '10000..10599:1', '--rate', '50..150:0.1', '--format', 'json'];
    const rows = 600 * 1001;
    expect(rows).toBeGreaterThan(PARALLEL_ROWS);
    const expected = await cli(args);
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), chunks.length % 50 === 0 ? 20 : 0);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const output = Buffer.concat(chunks);
    expect(output.length).toBe(Buffer.byteLength(expected.stdout));
    expect(sha(output)).toBe(sha(expected.stdout));
    expect(JSON.parse(output.toString('utf8')).result.rows).toHaveLength(rows);
  }, 60_000);

  it('delivers more than 50 MB whole through a pipe to wc -c', async () => {
    const args = ['sweep', '--force', '1..1000000:1', '--rate', '92'];
    const expected = Buffer.byteLength((await cli(args)).stdout);
    expect(expected).toBeGreaterThan(50_000_000);
    const run = spawnSync(
      'bash',
      ['--norc', '--noprofile', '-c', `set -o pipefail; "${process.execPath}" "${bin}" ${args.join(' ')} | wc -c`],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    expect(run.status).toBe(0);
    expect(Number(run.stdout.trim())).toBe(expected);
  }, 60_000);

  it('writes the same bytes with one thread and with several', () => {
    const args = [bin, 'sweep', '--force', '10000..10599:1', '--rate', '50..150:0.1'];
    const run = (threads: string) =>
      spawnSync(process.execPath, args, {
        env: { PATH: process.env.PATH ?? '', ATTRITION_THREADS: threads },
        maxBuffer: 1 << 28,
      });
    const one = run('1');
    const several = run('3');
    expect(one.status).toBe(0);
    expect(several.status).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(30_000_000);
    expect(sha(several.stdout)).toBe(sha(one.stdout));
  }, 60_000);

  it('steps a large scenario sweep in worker threads, the same bytes as in one thread', () => {
    // 512 × 1,024 rows, above PARALLEL_ROWS; each is lost within days, so the run stays short.
    const args = [
      bin,
      'sweep',
      '--force',
      '1000..1511:1',
      '--rate',
      '100..1123:1',
      '--phase',
      '2024-12-10=50',
      '--on',
      '2024-12-08',
      '--format',
      'ndjson',
    ];
    expect(512 * 1024).toBeGreaterThanOrEqual(PARALLEL_ROWS);
    const run = (threads: string) =>
      spawnSync(process.execPath, args, {
        env: { PATH: process.env.PATH ?? '', ATTRITION_THREADS: threads },
        maxBuffer: 1 << 28,
      });
    const one = run('1');
    const several = run('2');
    expect(one.status).toBe(0);
    expect(several.status).toBe(0);
    expect(one.stdout.toString('utf8').split('\n')[0]).toBe(
      '{"force":1000,"rate":100,"start":"2024-12-06","threshold":1,"daysFromStart":16,"date":"2024-12-21",' +
        '"label":"late December 2024","strengthOn":700}',
    );
    expect(sha(several.stdout)).toBe(sha(one.stdout));
  }, 60_000);

  it('prints the same bytes in a time zone far east and one far west', () => {
    const runs = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((TZ) =>
      [
        [
          'sweep',
          '--force',
          '10000..13000:500',
          '--rate',
          '60..120:10',
          '--start',
          '2024-12-01..2024-12-31:1w',
          '--format',
          'ndjson',
        ],
        [
          'project',
          '--force',
          '11000..12000',
          '--rate',
          '80..92',
          '--start',
          '2024-12-01..2024-12-09',
          '--samples',
          '10000',
          '--seed',
          '3',
        ],
      ].map(
        (args) =>
          spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ } })
            .stdout,
      ),
    );
    expect(runs[0]![0]!.length).toBeGreaterThan(1000);
    expect(runs[0]).toEqual(runs[1]);
  });
});
