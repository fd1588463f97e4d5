import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import { predictedTotals } from '../../src/extract/predicted-totals.js';
import { cli } from '../helpers/cli.js';
import { day } from '../helpers/dates.js';

/** The totals a claim predicts: the amount, what it means, and the window it is predicted for. */
function predicted(text: string, published: string) {
  const read = extractFigures(text, { published: day(published) });
  return predictedTotals(text, read, day(published)).map((p) => ({
    text: p.text,
    qualifier: p.stated.qualifier,
    value: p.stated.low,
    by: `${isoDate(p.by.first)}..${isoDate(p.by.last)}`,
    pace: p.pace,
  }));
}

describe('a total predicted for a later day', () => {
  it('"will pass one million by the end of June": more than the amount, by the end of that June', () => {
    expect(
      predicted(
        'At the current pace, Russian losses will pass one million by the end of June, an analyst said.',
        '2025-02-24',
      ),
    ).toEqual([
      { text: 'one million', qualifier: 'at-least', value: 1e6, by: '2025-06-21..2025-06-30', pace: 'current' },
    ]);
  });

  it('"by next spring": the first spring to begin after the day it is said', () => {
    expect(predicted('Russian losses will top 1.5 million by next spring, a commander said.', '2024-11-15')).toEqual([
      { text: '1.5 million', qualifier: 'at-least', value: 1.5e6, by: '2025-03-01..2025-05-31', pace: 'open' },
    ]);
    expect(
      predicted('Russian losses will top 1.5 million by next spring, a commander said.', '2025-04-01')[0]?.by,
    ).toBe('2026-03-01..2026-05-31');
  });

  it('"by the summer of 2025" is that summer; "by mid-2025", "by the middle of 2025" its June and July', () => {
    const by = (text: string) => predicted(text, '2024-12-01')[0]?.by;
    expect(by('Russian losses will pass one million by the summer of 2025, analysts estimated.')).toBe(
      '2025-06-01..2025-08-31',
    );
    expect(by('Russian losses will pass one million by summer 2026.')).toBe('2026-06-01..2026-08-31');
    expect(by("Russia's casualties could reach 1 million by mid-2025 at the current rate.")).toBe(
      '2025-06-01..2025-07-31',
    );
    expect(by('Russian losses could reach 1 million by the middle of 2025.')).toBe('2025-06-01..2025-07-31');
  });

  it('"could reach … by September", said in February, is the coming September; "reach" is about the amount', () => {
    expect(predicted("Russia's losses could reach 1,000,000 by September.", '2025-02-24')).toEqual([
      { text: '1,000,000', qualifier: 'approximately', value: 1e6, by: '2025-09-01..2025-09-30', pace: 'open' },
    ]);
  });

  it('words for amounts, and the end of the year', () => {
    expect(
      predicted(
        'Ukraine says Russian losses are on track to exceed half a million by the end of the year.',
        '2023-08-01',
      ),
    ).toEqual([
      { text: 'half a million', qualifier: 'at-least', value: 5e5, by: '2023-12-31..2023-12-31', pace: 'open' },
    ]);
  });

  it('a past total, or a prediction with no day, is not a predicted total', () => {
    expect(predicted('Russian losses passed one million in June, Kyiv said.', '2025-07-01')).toEqual([]);
    expect(predicted('Russian losses will pass one million, an analyst said.', '2025-02-24')).toEqual([]);
  });
});

describe('attrition check: a predicted total against the series projected from the day it was said', () => {
  it('at the current pace: the last 30 days kept, and what the series later counted is told beside it', async () => {
    const run = await cli([
      'check',
      'At the current pace, Russian losses will pass one million by the end of June, a Ukrainian analyst predicted.',
      '--published',
      '2025-02-24',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const [figure] = JSON.parse(run.stdout).result.figures;
    expect(figure.figure.prediction).toEqual({ from: '2025-02-24', pace: 'current' });
    const [c] = figure.comparisons;
    expect(c.inputs).toMatchObject({ from: '2025-02-24', through: '2025-06-30', pace: 'current' });
    expect(c.explanation).toMatch(/The series later counted [\d,]+ on 2025-06-30\./);
  });

  it('an open prediction gets the interval of past errors; far beyond it, inconsistent', async () => {
    const open = await cli([
      'check',
      'Russian losses will top 1.5 million by next spring.',
      '--published',
      '2024-11-15',
      '--json',
    ]);
    const steady = await cli([
      'check',
      'Russian losses will top 1.5 million by next spring if the current rate holds.',
      '--published',
      '2024-11-15',
      '--json',
    ]);
    const width = (run: typeof open) => {
      const { low, high } = JSON.parse(run.stdout).result.figures[0].comparisons[0].inputs.projected;
      return high - low;
    };
    expect(width(open)).toBeGreaterThan(width(steady));
    expect(steady.code).toBe(1);
    expect(JSON.parse(steady.stdout).result.verdict).toBe('inconsistent');
  });

  it('a prediction about Russian forces never borrows the North Korean ledger', async () => {
    const run = await cli(['check', 'At the current pace, Russian forces could all be killed or wounded by June.']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
