import { describe, expect, it } from 'vitest';
import { chalkStyle } from '../../../src/render/chalk-style.js';
import { projectChart } from '../../../src/render/chart/project-chart.js';
import { MIN_WIDTH, renderTerminalChart } from '../../../src/render/chart/terminal.js';
import { plainStyle } from '../../../src/render/style.js';
import { documentFor, ISW, ISW_AS_OF, ISW_RANGES, type Scenario } from '../../helpers/projection.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const WIDTHS = [40, 80, 120];
const SCENARIOS: [string, Scenario][] = [
  ['the reference case', ISW],
  ['an as-of count', ISW_AS_OF],
  ['ranges', ISW_RANGES],
  ['ranges, half the force, as-of', { ...ISW_RANGES, threshold: 0.5, casualties: 3800, asOf: '2025-01-16' }],
];

const draw = (s: Scenario, width: number, style = plainStyle): string =>
  renderTerminalChart(projectChart(documentFor(s)), width, style);
const columns = (line: string): number => [...line].length;

/** The plot's lines: those with the value axis (┤ or │) after the labels. */
const plotLines = (text: string): string[] => text.split('\n').filter((l) => /^ *[\d,]* [┤│]/.test(l));
const axisIndex = (lines: string[]): number => lines.findIndex((l) => /^ *└/.test(l));

describe('renderTerminalChart', () => {
  describe.each(SCENARIOS)('%s', (_name, scenario) => {
    const doc = documentFor(scenario);
    const start = doc.input.start;
    const projected = doc.result.date!;

    it.each(WIDTHS)('fits %i columns and labels the start, the projected date and a date between', (width) => {
      const text = draw(scenario, width);
      const lines = text.trimEnd().split('\n');
      for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(width);
      const labels = lines[axisIndex(lines) + 1]!;
      const from = labels.indexOf(start);
      const to = labels.indexOf(projected);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeGreaterThan(from);
      const between = labels.slice(from + start.length, to).trim();
      expect(between).toMatch(
        /^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{4}|\d{4})( +(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{4}|\d{4}))*$/,
      );
      expect(text).not.toMatch(ANSI);
    });

    it('puts the projected point above the tick of the projected date', () => {
      const lines = draw(scenario, 80).split('\n');
      const plot = plotLines(lines.join('\n'));
      const axis = lines[axisIndex(lines)]!;
      const row = plot.find((l) => l.includes('●'));
      if (doc.result.reached) return expect(row).toBeUndefined();
      const column = [...row!].indexOf('●');
      const ticks = [...axis].flatMap((ch, i) => (ch === '┬' ? [i] : []));
      const nearest = ticks.reduce((a, b) => (Math.abs(b - column) < Math.abs(a - column) ? b : a));
      expect(Math.abs(nearest - column)).toBeLessThanOrEqual(1);
      const labels = lines[axisIndex(lines) + 1]!;
      const left = labels.indexOf(projected);
      // The label sits over its tick, unless pushed in from the right edge.
      expect(nearest >= left && nearest < left + projected.length ? true : left + projected.length >= 80 - 1).toBe(
        true,
      );
    });
  });

  it('draws the threshold on the row its value maps to', () => {
    for (const threshold of [1, 0.5, 0.25]) {
      const plot = plotLines(draw({ ...ISW, threshold }, 80));
      const top = plot.findIndex((l) => l.trimStart().startsWith('12,000'));
      const bottom = plot.findIndex((l) => /^ *0 ┤/.test(l));
      const row = plot.findIndex((l) => l.includes('╌'));
      const value = 12000 * (1 - threshold);
      expect(row).toBe(Math.round(top + (bottom - top) * (1 - value / 12000)));
    }
  });

  it('grows taller with the width, within 8 to 14 rows', () => {
    expect(WIDTHS.map((w) => plotLines(draw(ISW, w)).length)).toEqual([8, 12, 14]);
  });

  it('draws a too-narrow chart at the narrowest width it can label', () => {
    expect(draw(ISW, 20)).toBe(draw(ISW, MIN_WIDTH));
  });

  it('shades the range and marks its ends', () => {
    const text = draw(ISW_RANGES, 80);
    expect(text).toContain('░');
    expect(text.match(/○/g)!.length).toBe(3);
    expect(text).toContain('○ earliest 2025-04-04 (early April 2025); latest 2025-05-04 (early May 2025)');
  });

  it('colours only through the style: the same text without colour codes', () => {
    const coloured = draw(ISW_RANGES, 80, chalkStyle(1));
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(draw(ISW_RANGES, 80));
  });

  it('matches the recorded charts', () => {
    expect(draw(ISW_AS_OF, 80)).toMatchSnapshot();
    expect(draw(ISW_RANGES, 40)).toMatchSnapshot();
  });
});
