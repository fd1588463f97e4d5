import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// The invented corpus (test/fixtures/claims-corpus.json), each claim checked as a user would:
// `check "TEXT" --published DAY --json`, no verdict being exit 2. The corpus was written before the
// checker was tuned; the claims it still gets wrong are listed here with the reason, so that a
// change that mends one fails until it is taken off the list, and one that breaks another fails too.

interface CorpusClaim {
  id: string;
  text: string;
  published: string;
  claimant?: string;
  subject: string;
  expected: 'consistent' | 'tension' | 'inconsistent' | 'no-verdict';
}

const corpus = JSON.parse(
  readFileSync(new URL('../fixtures/claims-corpus.json', import.meta.url), 'utf8'),
) as CorpusClaim[];

/** Claims read wrongly today, and why. */
const KNOWN_MISSES: Record<string, string> = {};

async function verdictOf(claim: CorpusClaim) {
  const run = await cli(['check', claim.text, '--published', claim.published, '--json']);
  if (run.code === 2) return { verdict: 'no-verdict', result: null };
  expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
  const result = JSON.parse(run.stdout).result;
  return { verdict: result.verdict as string, result };
}

describe('the invented claims corpus', () => {
  it.each(corpus.map((c) => [c.id, c] as const))('%s', async (_id, claim) => {
    const { verdict, result } = await verdictOf(claim);
    if (KNOWN_MISSES[claim.id]) expect(verdict).not.toBe(claim.expected);
    else expect(verdict).toBe(claim.expected);
    // A claim about another force is never compared with the North Korean ledger.
    if (claim.subject !== 'north-korean' && result) {
      const ledgerIds = result.figures.flatMap((f: any) =>
        f.comparisons
          .map((c: any) => c.source?.ids?.[0])
          .filter((id: string | undefined) => id && id !== 'general-staff'),
      );
      expect(ledgerIds).toEqual([]);
    }
  });

  it('gets at least four claims in five right', () => {
    const right = corpus.filter((c) => !KNOWN_MISSES[c.id]).length;
    expect(right / corpus.length).toBeGreaterThanOrEqual(0.8);
  });
});
