import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/parse/days.js';
import type { Day } from '../../src/core/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import { figureSubjects } from '../../src/extract/subject.js';
import { readCorpus } from './corpus-score.js';

const texts = ['dev', 'holdout', 'statements'].flatMap((name) =>
  readCorpus(fileURLToPath(new URL(`./corpus/${name}.jsonl`, import.meta.url))).map((c) => c.text),
);
const day = (iso: string): Day => (parseDay(iso) as { value: Day }).value;
const OPTIONS = [
  {},
  { baseline: day('2024-12-06') },
  { published: day('2025-01-16') },
  { baseline: day('2022-02-24') },
];

/** Messes with every object a result holds, as a caller might, to show that the next reading does not share them. */
function scribble(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) scribble(item);
    value.length = 0;
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      scribble(item);
      (value as Record<string, unknown>)[key] = 'scribbled';
    }
  }
}

describe('a text read again', () => {
  it('gives the figures a first reading gives, with any options, after its last reading was changed', () => {
    for (const text of texts) {
      for (const options of OPTIONS) {
        // A reading of another text first: the reading below is the text's first.
        extractFigures('Another text, with 1,000 troops.');
        const first = extractFigures(text, options);
        for (const other of OPTIONS) scribble(extractFigures(text, other));
        expect(extractFigures(text, options)).toEqual(first);
      }
    }
  });

  it('gives the subjects a first reading gives', () => {
    for (const text of texts) {
      const spans = [[0, 0] as const, ...extractFigures(text).map((f) => f.span)];
      figureSubjects('Another text, about Russian forces.', [[0, 0]]);
      const first = figureSubjects(text, spans);
      scribble(figureSubjects(text, spans.slice(1)));
      scribble(figureSubjects(text, spans, { claimant: 'Ukraine' }));
      expect(figureSubjects(text, spans)).toEqual(first);
    }
  });
});
