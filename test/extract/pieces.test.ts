import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { day } from '../helpers/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import { cutPiece, shiftFigure } from '../../src/extract/pieces.js';

const corpus = (name: string): string[] =>
  readFileSync(new URL(`./corpus/${name}.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);

const sentences = [...corpus('dev'), ...corpus('holdout')];

/** The figures of `text` read a piece of at most `size` characters at a time, as extract reads a long text. */
function byPieces(text: string, size: number, published: number): ReturnType<typeof extractFigures> {
  const figures = [];
  let offset = 0;
  let rest = text;
  while (rest.length > 0) {
    const cut = cutPiece(rest, size);
    expect(cut).toBeGreaterThan(0);
    expect(cut).toBeLessThanOrEqual(size);
    figures.push(...extractFigures(rest.slice(0, cut), { published }).map((f) => shiftFigure(f, offset)));
    offset += cut;
    rest = rest.slice(cut);
  }
  return figures;
}

describe('a long text read a piece at a time', () => {
  const published = day('2025-01-20');

  it('finds the figures of the whole text when its paragraphs are blank-line separated', () => {
    const text = sentences.join('\n\n');
    const whole = extractFigures(text, { published });
    for (const size of [1000, 3000, 8000]) expect(byPieces(text, size, published)).toEqual(whole);
  });

  it('cuts where a sentence starts when the text has no paragraph breaks, on one line or hard-wrapped', () => {
    const oneLine = sentences.join(' ');
    const wrapped = oneLine.replace(/(.{60,70}) /g, '$1\n');
    for (const [text, sizes] of [
      [oneLine, [2000, 8000]],
      [wrapped, [8000, 20000]],
    ] as const) {
      const whole = extractFigures(text, { published });
      expect(whole.length).toBeGreaterThan(100);
      for (const size of sizes) expect(byPieces(text, size, published)).toEqual(whole);
    }
  });

  it('cuts a text without whitespace at the size, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(99)}😀${'b'.repeat(50)}`;
    expect(cutPiece(text, 100)).toBe(99);
    expect(cutPiece(text, 60)).toBe(60);
    expect(cutPiece('short', 100)).toBe(5);
  });

  it('moves a figure and the span of its base by the offset of its piece', () => {
    const [share] = extractFigures('Half of the 4,000 casualties were killed.').filter((f) => f.kind === 'share');
    expect(share?.base).toBeDefined();
    const moved = shiftFigure(share!, 1000);
    expect(moved.span).toEqual([share!.span[0] + 1000, share!.span[1] + 1000]);
    expect(moved.base).toEqual([share!.base![0] + 1000, share!.base![1] + 1000]);
    expect(Object.keys(moved)).toEqual(Object.keys(share!));
  });
});
