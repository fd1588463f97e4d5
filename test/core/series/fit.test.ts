import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/core/series/csv.js';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import { fit, FitError, readReports, type Report } from '../../../src/core/series/fit.js';
import { project } from '../../../src/core/projection/project.js';
import { seededUniform } from '../../../src/core/projection/random.js';

const START = dayFromParts(2024, 12, 6)!;

/** Casualties counted through each day at `rate` a day, the start being day 1 of losses. */
const series = (rate: number, start: number, days: number[], noise: (i: number) => number = () => 0): Report[] =>
  days.map((day, i) => ({ date: isoDate(day), casualties: rate * (day - start + 1) + noise(i) }));

describe('fitting a rate', () => {
  it('fits a series of 92 a day from 6 December 2024 exactly: 92 a day, start 2024-12-06', () => {
    const reports = series(92, START, [START + 9, START + 19, START + 41, START + 60]);
    expect(reports[0]).toEqual({ date: '2024-12-15', casualties: 920 });
    const result = fit(reports);
    expect(result.rate).toBe(92);
    expect(result.start).toBe('2024-12-06');
    expect(result.r2).toBe(1);
    expect(result.rateInterval).toEqual({ low: 92, high: 92 });
    expect(result.reports.map((r) => r.residual)).toEqual([0, 0, 0, 0]);
    expect(result.warnings).toEqual([]);
  });

  it('recovers any exact series: its rate, and its start under the project convention (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: -3000, max: 3000 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 12 }),
        (rate, offset, after) => {
          const start = START + offset;
          const result = fit(
            series(
              rate,
              start,
              after.map((d) => start + d),
            ),
          );
          expect(result.rate).toBeCloseTo(rate, 9);
          expect(result.start).toBe(isoDate(start));
        },
      ),
    );
  });

  it('projects the full-attrition date with the fitted rate as project does', () => {
    const result = fit(series(92, START, [START + 9, START + 41, START + 60]), { force: 12000 });
    expect(result.projection).toMatchObject({ force: 12000, date: '2025-04-15', label: 'mid-April 2025' });
    expect(result.projection!.date).toBe(project({ force: 12000, rate: 92, start: '2024-12-06' }).date);
    expect(result.projection!.earliest!.date).toBe('2025-04-15');
  });

  it('gives a 95 % interval that holds the true rate about 95 % of the time on noisy series', () => {
    let covered = 0;
    const runs = 400;
    for (let seed = 0; seed < runs; seed++) {
      const uniform = seededUniform(seed);
      const noise = () => (uniform() + uniform() + uniform() - 1.5) * 200;
      const result = fit(
        series(
          92,
          START,
          [10, 17, 25, 31, 40, 52, 60].map((d) => START + d),
          noise,
        ),
        { force: 12000 },
      );
      const { low, high } = result.rateInterval!;
      expect(low).toBeLessThan(result.rate);
      expect(high).toBeGreaterThan(result.rate);
      if (low <= 92 && 92 <= high) covered++;
      expect(result.r2!).toBeGreaterThan(0.9);
      expect(result.projection!.earliest!.date <= result.projection!.date).toBe(true);
      expect(result.projection!.date <= result.projection!.latest!.date).toBe(true);
    }
    expect(covered / runs).toBeGreaterThan(0.91);
    expect(covered / runs).toBeLessThan(0.99);
  });

  it('sorts reports by date and gives each its fitted count and residual', () => {
    const result = fit([
      { date: '2025-01-16', casualties: 3800, source: 'Zelensky' },
      { date: '2025-01-13', casualties: 3000, source: 'NIS' },
      { date: '2024-12-20', casualties: 1500 },
    ]);
    expect(result.reports.map((r) => [r.date, r.source])).toEqual([
      ['2024-12-20', null],
      ['2025-01-13', 'NIS'],
      ['2025-01-16', 'Zelensky'],
    ]);
    for (const r of result.reports) expect(r.fitted + r.residual).toBeCloseTo(r.casualties, 9);
    expect(result.reports.reduce((sum, r) => sum + r.residual, 0)).toBeCloseTo(0, 9);
  });
});

