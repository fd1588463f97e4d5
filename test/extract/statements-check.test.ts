import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { readCorpus } from './corpus-score.js';

// Twenty dated statements of the held-out corpus, checked as claims, with ISW's rate given as a flag
// so that a count and its date can be checked.
const statements = readCorpus(fileURLToPath(new URL('./corpus/statements.jsonl', import.meta.url)))
  .filter((line) => line.figures.length > 0)
  .slice(0, 20);

/** The section of check's human output that checks the claim's own arithmetic, with the figures it used. */
const figuresSection = (out: string): string => {
  const start = out.indexOf("\nThe claim's own arithmetic");
  // Wrapped lines are joined, so a quoted figure broken across two lines is still found.
  return start < 0 ? '' : out.slice(start, out.indexOf('\nAssumptions\n', start)).replace(/\s+/g, ' ');
};
const numbers = (s: string): string[] => s.match(/\d[\d,.]*\d|\d/g) ?? [];

describe('check "TEXT" on dated statements', () => {
  it.each(statements.map((line) => [line.text, line.published]))('%s', async (text, published) => {
    const args = ['check', text, '--published', published, '--rate', '92', '--details'];
    const human = await cli(args);
    expect([0, 1, 2]).toContain(human.code);
    if (human.code === 2) {
      expect(human.stdout).toBe('');
      expect(human.stderr).toMatch(/^attrition: [^\n]+\n$/);
      return;
    }
    const json = await cli([...args, '--json']);
    expect(json.code).toBe(human.code);
    const doc = JSON.parse(json.stdout);
    const shown = figuresSection(human.stdout);
    // Every figure used is in the Figures table, quoted from where the text has it.
    for (const source of Object.values(doc.input.sources) as {
      from: string;
      text: string;
      span?: [number, number];
    }[]) {
      if (source.from === 'text') {
        expect(text.slice(...source.span!)).toBe(source.text);
        expect(shown).toContain(`"${source.text}"`);
      }
    }
    // No check states a figure the table does not show.
    for (const check of doc.result.checks as { stated?: string }[]) {
      for (const n of numbers(check.stated ?? '')) expect(shown).toContain(n);
    }
    // A figure is either used or set aside, never both.
    const used = new Set(Object.values(doc.input.sources).map((s) => JSON.stringify((s as { span?: unknown }).span)));
    for (const aside of doc.input.setAside as { span: [number, number] }[])
      expect(used.has(JSON.stringify(aside.span))).toBe(false);
  });
});
