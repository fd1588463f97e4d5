import { describe, expect, it } from 'vitest';
import { formatFixed, formatWithInterval } from '../../../src/core/figures/format.js';
import { fitSeries } from '../../../src/core/series/fit-series.js';
import { fitDocument, renderFit } from '../../../src/render/fit.js';
import { plainStyle } from '../../../src/render/style.js';
import { dailyReports } from '../../helpers/general-staff.js';
import { dayFromParts } from '../../../src/core/dates.js';

const REPORTS = [
  { date: '2024-12-25', casualties: 1800 },
  { date: '2025-01-13', casualties: 3000, source: 'NIS' },
  { date: '2025-01-16', casualties: 3800, source: 'Zelensky' },
  { date: '2025-01-20', casualties: 4000, source: 'UK MoD' },
];
const echo = (force: number | null, unit?: string) => ({ file: 'reports.csv', force, ...(unit && { unit }) });

describe('fit agrees with its data', () => {
  it('projects from the latest report: no date, nor interval end, before it', () => {
    const p = fitSeries(REPORTS, { force: 12_000 }).projection!;
    expect(p.lastReport).toEqual({ date: '2025-01-20', casualties: 4000 });
    expect(p.date > '2025-01-20').toBe(true);
    expect(p.earliest!.date > '2025-01-20').toBe(true);
    expect(p.interval.method).toBe('t');
  });

  it('gives the same report shape with and without --force', () => {
    const three = REPORTS.slice(1);
    const without = renderFit(fitDocument(echo(null), fitSeries(three)), plainStyle, Number.POSITIVE_INFINITY);
    const withForce = renderFit(
      fitDocument(echo(12_000), fitSeries(three, { force: 12_000 })),
      plainStyle,
      Number.POSITIVE_INFINITY,
    );
    const headings = (text: string) => text.split('\n').filter((l) => /^[A-Z]/.test(l) && !l.startsWith('At that'));
    expect(headings(withForce)).toEqual(headings(without));
    expect(withForce).not.toContain('Rate history');
  });

  it('never projects past the force in the outlook', () => {
    const counts = Array.from({ length: 400 }, (_, i) => 1000 + 50 * i);
    const result = fitSeries(dailyReports(dayFromParts(2023, 1, 1)!, counts), { force: 21_000 });
    for (const o of result.outlook) {
      expect(o.projected).toBeLessThanOrEqual(21_000);
      if (o.high !== null) expect(o.high).toBeLessThanOrEqual(21_000);
    }
  });

  it('carries a range of forces through: both ends reached, the low one first', () => {
    const p = fitSeries(REPORTS, { force: { low: 11_000, high: 12_000 } }).projection!;
    expect(p.forceRange).toEqual({ low: 11_000, high: 12_000 });
    expect(p.force).toBe(12_000);
    expect(p.lowEnd!.date < p.date).toBe(true);
    const text = renderFit(
      fitDocument(echo(12_000), fitSeries(REPORTS, { force: { low: 11_000, high: 12_000 } })),
      plainStyle,
      Number.POSITIVE_INFINITY,
    );
    expect(text).toContain('11,000 to 12,000 are lost between');
  });

  it('states an implied start only where the series begins near zero', () => {
    expect(fitSeries(REPORTS).start).toBeNull();
    const exact = [
      { date: '2024-12-15', casualties: 920 },
      { date: '2024-12-25', casualties: 1840 },
      { date: '2025-01-16', casualties: 3864 },
    ];
    expect(fitSeries(exact).start).toBe('2024-12-06');
  });

  it('writes a rate and its interval with one number of places, and never "-0.00"', () => {
    expect(formatWithInterval(84.14, 21.8, 146.4)).toEqual(['84.1', '21.8 to 146.4']);
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(-0.01, 2)).toBe('-0.01');
    const text = renderFit(fitDocument(echo(null), fitSeries(REPORTS)), plainStyle, Number.POSITIVE_INFINITY);
    expect(text).toContain('Fitted rate: 84.1 a day (95 % interval 21.8 to 146.4)');
  });

  it('names the count by its unit', () => {
    const text = renderFit(fitDocument(echo(null, 'tanks'), fitSeries(REPORTS)), plainStyle, Number.POSITIVE_INFINITY);
    expect(text).toContain('  date         tanks');
    expect(text).toContain('cumulative tanks');
  });
});
