import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/render/style.js';
import { renderCheck } from '../../src/render/check.js';
import { fitLines, visibleLength, wrap, wrapCommand } from '../../src/render/wrap.js';
import { cliJson } from '../helpers/cli.js';

describe('wrap', () => {
  it('keeps every line within the width, starts each with the indent, and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z,.]{1,12}$/), { maxLength: 60 }),
        fc.integer({ min: 20, max: 120 }),
        (words, width) => {
          const lines = wrap(words.join(' '), width, '    ');
          for (const line of lines) {
            expect(line.startsWith('    ')).toBe(true);
            expect(visibleLength(line)).toBeLessThanOrEqual(width);
          }
          expect(
            lines
              .join(' ')
              .split(' ')
              .filter((w) => w !== ''),
          ).toEqual(words);
        },
      ),
    );
  });

  it('counts columns as it goes exactly as measuring each whole line would', () => {
    // The wrapping measured whole lines again for each word; it keeps a running count instead.
    const measuredEachTime = (text: string, width: number, indent: string): string[] => {
      const lines: string[] = [];
      let line = indent;
      let empty = true;
      for (const word of text.trim().split(/ (?=\S)/)) {
        if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
          lines.push(line);
          line = `${indent}${word.trimStart()}`;
        } else line = empty ? `${line}${word.trimStart()}` : `${line} ${word}`;
        empty = false;
      }
      return [...lines, line];
    };
    const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\u001b[1m', '\u001b[0m', '😀', 'é', '–', '12,000');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }),
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom('', '  '),
        (parts, width, indent) => {
          const text = parts.join('');
          expect(wrap(text, width, indent)).toEqual(measuredEachTime(text, width, indent));
        },
      ),
    );
    expect(visibleLength('\u001b[1m12,000\u001b[0m 😀')).toBe(8);
  });

  it('breaks a command between flags, never inside quotes, with a continuation mark', () => {
    const lines = wrapCommand(
      'attrition check "All 12,000 could be lost by mid-April" --force 12000 --rate 92 --by 2025-04-30',
      50,
    );
    expect(lines.slice(0, -1).every((l) => l.endsWith(' \\'))).toBe(true);
    expect(lines.join(' ')).toContain('"All 12,000 could be lost by mid-April"');
    expect(lines.join(' ')).toContain('--force 12000');
  });

  it('wraps a long report line under itself', () => {
    const [first, ...rest] = fitLines([`  - ${'word '.repeat(40).trim()}`], 60);
    expect(first!.startsWith('  - word')).toBe(true);
    for (const line of rest) expect(line.startsWith('    word')).toBe(true);
  });
});

describe('check rows at a width', () => {
  it('fit 80 columns: verdict and title, then the arithmetic, then the explanation', async () => {
    const doc = await cliJson([
      'check',
      '--force',
      '12000',
      '--rate',
      '92',
      '--casualties',
      '3800',
      '--as-of',
      '2025-01-16',
      '--by',
      'mid-April 2025',
    ]);
    const text = renderCheck(doc, plainStyle, 80);
    for (const line of text.split('\n').slice(0, -4)) expect(visibleLength(line), line).toBeLessThanOrEqual(80);
    expect(text).toMatch(/ {2}consistent +implied rate\n {6}3,800 ÷ 42 days = 90\.5 a day +vs 92 a day +-1\.7 %\n/);
    expect(renderCheck(doc, plainStyle, Number.POSITIVE_INFINITY)).toMatch(/consistent +implied rate +3,800 ÷ 42 days/);
  });
});

describe('a figure and its unit', () => {
  it('never break apart, whatever the width', () => {
    const line = '      3,000 ÷ 39 days = 76.9 a day   vs 92 a day   -16.4 % of 12,000, or 76.9 per day';
    for (let width = 20; width <= 90; width++) {
      const lines = fitLines([line], width);
      expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(line.replace(/\s+/g, ' ').trim());
      for (const l of lines) expect(l.trim()).not.toMatch(/^(?:%|days?\b|a day|per day|day\b)|\d$/);
      const wrapped = wrap(line, width);
      for (const l of wrapped) expect(l.trim()).not.toMatch(/^(?:%|days?\b|a day|per day|day\b)|\d$/);
    }
  });

  it('stay together in the check report of the reference case, at every width', async () => {
    const doc = await cliJson([
      ...['check', '--force', '12000', '--rate', '92', '--start', '2024-12-06'],
      ...['--casualties', '3000', '--as-of', '2025-01-13', '--by', 'mid-April 2025'],
    ]);
    for (let width = 40; width <= 100; width++) {
      expect(renderCheck(doc, plainStyle, width)).not.toMatch(/\d\n\s*(?:%|days?\b|a day)/);
    }
  });
});