describe('warnings', () => {
  const codes = (reports: Report[]) => fit(reports).warnings.map((w) => w.code);

  it('flags a cumulative count that goes down', () => {
    const result = fit([
      { date: '2025-01-01', casualties: 2000 },
      { date: '2025-01-10', casualties: 3900 },
      { date: '2025-01-13', casualties: 3000 },
      { date: '2025-01-20', casualties: 4500 },
    ]);
    expect(result.warnings).toEqual([
      { code: 'decreasing', message: 'the cumulative count goes down from 3,900 on 2025-01-10 to 3,000 on 2025-01-13' },
    ]);
    expect(result.rate).toBeGreaterThan(0);
  });

  it('flags duplicate dates, and keeps every report in the fit', () => {
    const result = fit([
      { date: '2025-01-13', casualties: 3000 },
      { date: '2025-01-16', casualties: 3800 },
      { date: '2025-01-16', casualties: 4000 },
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual(['2 reports for 2025-01-16 (3,800, 4,000); all are fitted']);
    expect(result.reports).toHaveLength(3);
  });

  it('flags fewer than three reports, and gives no interval then', () => {
    const result = fit(series(92, START, [START + 9, START + 19]), { force: 12000 });
    expect(result.rateInterval).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['few-reports']);
    expect(result.projection!.earliest).toBeUndefined();
  });

  it('flags a rate that is not above zero, with no start and no projection', () => {
    const result = fit(
      [
        { date: '2025-01-01', casualties: 500 },
        { date: '2025-01-10', casualties: 400 },
        { date: '2025-01-20', casualties: 300 },
      ],
      { force: 1000 },
    );
    expect(result.rate).toBeLessThan(0);
    expect(result.start).toBeNull();
    expect(result.projection).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(['decreasing', 'decreasing', 'not-growing']);
    expect(
      codes([
        { date: '2025-01-01', casualties: 5 },
        { date: '2025-01-02', casualties: 5 },
        { date: '2025-01-03', casualties: 5 },
      ]),
    ).toContain('not-growing');
  });
});

describe('reports that cannot be fitted', () => {
  it('needs two reports on two dates', () => {
    expect(() => fit([{ date: '2025-01-01', casualties: 5 }])).toThrow(
      new FitError('needs at least two reports to fit a rate; found 1'),
    );
    expect(() =>
      fit([
        { date: '2025-01-01', casualties: 5 },
        { date: '2025-01-01', casualties: 6 },
      ]),
    ).toThrow(/every report is dated 2025-01-01/);
  });
});

describe('reading reports from CSV', () => {
  it('reads date,casualties[,source] with a header, comments, quotes and CRLF', () => {
    const text =
      '\uFEFFdate,casualties,source\r\n# ISW reference\r\n2024-12-15,920,ISW\r\n"16 Jan ' +
      '2025","3,800","Zelensky, 16 January"\r\n\r\n2025-01-20,4000\r\n';
    const parsed = readReports(text);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { date: '2024-12-15', casualties: 920, source: 'ISW' },
        { date: '2025-01-16', casualties: 3800, source: 'Zelensky, 16 January' },
        { date: '2025-01-20', casualties: 4000 },
      ],
    });
  });

  it('names the line of a problem', () => {
    const problem = (text: string) => {
      const parsed = readReports(text);
      return parsed.ok ? 'accepted' : parsed.problem;
    };
    expect(problem('2024-12-15,920\nsoon,1000\n')).toBe(
      'line 2: date "soon" is not a date such as 2024-12-06 or 6 Dec 2024',
    );
    expect(problem('2024-12-15,many\n')).toMatch(/^line 1: casualties "many" is not a number/);
    expect(problem('2024-12-15\n')).toBe('line 1 has 1 field; expected date,casualties[,source]');
    expect(problem('2024-12-15,1,a,b\n')).toBe('line 1 has 4 fields; expected date,casualties[,source]');
    expect(problem('2024-12-15,1,"open\n')).toBe('line 1 has a quoted field that is never closed');
  });

  it('splits RFC 4180 records', () => {
    expect(readCsv('a,"b ""c""",d\n"x\ny",z')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b "c"', 'd'] },
        { line: 2, fields: ['x\ny', 'z'] },
      ],
    });
    expect(readCsv('\n\n')).toEqual({ ok: true, records: [] });
    expect(readCsv('a,\n')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', ''] }] });
  });
});

describe('a rate barely above zero', () => {
  it('has no start date when its line reaches zero before the calendar begins, and says so', () => {
    const result = fit([
      { date: '2025-01-10', casualties: 0 },
      { date: '2025-01-13', casualties: 0 },
      { date: '2025-01-04', casualties: 13149 },
      { date: '2025-05-13', casualties: 5307 },
      { date: '2025-05-27', casualties: 4379 },
    ]);
    expect(result.rate).toBeGreaterThan(0);
    expect(result.start).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('start-off-calendar');
  });
});
