import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// Claims written the way outlets and officials word them (the General Staff's own form, headlines,
// quotes, asides), with the verdict the references support. Unlike the invented corpus, these were
// collected while the readings were being mended: they guard what was mended, they do not measure it.

interface Claim {
  text: string;
  published: string;
  expected: 'consistent' | 'tension' | 'inconsistent' | 'no-verdict';
}

const claims = JSON.parse(
  readFileSync(new URL('../fixtures/claims-real-style.json', import.meta.url), 'utf8'),
) as Claim[];

describe('claims worded as outlets word them', () => {
  it('are many, across every verdict', () => {
    expect(claims.length).toBeGreaterThanOrEqual(100);
    expect(new Set(claims.map((c) => c.expected))).toEqual(
      new Set(['consistent', 'tension', 'inconsistent', 'no-verdict']),
    );
  });

  it.each(claims.map((c) => [c.text, c] as const))('%s', async (_, claim) => {
    const run = await cli(['check', claim.text, '--published', claim.published, '--json']);
    if (claim.expected === 'no-verdict') {
      expect(run.code, run.stdout).toBe(2);
      return;
    }
    expect(run.code, run.stderr).toBe(claim.expected === 'inconsistent' ? 1 : 0);
    expect(JSON.parse(run.stdout).result.verdict).toBe(claim.expected);
  });
});
