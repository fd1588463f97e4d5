import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Invented, dated claims across subjects, each with the verdict a careful fact-checker gives
// against the built-in references (the seeds ledger for North Korean forces, Ukraine's General
// Staff series for Russian forces over the whole war). This file checks the corpus itself: its
// shape and its spread over subjects and verdicts.

const SUBJECTS = ['north-korean', 'russian-whole-war', 'russian-one-front', 'ukrainian', 'wagner', 'other'] as const;
const VERDICTS = ['consistent', 'tension', 'inconsistent', 'no-verdict'] as const;
const KEYS = ['id', 'text', 'published', 'claimant', 'subject', 'expected', 'why'];

interface CorpusClaim {
  id: string;
  text: string;
  published: string;
  claimant?: string;
  subject: (typeof SUBJECTS)[number];
  expected: (typeof VERDICTS)[number];
  why: string;
}

const corpus = JSON.parse(
  readFileSync(new URL('../fixtures/claims-corpus.json', import.meta.url), 'utf8'),
) as CorpusClaim[];

const isCalendarDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

const countBy = <K extends string>(key: (c: CorpusClaim) => K) => {
  const counts = new Map<K, number>();
  for (const c of corpus) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return counts;
};

describe('the claims corpus', () => {
  it('is an array of at least 40 claims with unique ids', () => {
    expect(Array.isArray(corpus)).toBe(true);
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.id, c] as const))('%s has the expected shape', (_, c) => {
    for (const key of Object.keys(c)) expect(KEYS).toContain(key);
    expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(typeof c.text).toBe('string');
    // One or two sentences, with at least one figure in them.
    expect(c.text.trim().length).toBeGreaterThan(20);
    expect(c.text.match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(c.text).toMatch(/\d|\bone\b|\bhalf\b|\bthird\b/i);
    expect(isCalendarDay(c.published)).toBe(true);
    if (c.claimant !== undefined) expect(c.claimant.trim().length).toBeGreaterThan(0);
    expect(SUBJECTS).toContain(c.subject);
    expect(VERDICTS).toContain(c.expected);
    // The fact-checker's reasoning: one line, with its arithmetic when a verdict is given.
    expect(c.why.trim().length).toBeGreaterThan(10);
    expect(c.why).not.toMatch(/\n/);
    if (c.expected !== 'no-verdict') expect(c.why).toMatch(/\d/);
  });

  it('represents every subject, with at least 4 claims each except "other"', () => {
    const bySubject = countBy((c) => c.subject);
    for (const subject of SUBJECTS)
      expect(bySubject.get(subject) ?? 0).toBeGreaterThanOrEqual(subject === 'other' ? 1 : 4);
  });

  it('gives North Korean claims every verdict, and whole-war Russian claims every verdict but none', () => {
    const verdicts = (subject: string) => new Set(corpus.filter((c) => c.subject === subject).map((c) => c.expected));
    expect([...verdicts('north-korean')].sort()).toEqual([...VERDICTS].sort());
    expect([...verdicts('russian-whole-war')].sort()).toEqual(['consistent', 'inconsistent', 'tension']);
  });

  it('gives no verdict on a subject no reference covers unless the claim contradicts itself', () => {
    for (const c of corpus.filter((x) => x.subject === 'ukrainian' || x.subject === 'wagner')) {
      expect(['no-verdict', 'inconsistent']).toContain(c.expected);
      if (c.expected === 'inconsistent') expect(c.why).toMatch(/^own arithmetic/);
    }
  });
});
