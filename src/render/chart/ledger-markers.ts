import { MONTHS, partsOf } from '../../core/dates.js';
import type { DatedCasualtyFigure } from '../../core/ledger/ledger-points.js';
import type { Chart, ChartMarker } from './model.js';

/** Where a chart draws a ledger's casualty counts, and what its legend says about them. */
export interface LedgerPlacement {
  /** The value a count of C casualties is drawn at: C itself, or force − C on a chart of troops remaining. */
  value: (casualties: number) => number;
  /** The legend's one text for all of them: "ledger casualty figures C (claimant, date), drawn at 12,000 − C". */
  legend: string;
}

/**
 * The chart with a marker for each dated casualty figure, tagged with its claimant and date. A
 * count through the end of day D is drawn at D + 1; a count through a period ("mid-January 2025")
 * at the middle of the days it could run through.
 */
export function ledgerMarkers(
  chart: Chart,
  figures: readonly DatedCasualtyFigure[],
  placement: LedgerPlacement,
): Chart {
  if (figures.length === 0) return chart;
  const markers = figures.map(
    (f): ChartMarker => ({
      kind: 'reported',
      point: { at: (f.asOf.first + f.asOf.last) / 2 + 1, value: placement.value(f.value) },
      label: `${f.claimant}, ${f.asOfText}: ${f.text.replace(/^\((.*)\)$/, '$1')}`,
      tag: `${f.claimant}, ${shortWhen(f)}`,
    }),
  );
  return {
    ...chart,
    markers: [...chart.markers, ...markers],
    markerLegends: { ...chart.markerLegends, reported: placement.legend },
  };
}

/** "13 Jan 2025" for a day; the period with its month shortened, "mid-Dec 2024", for a period. */
export function shortWhen(f: Pick<DatedCasualtyFigure, 'asOf' | 'asOfText'>): string {
  if (f.asOf.first === f.asOf.last) return shortDay(f.asOf.first);
  return MONTHS.reduce((text, month) => text.replace(month, month.slice(0, 3)), f.asOfText);
}

/** "13 Jan 2025". */
export function shortDay(day: number): string {
  const { year, month, day: d } = partsOf(day);
  return `${d} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`;
}
