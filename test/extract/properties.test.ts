import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/figures/format.js';
import { extractFigures } from '../../src/extract/extract.js';
import { FIGURE_KINDS, FIGURE_QUALIFIERS } from '../../src/extract/types.js';

const ones = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * An independent speller, to check the word grammar against: 1 → "one", 12345 → "twelve thousand three hundred
 * forty-five".
 */
function spell(n: number): string {
  const below100 = (x: number) =>
    x < 10 ? ones[x]! : x < 20 ? teens[x - 10]! : `${tens[Math.floor(x / 10)]}${x % 10 ? `-${ones[x % 10]}` : ''}`;
  const below1000 = (x: number) =>
    [x >= 100 ? `${ones[Math.floor(x / 100)]} hundred` : '', x % 100 ? below100(x % 100) : '']
      .filter(Boolean)
      .join(' ');
  const thousands = Math.floor(n / 1000);
  return [thousands ? `${below1000(thousands)} thousand` : '', n % 1000 ? below1000(n % 1000) : '']
    .filter(Boolean)
    .join(' ');
}

describe('properties', () => {
  it('reads any count written with digit groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.constantFrom(',', ' ', ''), (n, separator) => {
        const written = formatNumber(n).replaceAll(',', separator);
        const [figure] = extractFigures(`Officials said ${written} soldiers were deployed.`);
        expect(figure).toMatchObject({ kind: 'force', value: n, qualifier: 'exact', text: written });
      }),
    );
  });

  it('reads any count spelled in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const [figure] = extractFigures(`Officials said ${spell(n)} soldiers were killed.`);
        expect(figure).toMatchObject({ kind: 'killed', value: n });
      }),
    );
  });

  it('reads any range with its ends in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(' to ', '-', '–', ' - '),
        (a, b, join) => {
          fc.pre(a < b);
          const [figure] = extractFigures(`They lose ${formatNumber(a)}${join}${formatNumber(b)} soldiers a day.`);
          expect(figure).toMatchObject({ kind: 'rate', low: a, high: b, qualifier: 'range' });
        },
      ),
    );
  });

  it('never throws, and every figure is well formed and points into the text', () => {
    const pieces = fc.constantFrom(
      '12,000',
      'troops',
      'killed',
      'or',
      'wounded',
      'a day',
      'per',
      'mid-April',
      'January',
      '13',
      'between',
      'and',
      'to',
      'about',
      'more than',
      'a third',
      'half',
      'of',
      '30%',
      'percent',
      'the',
      'all',
      '.',
      ',',
      '\n',
      '\n\n',
      '-',
      'weeks',
      'May',
      'since',
      'early',
      '2024',
      'dozens',
      'several',
      'hundred',
      'one',
      'in',
      'three',
      ':',
      '12:30',
      'aged',
      '🇺🇦',
      '',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '\u00a0',
      '\u202f',
      'Jan.',
      'D.C.',
    );
    const text = fc.oneof(
      fc.array(pieces, { maxLength: 40 }).map((p) => p.join(' ')),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
    );
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 0, max: 2_900_000 }), { nil: undefined }), (input, published) => {
        const figures = extractFigures(input, published === undefined ? {} : { published });
        let previous = -1;
        for (const f of figures) {
          expect(FIGURE_KINDS).toContain(f.kind);
          expect(FIGURE_QUALIFIERS).toContain(f.qualifier);
          expect(f.span[0]).toBeGreaterThanOrEqual(previous);
          expect(f.span[0]).toBeLessThan(f.span[1]);
          expect(f.span[1]).toBeLessThanOrEqual(input.length);
          expect(input.slice(...f.span)).toBe(f.text);
          expect(f.sentence).toContain(f.text);
          const numbers = [f.value, f.low, f.high].filter((x) => x !== undefined);
          for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
          if (f.qualifier === 'vague') expect(numbers).toEqual([]);
          if (f.low !== undefined) expect(f.low).toBeLessThan(f.high!);
          if (f.kind === 'share') for (const x of numbers) expect(x).toBeGreaterThanOrEqual(0);
          if (f.kind === 'date') expect(f.date).toBeDefined();
          if (f.date?.first !== undefined) expect(f.date.first <= f.date.last!).toBe(true);
          previous = f.span[0];
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same figures whatever surrounds a sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'Intro.\n\n', 'A line\n'),
        fc.constantFrom('', '\n\nMore text.', ' Next one.'),
        (before, after) => {
          const sentence = 'Seoul said 300 soldiers were killed and 2,700 wounded by 13 January 2025.';
          const figures = extractFigures(`${before}${sentence}${after}`).map((f) => ({
            ...f,
            span: [f.span[0] - before.length, f.span[1] - before.length],
          }));
          expect(figures).toEqual(extractFigures(sentence));
        },
      ),
    );
  });
});
