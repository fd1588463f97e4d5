import { describe, expect, it } from 'vitest';
import { deviationText, boundsText, statedText } from '../../src/core/figures/figure-text.js';
import { tableLines } from '../../src/render/table.js';

describe('tables', () => {
  it('pads columns to the widest cell, right-aligning where asked, before any styling', () => {
    const lines = tableLines(
      [
        ['a', 'long cell', '1'],
        ['longer', 'x', '100'],
      ],
      { rightAligned: new Set([2]), style: (text, _row, column) => (column === 0 ? `<${text}>` : text) },
    );
    expect(lines).toEqual(['  <a     >   long cell     1', '  <longer>   x           100']);
  });
});

describe('figure text', () => {
  it('writes intervals, bounds and deviations the way the reports do', () => {
    expect(boundsText({ low: 3800 / 36, high: 3800 / 27 }, 'per-day')).toBe('105.6–140.7 a day');
    expect(boundsText({ low: 1100 / 15, high: Infinity }, 'per-day')).toBe('at least 73.3 a day');
    expect(boundsText({ low: 0, high: 163.6 }, 'days')).toBe('up to 163.6 days');
    expect(boundsText({ low: 0.41, high: 0.46 }, 'share', 0)).toBe('41–46 %');
    expect(statedText({ qualifier: 'more-than', low: 1 / 3, high: 1 / 3 }, 'share')).toBe('more than a third (33.3 %)');
    expect(statedText({ qualifier: 'approximately', low: 92, high: 92 }, 'per-day')).toBe('about 92 a day');
    expect(statedText({ qualifier: 'range', low: 80, high: 90 }, 'per-day')).toBe('80–90 a day');
    expect(deviationText(-0.1638)).toBe('-16.4 %');
    expect(deviationText(0.061)).toBe('+6.1 %');
    expect(deviationText(0)).toBe('0 %');
  });
});
