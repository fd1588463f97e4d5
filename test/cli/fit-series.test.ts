import { describe, expect, it } from 'vitest';
import { fitSeries } from '../../src/core/series/fit-series.js';
import { readSeries } from '../../src/core/series/read-series.js';
import { cli } from '../helpers/cli.js';
import { GENERAL_STAFF, generalStaffCsv, generalStaffText } from '../helpers/general-staff.js';

const shipped = () => {
  const read = readSeries(generalStaffText(), 'gs', { qualifier: 'personnel*' });
  if (!read.ok) throw new Error(read.problem);
  return read.value.reports;
};

describe('attrition fit on a long series', () => {
  it('leads with the current rate, its history and the projection; shows only the reports worth seeing', async () => {
    const run = await cli(['fit', GENERAL_STAFF, '--qualifier-column', 'personnel*', '--target', '1500000']);
    expect(run.code).toBe(0);
    const result = fitSeries(shipped(), { target: 1_500_000 });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Current rate: [\d,.]+ a day \(95 % interval/);
    expect(lines[0]).toContain(`the last of ${result.segments.length} spans`);
    const prose = run.stdout.replace(/\n {2}(?=\S)/g, ' ');
    expect(prose).toContain(`the count reaches 1,500,000 on ${result.projection!.date}`);
    expect(prose).toContain('95 % calibrated interval');
    expect(run.stdout).toContain(`Rate history: ${result.segments.length} spans of near-constant rate`);
    const shown = lines.filter((l) => /^ {2}\d{4}-\d{2}-\d{2} {2,}[\d,]+ /.test(l));
    expect(shown.length).toBeLessThan(40);
    expect(shown[0]).toContain('2022-02-25');
    expect(shown[shown.length - 1]).toContain('2025-06-30');
    for (const s of result.segments.slice(1)) expect(run.stdout).toMatch(new RegExp(`${s.start} .*change point`));
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    const all = await cli(['fit', GENERAL_STAFF, '--all']);
    expect(all.stdout.split('\n').filter((l) => /^ {2}\d{4}-\d{2}-\d{2} {2,}[\d,]+ /.test(l)).length).toBe(1222);
  });

  it('keeps every row in JSON, with the spans and the current rate, as the library returns them', async () => {
    const run = await cli(['fit', GENERAL_STAFF, '--qualifier-column', 'personnel*', '--json']);
    const doc = JSON.parse(run.stdout);
    expect(doc.result).toEqual(fitSeries(shipped()));
    expect(doc.result.reports).toHaveLength(1222);
    const segments = doc.result.segments;
    expect(segments.length).toBeGreaterThan(3);
    for (const s of segments)
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['start', 'end', 'rate', 'rateInterval']));
    expect(segments[0].start).toBe('2022-02-25');
    expect(segments[segments.length - 1].end).toBe('2025-06-30');
    expect(doc.result.current.rate).toBe(segments[segments.length - 1].rate);
    // The rate fit reports is the current one; the single line through everything is kept apart.
    expect(doc.result.rate).toBe(doc.result.current.rate);
    expect(doc.result.rateInterval).toEqual(doc.result.current.rateInterval);
    expect(doc.result.line.rate).toBeLessThan(doc.result.rate * 0.9);
    expect(doc.result.r2).toBeGreaterThan(doc.result.line.r2);
    // If the rate holds: the count 30, 90 and 180 days on, each with a calibrated interval around it, never below
    // the latest count (asymmetric, as growth is).
    for (const [i, horizon] of [30, 90, 180].entries()) {
      const o = doc.result.outlook[i];
      expect(o).toMatchObject({ horizon });
      expect(o.projected).toBeCloseTo(1020010 + doc.result.current.rate * horizon, 6);
      expect(o.low).toBeLessThan(o.projected);
      expect(o.high).toBeGreaterThan(o.projected);
      expect(o.low).toBeGreaterThanOrEqual(1020010);
    }
  });

  it('takes the current rate over the last 30 days with --window 30d', async () => {
    const doc = JSON.parse((await cli(['fit', GENERAL_STAFF, '--window', '30d', '--json'])).stdout);
    expect(doc.result.current).toMatchObject({ basis: 'window', window: 30, from: '2025-06-01', to: '2025-06-30' });
    const last30 = doc.result.reports.slice(-30);
    const n = last30.length;
    const xs = last30.map((_: unknown, i: number) => i);
    const ys = last30.map((r: { casualties: number }) => r.casualties);
    const mx = xs.reduce((a: number, b: number) => a + b, 0) / n;
    const my = ys.reduce((a: number, b: number) => a + b, 0) / n;
    const slope =
      xs.reduce((a: number, x: number, i: number) => a + (x - mx) * (ys[i] - my), 0) /
      xs.reduce((a: number, x: number) => a + (x - mx) ** 2, 0);
    expect(doc.result.current.rate).toBeCloseTo(slope, 6);
  });

  it(
    'on a later stretch that does not begin near zero: ' + 'no implied start, projections from the latest count',
    async () => {
      const run = await cli(['fit', '-', '--since', '2024-07-01', '--force', '1200000'], { stdin: generalStaffCsv() });
      expect(run.code).toBe(0);
      const prose = run.stdout.replace(/\n {2}(?=\S)/g, ' ');
      expect(prose).toContain('No implied start: the series does not begin near zero');
      expect(prose).toContain(
        'At the current rate from the latest count of 1,020,010 on 2025-06-30, 1,200,000 are lost on',
      );
      const doc = JSON.parse(
        (await cli(['fit', '-', '--since', '2024-07-01', '--force', '1200000', '--json'], { stdin: generalStaffCsv() }))
          .stdout,
      );
      expect(doc.result.start).toBeNull();
      expect(doc.result.projection).toMatchObject({
        from: 'latest',
        reach: 'force',
        lastReport: { date: '2025-06-30', casualties: 1020010 },
      });
      expect(doc.result.projection.interval.method).toBe('calibrated');
      expect(doc.result.projection.earliest.date < doc.result.projection.date).toBe(true);
      expect(doc.result.projection.date < doc.result.projection.latest.date).toBe(true);
    },
  );

  it('on the whole series, which begins near zero, gives an implied start near the first report', async () => {
    const doc = JSON.parse((await cli(['fit', GENERAL_STAFF, '--json'])).stdout);
    expect(doc.result.beginsNearZero).toBe(true);
    expect(doc.result.start >= '2022-01-25' && doc.result.start <= '2022-02-25').toBe(true);
  });
});
