import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeries, selectSpan } from '../../../src/core/series/read-series.js';
import { readReports } from '../../../src/core/series/fit.js';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import { generalStaffCsv, generalStaffDays, generalStaffText } from '../../helpers/general-staff.js';

const read = (text: string, columns = {}) => {
  const parsed = readSeries(text, 'series', columns);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const problem = (text: string, columns = {}) => {
  const parsed = readSeries(text, 'series', columns);
  return parsed.ok ? 'accepted' : parsed.problem;
};

describe('reading a series', () => {
  const days = generalStaffDays();

  it(
    'reads the JSON array: dates, the personnel counts ' + '(skipping the day number) and, when named, the qualifier',
    () => {
      const reading = read(generalStaffText(), { qualifier: 'personnel*' });
      expect(reading.format).toBe('json');
      expect(reading.columns).toEqual({ date: 'date', value: 'personnel', qualifier: 'personnel*', source: null });
      expect(reading.reports).toHaveLength(days.length);
      expect(reading.reports.map((r) => r.casualties)).toEqual(days.map((d) => d.personnel));
      expect(reading.reports.map((r) => r.qualifier)).toEqual(days.map((d) => d['personnel*']));
      expect(reading.notes[0]).toMatch(/^counts from "personnel" \(not "day"\)/);
    },
  );

  it('reads the same series as NDJSON and as CSV with a header, to the same reports', () => {
    const json = read(generalStaffText(), { qualifier: 'personnel*' }).reports;
    const ndjson = read(days.map((d) => JSON.stringify(d)).join('\n'), { qualifier: 'personnel*' });
    expect(ndjson.format).toBe('ndjson');
    expect(ndjson.reports).toEqual(json);
    const csv = read(generalStaffCsv(), { qualifier: 'personnel*', date: 'date', value: 'personnel' });
    expect(csv.format).toBe('csv-header');
    expect(csv.reports).toEqual(json);
    expect(read(generalStaffCsv()).columns.value).toBe('personnel');
  });

  it('chooses the columns a flag names, even a day counter', () => {
    expect(read(generalStaffText(), { value: 'day' }).reports[0]!.casualties).toBe(days[0]!.day);
  });

  it('reads header-less CSV as before, and a header date,casualties,source by name', () => {
    const text = '2024-12-15,920,ISW\n2025-01-16,3864\n';
    expect(read(text).reports).toEqual((readReports(text) as { value: unknown }).value);
    expect(read(text).format).toBe('csv');
    expect(read('date,casualties,source\n2024-12-15,920,ISW\n').reports).toEqual([
      { date: '2024-12-15', casualties: 920, source: 'ISW' },
    ]);
  });

  it('leaves out rows without a count, and says so; keeps gaps', () => {
    const reading = read('[{"date":"2025-01-01","n":5},{"date":"2025-01-03","n":null},{"date":"2025-01-09","n":20}]');
    expect(reading.reports.map((r) => r.date)).toEqual(['2025-01-01', '2025-01-09']);
    expect(reading.notes).toEqual(['1 row without a "n" left out (2025-01-03)']);
  });

  it('names the problem: unknown column, no dates, not a count, bad JSON', () => {
    expect(problem(generalStaffText(), { value: 'killed' })).toMatch(
      /^--value-column "killed" is not a column: date, day, personnel, personnel\*, POW$/,
    );
    expect(problem('name,count\nalpha,5\n')).toBe('series has no dates: no column holds dates such as 2024-12-06');
    expect(problem('[{"date":"2025-01-01","n":-5}]')).toBe('series record 1: n "-5" must not be negative');
    expect(problem('[{"date":"2025-01-01"')).toMatch(/^series is not valid JSON/);
    expect(problem('{"date":"2025-01-01","n":1}\nnot json\n')).toBe(
      'series line 2 is not a JSON object (NDJSON has one object a line)',
    );
    expect(problem('date,n\n2025-13-01,4\n')).toMatch(/^series line 2: date "2025-13-01" is not a day on the calendar/);
  });

  it('selects a span by date', () => {
    const reports = read(generalStaffText()).reports;
    const span = selectSpan(reports, dayFromParts(2024, 1, 1)!, dayFromParts(2024, 12, 31)!);
    expect(span).toHaveLength(366);
    expect(span[0]!.date).toBe('2024-01-01');
    expect(span.at(-1)!.date).toBe('2024-12-31');
  });
});

describe('reading a series in any form (property)', () => {
  it(
    'reads the same reports from JSON, NDJSON and CSV with a header, whatever the column order, skipping a day ' +
      'counter',
    () => {
      fc.assert(
        fc.property(
          // Rises above the largest gap, so the counts never step with the calendar as a day counter does.
          fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 21, max: 5000 })), {
            minLength: 2,
            maxLength: 40,
          }),
          fc.boolean(),
          (steps, counterFirst) => {
            let day = dayFromParts(2024, 1, 1)!;
            let count = 100;
            const rows = steps.map(([gap, rise]) => ({
              date: isoDate((day += gap)),
              n: day - dayFromParts(2024, 1, 1)!,
              personnel: (count += rise),
            }));
            const objects = rows.map((r) =>
              counterFirst
                ? { n: r.n, date: r.date, personnel: r.personnel }
                : { date: r.date, personnel: r.personnel, n: r.n },
            );
            const names = Object.keys(objects[0]!);
            const csvRow = (o: (typeof objects)[number]): string =>
              names.map((k) => String(o[k as keyof typeof o])).join(',');
            const csv = `${names.join(',')}\n${objects.map(csvRow).join('\n')}\n`;
            const expected = rows.map((r) => ({ date: r.date, casualties: r.personnel }));
            for (const text of [JSON.stringify(objects), objects.map((o) => JSON.stringify(o)).join('\n'), csv]) {
              const reading = read(text);
              expect(reading.reports).toEqual(expected);
              expect(reading.columns.value).toBe('personnel');
            }
          },
        ),
        { numRuns: 50 },
      );
    },
  );
});
