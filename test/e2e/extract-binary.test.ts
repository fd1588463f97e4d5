import { spawnSync } from 'node:child_process';
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
