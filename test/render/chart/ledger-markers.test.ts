import { describe, expect, it } from 'vitest';
import type { DatedCasualtyFigure } from '../../../src/core/ledger/ledger-points.js';
import { ledgerMarkers, shortWhen } from '../../../src/render/chart/ledger-markers.js';
import { projectChart } from '../../../src/render/chart/project-chart.js';
import { documentFor, ISW } from '../../helpers/projection.js';
import { day } from '../../helpers/dates.js';

const FIGURES: DatedCasualtyFigure[] = [
  {
    claimant: "South Korea's NIS",
    asOf: { first: day(2024, 12, 11), last: day(2024, 12, 20) },
    asOfText: 'mid-December 2024',
    value: 1100,
    text: '(at least 100 killed + at least 1,000 wounded)',
    ids: ['a', 'b'],
  },
  {
    claimant: 'Zelensky',
    asOf: { first: day(2025, 1, 16), last: day(2025, 1, 16) },
    asOfText: '2025-01-16',
    value: 3800,
    text: 'about 3,800',
    ids: ['c'],
  },
];
const placement = {
  value: (c: number) => 12000 - c,
  legend: 'ledger: C casualties (claimant, date) drawn at 12,000 − C',
};

describe('ledgerMarkers', () => {
  const base = projectChart(documentFor(ISW));
  const chart = ledgerMarkers(base, FIGURES, placement);
  const reported = chart.markers.filter((m) => m.kind === 'reported');

  it('draws a count through the end of a day at the next day, and through a period at its middle', () => {
    expect(reported.map((m) => m.point)).toEqual([
      { at: (day(2024, 12, 11) + day(2024, 12, 20)) / 2 + 1, value: 10900 },
      { at: day(2025, 1, 17), value: 8200 },
    ]);
  });

  it('labels each with its claimant, date and figure, and tags it with claimant and short date', () => {
    expect(reported.map((m) => [m.label, m.tag])).toEqual([
      [
        "South Korea's NIS, mid-December 2024: at least 100 killed + at least 1,000 wounded",
        "South Korea's NIS, mid-Dec 2024",
      ],
      ['Zelensky, 2025-01-16: about 3,800', 'Zelensky, 16 Jan 2025'],
    ]);
  });

  it('says in the legend where the counts are drawn, and keeps the markers the chart had', () => {
    expect(chart.markerLegends).toEqual({ reported: placement.legend });
    expect(chart.markers.slice(0, base.markers.length)).toEqual(base.markers);
  });

  it('leaves a chart alone when the ledger has no dated counts', () => {
    expect(ledgerMarkers(base, [], placement)).toBe(base);
  });

  it('shortens month names in periods only', () => {
    expect(shortWhen({ asOf: { first: day(2025, 1, 1), last: day(2025, 1, 31) }, asOfText: 'January 2025' })).toBe(
      'Jan 2025',
    );
    expect(shortWhen({ asOf: { first: day(2025, 5, 21), last: day(2025, 5, 31) }, asOfText: 'late May 2025' })).toBe(
      'late May 2025',
    );
    expect(shortWhen({ asOf: { first: day(2025, 9, 3), last: day(2025, 9, 3) }, asOfText: '2025-09-03' })).toBe(
      '3 Sep 2025',
    );
  });
});
