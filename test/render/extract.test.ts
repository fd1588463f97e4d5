import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/core/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import { describeFigure, extractDocument, renderExtract } from '../../src/render/extract.js';
import { plainStyle } from '../../src/render/style.js';

const described = (text: string): string[] => extractFigures(text).map(describeFigure);

describe('describeFigure', () => {
  it('writes each kind with its qualifier and unit', () => {
    expect(described('Nearly 12,000 troops were sent.')).toEqual(['nearly 12,000 troops']);
    expect(described('At least 100 were killed and up to 1,000 wounded.')).toEqual([
      'at least 100 killed',
      'up to 1,000 wounded',
    ]);
    expect(described('More than 3,800 casualties.')).toEqual(['more than 3,800 casualties']);
    expect(described('They lose between 80 and 90 soldiers a day.')).toEqual(['80–90 casualties a day']);
    expect(described('That is 0.77 % of the force a day.')).toEqual(['0.77 % of the force a day']);
    expect(described('More than a third of them.')).toEqual(['more than 33.33 %']);
    expect(described('Half of the 4,000 casualties were killed.')).toEqual([
      '50 % of the casualties killed',
      '4,000 casualties',
    ]);
    expect(described('From one-third to 50 percent of them.')).toEqual(['33.33 %–50 %']);
    expect(described('Within about 12 weeks.')).toEqual(['about 12 weeks']);
    expect(described('Dozens of soldiers were killed.')).toEqual(['“Dozens” killed (vague)']);
    expect(described('All lost by mid-April.')).toEqual(['mid-April']);
  });
});

describe('renderExtract', () => {
  it('says when there is nothing to list', () => {
    expect(renderExtract(extractDocument({ file: '-', published: null }, { figures: [] }), plainStyle, 100)).toBe(
      'No figures found.\n',
    );
  });

  it('shortens long sentences to one line', () => {
    const sentence = `About 300 soldiers were killed ${'near the river bank '.repeat(8)}today.`;
    const doc = extractDocument({ file: '-', published: null }, { figures: extractFigures(sentence) });
    const [, , heading] = renderExtract(doc, plainStyle, 100).split('\n');
    expect(heading!.length).toBe(100);
    expect(heading!.endsWith('…')).toBe(true);
  });

  it('counts characters, not UTF-16 units, when it shortens a sentence', () => {
    // The former excerpt: every character counted, the first width − 1 kept.
    const former = (flat: string, width: number) =>
      [...flat].length <= width
        ? flat
        : `${[...flat]
            .slice(0, width - 1)
            .join('')
            .trimEnd()}…`;
    for (const filler of ['🎯', 'é', '\ud83d', 'ab ']) {
      for (const repeats of [10, 28, 29, 30, 39, 40, 41, 60]) {
        const sentence = `About 300 soldiers were killed ${filler.repeat(repeats)}.`;
        const doc = extractDocument({ file: '-', published: null }, { figures: extractFigures(sentence) });
        for (const width of [40, 57, 80]) {
          const heading = renderExtract(doc, plainStyle, width).split('\n')[2]!;
          expect(heading, `${filler} × ${repeats} at ${width}`).toBe(
            former(heading.endsWith('…') ? sentence : heading, width),
          );
        }
      }
    }
  });
});

describe('renderExtract on long labels', () => {
  it('no line is wider than 100 columns: a long date goes on a line of its own', () => {
    const text = 'More than a third of the troops were killed or wounded, the agency told lawmakers last week.';
    const published = dayFromParts(2025, 1, 3)!;
    const doc = extractDocument(
      { file: '-', published: '2025-01-03' },
      { figures: extractFigures(text, { published }) },
    );
    const lines = renderExtract(doc, plainStyle, 100).split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(lines).toContain('          as of last week (23–29 December 2024)');
  });
});
