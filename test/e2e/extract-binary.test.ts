import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/attrition.cjs', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('the built binary reads piped text from the real standard input', () => {
  it('extracts from a pipe with - and with no FILE', () => {
    const text = 'About 12,000 troops were sent, and 92 a day were lost by mid-April 2025.\n';
    for (const args of [
      ['extract', '-', '--json'],
      ['extract', '--json'],
    ]) {
      const result = run(args, text);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const kinds = JSON.parse(result.stdout).result.figures.map((f: { kind: string }) => f.kind);
      expect(kinds).toEqual(['force', 'rate', 'date']);
    }
  });

  it('reads a large pipe whole', () => {
    const text = 'Officials said 300 soldiers were killed.\n'.repeat(20_000);
    const result = run(['extract', '-', '--json'], text);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).result.figures).toHaveLength(20_000);
  });

  it('writes terminal controls from the text escaped, never raw, and reads no figure out of them', () => {
    const text = 'About 12,000 troops \x1b[2J\x1b[31mFAKE\x1b[0m lost 3,000 by 13 January 2025. \x1b]0;owned\x07\n';
    const result = run(['extract', '-'], text);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(result.stdout).toContain('\\x1b[2J\\x1b[31mFAKE\\x1b[0m');
    const { figures } = JSON.parse(run(['extract', '-', '--json'], text).stdout).result;
    const kinds = figures.map((f: { kind: string; value?: number }) => `${f.kind} ${f.value ?? ''}`.trim());
    expect(kinds).toEqual(['force 12000', 'casualties 3000', 'date']);
  });
});

describe('the built binary reads a long text in bounded memory', () => {
  // 5.6 MB of dense reporting: read whole, its tokens and figures alone need several hundred MB.
  const sentence = (i: number) =>
    `About ${1000 + (i % 9000)} troops were sent in early December and ${i % 500} were killed by 13 January, ` +
    `officials said in report ${i}.${i % 5 === 4 ? '\n\n' : ' '}`;
  const text = Array.from({ length: 50_000 }, (_, i) => sentence(i)).join('');
  const dir = mkdtempSync(path.join(tmpdir(), 'attrition-long-'));
  const file = path.join(dir, 'long.txt');
  writeFileSync(file, text);
  const bounded = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--max-old-space-size=48', bin, ...args], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 29,
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('extracts every figure of a 5.6 MB file with a 48 MB heap', () => {
    expect(text.length).toBeGreaterThan(5_500_000);
    const result = bounded(['extract', file, '--published', '2025-01-17']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('200,000 figures in all.');
  }, 120_000);

  it('reads the same text piped to standard input', () => {
    const result = bounded(['extract', '-', '--published', '2025-01-17'], text);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('200,000 figures in all.');
    // The spans count from the start of the whole text, across the pieces.
    const span = lines.at(-3)!.match(/(\d+)–(\d+)$/)!;
    expect(text.slice(Number(span[1]), Number(span[2]))).toBe('13 January');
  }, 120_000);
});
