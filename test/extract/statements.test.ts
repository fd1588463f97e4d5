import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, FIGURE_QUALIFIERS } from '../../src/extract/types.js';
import { describeScore, readCorpus, scoreCorpus, TARGET_KINDS } from './corpus-score.js';

const statements = readCorpus(fileURLToPath(new URL('./corpus/statements.jsonl', import.meta.url)));
const PERIOD = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

describe('the corpus of dated statements', () => {
  it('is well formed: 80 or more statements, each figure with a kind, a value and the date it refers to', () => {
    expect(statements.length).toBeGreaterThanOrEqual(80);
    for (const line of statements) {
      expect(line.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const f of line.figures) {
        expect(FIGURE_KINDS).toContain(f.kind);
        expect(FIGURE_QUALIFIERS).toContain(f.qualifier);
        expect(f.date === null || PERIOD.test(f.date!)).toBe(true);
        if (f.kind === 'share') expect([f.of, f.counts].every((x) => typeof x === 'string')).toBe(true);
      }
    }
  });
});

// Misses are not printed: the corpus is for measuring, never for tuning.
describe('accuracy on dated statements (held out)', () => {
  it('≥ 95 % of values, ≥ 90 % of kinds and ≥ 85 % of dates right; shares say what they are of', () => {
    const s = scoreCorpus(statements, TARGET_KINDS);
    const all = scoreCorpus(statements);
    console.log(describeScore('statements (force, casualties, killed, wounded, rate)', s));
    console.log(describeScore('statements (every kind)', all));
    expect(s.values / s.figures).toBeGreaterThanOrEqual(0.95);
    expect(s.kinds / s.figures).toBeGreaterThanOrEqual(0.9);
    expect(all.datesRight / all.dates).toBeGreaterThanOrEqual(0.85);
    expect(all.sharesRight / all.shares).toBeGreaterThanOrEqual(0.85);
    expect(all.apartRight).toBe(all.apart);
  });
});
