import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/core/series/backtest.js';
import { intervalCheck } from '../../../src/core/series/interval-check.js';
import { coverageChart } from '../../../src/render/chart/coverage-chart.js';
import { renderSvg } from '../../../src/render/chart/svg.js';
import { generalStaffReports } from '../../helpers/general-staff.js';

describe('coverage over time', () => {
  const reports = generalStaffReports().filter((r) => r.date <= '2025-06-30');
  const result = backtest(reports, { window: 30, horizons: [30, 90, 180], level: 0.9 });
  const chart = coverageChart(result, 'the General Staff personnel series');

  it("ends each horizon's line at the coverage of its last 365 origins with an outcome", () => {
    for (const [i, horizon] of [30, 90, 180].entries()) {
      const line = chart.series.filter((s) => s.line === 'solid')[i]!;
      const last = line.points[line.points.length - 1]!;
      const check = intervalCheck(reports, { horizon, level: 0.9 });
      expect(last.value).toBeCloseTo(check.coverage! * 100, 9);
    }
    const plain = chart.series.find((s) => s.line === 'dashed')!;
    const check = intervalCheck(reports, { horizon: 180, level: 0.9 });
    expect(plain.points[plain.points.length - 1]!.value).toBeCloseTo(check.plain.coverage! * 100, 9);
    expect(chart.threshold!.value).toBeCloseTo(90, 9);
  });

  it('is the chart docs/backtest.md shows', async () => {
    await expect(renderSvg(chart)).toMatchFileSnapshot('../../../docs/backtest-coverage.svg');
  });
});
